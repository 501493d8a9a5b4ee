import { z } from 'zod';
import { strictObject } from './strict-object.ts';
import { IdSchema } from './common.ts';
import { sentenceSpans } from '../sentences.ts';

/**
 * Rule ids of the analyst's writing still to do before publishing (an assessment, findings, key
 * claims, the sources of a verdict, the description of an actor): in a published article they are
 * errors like any problem; in a draft (`draft: true`) they are listed as things to write, and
 * tools that help write an article keep analysing past them.
 */
export const UNWRITTEN_RULES: ReadonlySet<string> = new Set([
  'missing-assessment',
  'missing-finding',
  'missing-key-claims',
  'verdict-source',
  'undescribed-actor',
]);

/** What to add when an article has no assessment. */
export const ASSESSMENT_HINT =
  'add assessment: with verdict (one line), summary (2–3 sentences) and key (the ids of the claims a reader must ' +
  'see first)';

/** The longest a claim's finding may be: it must fit a closed note, a search result and a share card. */
export const FINDING_MAX = 140;

/** The longest an article's verdict line may be: one line of the article page's first screen. */
const VERDICT_MAX = 100;

/** How many key claims an assessment may list: they must all fit on the first screen. */
const KEY_MAX = 5;

/** Counts sentences as the parser cuts them (a Markdown link's URL holds no sentence break). */
function countSentences(text: string): number {
  return sentenceSpans(text).length;
}

/** A string; YAML reads a bare `False` or `2026` as another type, which quoting fixes. */
function text() {
  return z.string({
    error: (issue) =>
      issue.input === undefined
        ? undefined
        : `YAML reads ${JSON.stringify(issue.input)} as a ${typeof issue.input}, not text; put it in quotes`,
  });
}

/** Text that must read as one line: no line breaks, not empty, at most `max` characters. */
function oneLine(max: number, what: string) {
  return text()
    .trim()
    .min(1, { error: `write ${what}` })
    .max(max, {
      error: (issue) =>
        `is ${String(issue.input).length} characters long; shorten it to at most ${max}`,
    })
    .refine((value) => !/[\r\n]/u.test(value), {
      error: 'holds a line break; write it as one line',
    });
}

/**
 * A claim's verdict in one sentence, at most 140 characters.
 *
 * @example
 *   FindingSchema.parse('A meeting took place, but it was not called in response to the ban.')
 */
export const FindingSchema = oneLine(FINDING_MAX, 'the verdict in one sentence');

/**
 * The analyst's reading of a whole article, shown before its text: a one-line verdict, a 2–3
 * sentence Markdown summary and the ids of the claims a reader must see first.
 *
 * @example
 *   AssessmentSchema.parse({
 *     verdict: 'Misleading in its main claims',
 *     summary: 'The ban is real. The G7 did not meet because of it.',
 *     key: ['g7-quickly-met'],
 *   })
 */
export const AssessmentSchema = strictObject({
  verdict: oneLine(VERDICT_MAX, 'the verdict on the article in one line'),
  summary: text()
    .trim()
    .superRefine((value, ctx) => {
      const count = countSentences(value);
      if (count < 2 || count > 3)
        ctx.addIssue({
          code: 'custom',
          message: `has ${count} sentence${count === 1 ? '' : 's'}; write 2–3 sentences`,
        });
    }),
  key: z
    .array(IdSchema)
    .max(KEY_MAX, {
      error: `lists more than ${KEY_MAX} claims; keep the ${KEY_MAX} a reader must see first`,
    })
    .refine((ids) => new Set(ids).size === ids.length, {
      error: 'lists a claim twice; list each key claim once',
    }),
});
