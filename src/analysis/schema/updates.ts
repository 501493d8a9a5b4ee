import { z } from 'zod';
import { strictObject } from './strict-object.ts';
import { IsoDaySchema } from './common.ts';
import { ClaimStatusSchema, UpdateKindSchema } from './vocabulary.ts';

/**
 * One entry of an `updates` log. A `rating-change` names the status it changed `from`; the status it
 * changed to is the next newer entry's `from`, or the current status. Rules that need the rest of
 * the article (order, dates, the chain of statuses) are checked by `checkUpdates`.
 *
 * @example
 *   { date: '2026-11-29', kind: 'rating-change', from: 'unverified', note: 'The report was found.' }
 */
export const UpdateSchema = strictObject({
  date: IsoDaySchema,
  kind: UpdateKindSchema,
  // YAML reads a bare `false` as a boolean; the author plainly meant the status "false".
  from: z.preprocess((value) => (value === false ? 'false' : value), ClaimStatusSchema).optional(),
  note: z.string().trim().min(1, { error: 'an update needs a note saying what changed and why' }),
}).superRefine((entry, ctx) => {
  if (entry.kind === 'rating-change' && entry.from === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['kind'],
      message:
        'a rating-change needs "from": the status before the change (one of ' +
        `${ClaimStatusSchema.options.join(', ')})`,
    });
  if (entry.kind !== 'rating-change' && entry.from !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['from'],
      message: `"from" belongs only to a rating-change; remove it or use kind: rating-change`,
    });
});
export type Update = z.output<typeof UpdateSchema>;

/** A log of changes, newest first. */
export const UpdatesSchema = z.array(UpdateSchema);
