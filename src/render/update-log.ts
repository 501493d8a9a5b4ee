import { withOutcomes, type UpdateWithOutcome } from '../analysis/check-updates.ts';
import type { ClaimStatus } from '../analysis/schema/vocabulary.ts';
import { STATUS_LABELS } from '../analysis/claim-labels.ts';
import { formatDate } from './event-dates.ts';

/** One entry of an updates log as readers see it. */
export interface UpdateView {
  date: string;
  kind: UpdateWithOutcome['kind'];
  /** "Updated 29 November 2026", "Corrected 28 November 2026". */
  heading: string;
  /** "rating changed from Unverified to Supported." for a rating change, else empty. */
  change: string;
  note: string;
  /** The id of the entry on its page: `update-2026-11-29`, with `-2`, `-3` for more on one day. */
  anchor: string;
}

const VERB: Record<UpdateWithOutcome['kind'], string> = {
  correction: 'Corrected',
  update: 'Updated',
  'rating-change': 'Updated',
};

/**
 * An update in words, newest-first logs staying in order.
 *
 * @example
 *   updateView({ date: '2026-11-29', kind: 'rating-change', from: 'unverified', to: 'supported', note: 'Found.' })
 *   // { heading: 'Updated 29 November 2026', change: 'rating changed from Unverified to Supported.', … }
 */
function updateView(update: UpdateWithOutcome, anchor = `update-${update.date}`): UpdateView {
  const change =
    update.kind === 'rating-change' && update.from && update.to
      ? `rating changed from ${STATUS_LABELS[update.from].label} to ${STATUS_LABELS[update.to].label}.`
      : '';
  return {
    date: update.date,
    kind: update.kind,
    heading: `${VERB[update.kind]} ${formatDate({ value: update.date, precision: 'day' })}`,
    change,
    note: update.note,
    anchor,
  };
}

/**
 * A whole log, newest first, as readers see it; entries of one day are numbered from the oldest so
 * their anchors stay put when a newer entry is added.
 */
export function updateViews(updates: readonly UpdateWithOutcome[]): UpdateView[] {
  const seen = new Map<string, number>();
  const anchors = [...updates].reverse().map((u) => {
    const n = (seen.get(u.date) ?? 0) + 1;
    seen.set(u.date, n);
    return `update-${u.date}${n > 1 ? `-${n}` : ''}`;
  });
  anchors.reverse();
  return updates.map((u, i) => updateView(u, anchors[i]));
}

/** The sentence a log line reads as: "Updated 29 November 2026: rating changed from … . Note". */
export function updateSentence(view: UpdateView): string {
  const change = view.change
    ? `${view.change.charAt(0).toLowerCase()}${view.change.slice(1)} `
    : '';
  return `${view.heading}: ${change}${view.note}`;
}

/** The newest entry of a claim's log as readers see it, for the margin note. */
export function latestUpdate(claim: {
  updates: readonly UpdateWithOutcome[];
  status: ClaimStatus;
}): UpdateView | undefined {
  return updateViews(withOutcomes(claim.updates, claim.status))[0];
}

const SHORT_DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * The day an archived copy was captured, short: "16 Jan 2026".
 *
 * @example
 *   archivedLabel('2026-01-16') // '16 Jan 2026'
 */
export const archivedLabel = (day: string): string =>
  SHORT_DAY.format(new Date(`${day}T00:00:00Z`));
