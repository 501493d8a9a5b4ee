import type { ArticleEvent } from '../analysis/schema/entries.ts';
import { bestKnownDate, eventKey } from '../analysis/timeline.ts';
import { formatDate } from './event-dates.ts';

/**
 * ISO `YYYY-MM` key and its heading ("January 2026") of an event's best-known date, for grouping
 * a timeline by year and month.
 */
function monthKey(event: ArticleEvent): { key: string; label: string; year: string } | undefined {
  const date = bestKnownDate(event);
  if (!date) return undefined;
  const year = date.value.slice(0, 4);
  if (date.precision === 'year') return { key: year, label: year, year };
  const key = date.value.slice(0, 7);
  return { key, label: formatDate({ value: key, precision: 'month' }), year };
}

/** One month (or, for year-only dates, one year) of a timeline, with its heading. */
interface MonthGroup {
  key: string;
  label: string;
  events: ArticleEvent[];
}

/** One year of a timeline: its months in order. */
interface YearGroup {
  year: string;
  months: MonthGroup[];
}

/**
 * Groups events ordered by their best-known dates by year, then by month. Events dated only to a year form
 * a group of their own ("2026, month not stated") ahead of that year's months, as they sort.
 *
 * @example
 *   groupByYearAndMonth(orderByBestKnownDate(events).dated)[0]
 *   // { year: '2025', months: [{ key: '2025-07', label: 'July 2025', events: [...] }] }
 */
export function groupByYearAndMonth(dated: readonly ArticleEvent[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const event of dated) {
    const month = monthKey(event);
    if (!month)
      throw new Error(
        `event "${event.article}/${event.id}" has no date; pass only the dated events of orderByBestKnownDate`,
      );
    let year = years.at(-1);
    if (year?.year !== month.year) years.push((year = { year: month.year, months: [] }));
    let group = year.months.at(-1);
    if (group?.key !== month.key) {
      const label = month.key === month.year ? `${month.year}, month not stated` : month.label;
      year.months.push((group = { key: month.key, label, events: [] }));
    }
    group.events.push(event);
  }
  return years;
}

/**
 * The fragment of each event on a page that lists `events`: `event-<id>`, as on the article page,
 * unless two articles use the same event id, in which case both get `event-<article>-<id>` so that
 * no two elements share an id.
 *
 * @example
 *   eventAnchors([{ article: 'a', id: 'ban' }]).get('a/ban') // 'event-ban'
 */
export function eventAnchors(
  events: readonly Pick<ArticleEvent, 'article' | 'id'>[],
): Map<string, string> {
  const seen = new Map<string, number>();
  for (const event of events) seen.set(event.id, (seen.get(event.id) ?? 0) + 1);
  return new Map(
    events.map((e) => [
      eventKey(e),
      (seen.get(e.id) ?? 0) > 1 ? `event-${e.article}-${e.id}` : `event-${e.id}`,
    ]),
  );
}

/**
 * Part of a list in "as dated" order, dated events first, then undated: `[start, end)` of the
 * two run together, kept apart again; the whole list without a slice.
 *
 * @example
 *   sliceAsDated(orderByBestKnownDate(events), [0, 2]) // the first two, dated or not
 */
export function sliceAsDated<T>(
  order: { dated: T[]; undated: T[] },
  slice: [number, number?] | undefined,
): { dated: T[]; undated: T[] } {
  if (!slice) return order;
  const [start, end = Infinity] = slice;
  const n = order.dated.length;
  return {
    dated: order.dated.slice(start, end),
    undated: order.undated.slice(Math.max(0, start - n), Math.max(0, end - n)),
  };
}
