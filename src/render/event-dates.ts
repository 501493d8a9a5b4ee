import type { DateValue } from '../analysis/dates.ts';
import type { ArticleEvent } from '../analysis/schema/entries.ts';
import { dateOf } from '../analysis/timeline.ts';

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
