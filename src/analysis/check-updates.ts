import { Temporal } from 'temporal-polyfill';
import type { Update } from './schema/updates.ts';
import type { ClaimStatus } from './schema/vocabulary.ts';

/** A problem in an `updates` log: the index of the entry, the field to point at, and the message. */
interface UpdateProblem {
  index: number;
  field: 'date' | 'from' | 'kind';
  message: string;
}

/** What an `updates` log is checked against. */
interface UpdatesContext {
  /** The claim's current status; absent for an article's own log, which has no rating. */
  status?: ClaimStatus;
  /** The article's publication day (`source.published`), when known. */
  published?: string;
  /** Today, `YYYY-MM-DD`; no entry may be dated later. */
  today: string;
}

/**
 * Today as the build sees it. The date line's earliest zone (UTC+14) is used, so an entry dated
 * today anywhere on Earth is never refused as "in the future".
 *
 * @example
 *   buildDay() // '2026-11-30'
 */
export function buildDay(): string {
  return Temporal.Now.plainDateISO('Etc/GMT-14').toString();
}

/**
 * Checks a log written newest first: dates in order, none in the future or before the article's
 * publication, and each rating change `from` a status different from the one that followed it.
 *
 * @example
 *   checkUpdates([{ date: '2026-11-29', kind: 'rating-change', from: 'supported', note: '…' }],
 *     { status: 'supported', today: '2026-11-30' })
 *   // → [{ index: 0, field: 'from', message: 'rating-change from "supported" to "supported" …' }]
 */
export function checkUpdates(updates: readonly Update[], context: UpdatesContext): UpdateProblem[] {
  const problems: UpdateProblem[] = [];
  let following = context.status;
  updates.forEach((entry, index) => {
    const newer = updates[index - 1];
    if (entry.date > context.today)
      problems.push({
        index,
        field: 'date',
        message: `${entry.date} is in the future; date an update the day it was made`,
      });
    else if (context.published !== undefined && entry.date < context.published)
      problems.push({
        index,
        field: 'date',
        message:
          `${entry.date} is before the article was published (${context.published}); an update cannot ` +
          'predate it',
      });
    if (newer && entry.date > newer.date)
      problems.push({
        index,
        field: 'date',
        message: `${entry.date} is newer than the entry above it (${newer.date}); list updates newest first`,
      });
    if (entry.kind !== 'rating-change' || entry.from === undefined) return;
    if (context.status === undefined) {
      problems.push({
        index,
        field: 'kind',
        message: `an article has no rating to change; put the rating-change in the updates of the claim it concerns`,
      });
      return;
    }
    if (entry.from === following)
      problems.push({
        index,
        field: 'from',
        message:
          `rating-change from "${entry.from}" to "${following}" changes nothing; "from" is the status ` +
          `before the change, and the status after it is the next newer entry's "from" or the current ` +
          'status',
      });
    following = entry.from;
  });
  return problems;
}

/** An update with the status it led to, for a rating change. */
export type UpdateWithOutcome = Update & { to?: ClaimStatus };

/**
 * Gives each rating change the status it changed to: the next newer rating change's `from`, or the
 * current status for the newest one.
 *
 * @example
 *   withOutcomes([{ date: '2026-11-29', kind: 'rating-change', from: 'unverified', note: '…' }], 'supported')
 *   // → [{ …, to: 'supported' }]
 */
export function withOutcomes(updates: readonly Update[], status: ClaimStatus): UpdateWithOutcome[] {
  let following = status;
  return updates.map((entry) => {
    if (entry.kind !== 'rating-change' || entry.from === undefined) return entry;
    const to = following;
    following = entry.from;
    return { ...entry, to };
  });
}

/** The day of the newest entry of a log written newest first, if any. */
export const lastUpdated = (updates: readonly Update[]): string | undefined =>
  updates.reduce<string | undefined>(
    (latest, u) => (latest && latest > u.date ? latest : u.date),
    undefined,
  );
