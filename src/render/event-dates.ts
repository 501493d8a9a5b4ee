import type { DateValue } from '../analysis/dates.ts';
import type { ArticleEvent } from '../analysis/schema/entries.ts';
import { bestKnownDate, dateOf } from '../analysis/timeline.ts';
import { joinSentences } from './join-sentences.ts';

const FORMATS = {
  day: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/**
 * A date at its real precision, as a reader says it: "19 January 2026", "January 2026", "2026".
 *
 * @example
 *   formatDate({ value: '2026-01', precision: 'month' }) // 'January 2026'
 */
export function formatDate(date: DateValue): string {
  if (date.precision === 'year') return date.value;
  const instant = new Date(
    `${date.precision === 'month' ? `${date.value}-01` : date.value}T00:00:00Z`,
  );
  return FORMATS[date.precision].format(instant);
}

/**
 * How the timeline states an event's date: precision, approximation and relative phrasing kept,
 * e.g. "about 6 January 2026", "the next day, 7 January 2026", "undated".
 */
export function describeEventDate(event: ArticleEvent): string {
  const date = dateOf(event);
  if (!date) return 'undated';
  const absolute = `${event.date.approximate ? 'about ' : ''}${formatDate(date)}`;
  if (!event.date.relative) return absolute;
  const phrase = event.date.asWritten.charAt(0).toLowerCase() + event.date.asWritten.slice(1);
  return `${phrase}, ${absolute}`;
}

/** The documented date, when the record differs from the article's telling; undefined otherwise. */
export function documentedDifference(event: ArticleEvent): string | undefined {
  const { documented } = event;
  if (!documented) return undefined;
  const told = dateOf(event);
  const same = told && told.value === documented.value && told.precision === documented.precision;
  return same ? undefined : `${documented.approximate ? 'about ' : ''}${formatDate(documented)}`;
}

/**
 * What a timeline says where the record's date differs from the article's: the record's date
 * (shown strong), then the article's dating and, unless `compact`, the record's note, as one run
 * of prose; undefined where they agree.
 *
 * @example
 *   documentedSentence(event, { compact: false })
 *   // { record: 'The record says 21 July 2025', rest: ', not July 2025 as the article has it. The mines …' }
 */
export function documentedSentence(
  event: ArticleEvent,
  options: { compact: boolean },
): { record: string; rest: string } | undefined {
  const record = documentedDifference(event);
  if (!record || !event.documented) return undefined;
  return {
    record: `The record says ${record}`,
    rest: `, ${joinSentences([
      `not ${describeEventDate(event)} as the article has it.`,
      !options.compact && event.documented.note,
    ])}`,
  };
}

/**
 * The date line of a timeline entry, filed under the best-known date: the record's where it
 * differs from the article's, with the article's own dating beside it (`article`), which says
 * when it gives the year only.
 *
 * @example
 *   eventDateLine(mofcomBan) // { datetime: '2026-01-06', text: '6 January 2026', article: '2026, month not stated' }
 */
export function eventDateLine(
  event: ArticleEvent,
): { datetime: string; text: string; article?: string } | undefined {
  const told = dateOf(event);
  const record = documentedDifference(event);
  const best = bestKnownDate(event);
  if (!best) return undefined;
  if (!record) return { datetime: best.value, text: describeEventDate(event) };
  const article = !told
    ? 'undated'
    : `${describeEventDate(event)}${told.precision === 'year' ? ', month not stated' : ''}`;
  return { datetime: best.value, text: record, article };
}
