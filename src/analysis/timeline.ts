import { compareDates, type DateValue } from './dates.ts';
import type { ArticleEvent } from './schema/entries.ts';

/** An event's resolved date, if it has one. */
export function dateOf(event: ArticleEvent): DateValue | undefined {
  const { value, precision } = event.date;
  return value !== undefined && precision !== undefined ? { value, precision } : undefined;
}

/**
 * Events in the order the article narrates them (across articles: article order, then telling).
 *
 * @example
 *   orderAsTold(events).map((e) => e.told) // [1, 2, 3, …]
 */
export function orderAsTold(events: readonly ArticleEvent[]): ArticleEvent[] {
  return [...events].sort((a, b) => a.article.localeCompare(b.article) || a.told - b.told);
}

/**
 * Dated events in chronological order (ties keep the telling order), and the undated ones apart,
 * never dropped.
 */
export function orderAsDated(events: readonly ArticleEvent[]): { dated: ArticleEvent[]; undated: ArticleEvent[] } {
  const told = orderAsTold(events);
  const dated = told.filter((e) => dateOf(e) !== undefined);
  const undated = told.filter((e) => dateOf(e) === undefined);
  // Array.prototype.sort is stable, so equal dates stay in telling order.
  dated.sort((a, b) => compareDates(dateOf(a) as DateValue, dateOf(b) as DateValue));
  return { dated, undated };
}

const FORMATS = {
  day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
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
  const instant = new Date(`${date.precision === 'month' ? `${date.value}-01` : date.value}T00:00:00Z`);
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

/** ISO `YYYY-MM` key and its heading ("January 2026"), for grouping a timeline by year and month. */
export function monthKey(event: ArticleEvent): { key: string; label: string; year: string } | undefined {
  const date = dateOf(event);
  if (!date) return undefined;
  const year = date.value.slice(0, 4);
  if (date.precision === 'year') return { key: year, label: year, year };
  const key = date.value.slice(0, 7);
  return { key, label: formatDate({ value: key, precision: 'month' }), year };
}
