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
export function orderAsDated(events: readonly ArticleEvent[]): {
  dated: ArticleEvent[];
  undated: ArticleEvent[];
} {
  const told = orderAsTold(events);
  const dated = told.filter((e) => dateOf(e) !== undefined);
  const undated = told.filter((e) => dateOf(e) === undefined);
  // Array.prototype.sort is stable, so equal dates stay in telling order.
  dated.sort((a, b) => compareDates(dateOf(a) as DateValue, dateOf(b) as DateValue));
  return { dated, undated };
}

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

/** ISO `YYYY-MM` key and its heading ("January 2026"), for grouping a timeline by year and month. */
export function monthKey(
  event: ArticleEvent,
): { key: string; label: string; year: string } | undefined {
  const date = dateOf(event);
  if (!date) return undefined;
  const year = date.value.slice(0, 4);
  if (date.precision === 'year') return { key: year, label: year, year };
  const key = date.value.slice(0, 7);
  return { key, label: formatDate({ value: key, precision: 'month' }), year };
}

// ── Grouping, anchors and filters for the timeline pages and embeds ─────────────────────────────

/** One month (or, for year-only dates, one year) of a timeline, with its heading. */
export interface MonthGroup {
  key: string;
  label: string;
  events: ArticleEvent[];
}

/** One year of a timeline: its months in order. */
export interface YearGroup {
  year: string;
  months: MonthGroup[];
}

/**
 * Groups chronologically ordered events by year, then by month. Events dated only to a year form
 * a group of their own ("2026, month not stated") ahead of that year's months, as they sort.
 *
 * @example
 *   groupByYearAndMonth(orderAsDated(events).dated)[0] // { year: '2025', months: [{ key: '2025-07', label: 'July 2025', events: [...] }] }
 */
export function groupByYearAndMonth(dated: readonly ArticleEvent[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const event of dated) {
    const month = monthKey(event);
    if (!month)
      throw new Error(
        `event "${event.article}/${event.id}" has no date; pass only the dated events of orderAsDated`,
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

/** The key that names an event across articles: `<article>/<id>`, as in the `events` collection. */
export const eventKey = (event: Pick<ArticleEvent, 'article' | 'id'>): string =>
  `${event.article}/${event.id}`;

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

/** What a timeline can be narrowed to: one actor, or one event type. */
export type TimelineFilter = { actor: string } | { type: ArticleEvent['type'] } | undefined;

/**
 * The events that match a filter (all of them without one), in the order given.
 *
 * @example
 *   filterEvents(events, { actor: 'japan' }) // events whose actors include japan
 */
export function filterEvents(
  events: readonly ArticleEvent[],
  filter: TimelineFilter,
): ArticleEvent[] {
  if (!filter) return [...events];
  return events.filter((e) =>
    'actor' in filter ? e.actors.includes(filter.actor) : e.type === filter.type,
  );
}

/**
 * The actors and event types that occur in `events`, each with its count, for the filter links
 * (a filter that would show nothing is not offered). Sorted by id.
 */
export function filterChoices(events: readonly ArticleEvent[]): {
  actors: [string, number][];
  types: [ArticleEvent['type'], number][];
} {
  const actors = new Map<string, number>();
  const types = new Map<ArticleEvent['type'], number>();
  for (const event of events) {
    for (const actor of new Set(event.actors)) actors.set(actor, (actors.get(actor) ?? 0) + 1);
    types.set(event.type, (types.get(event.type) ?? 0) + 1);
  }
  const byKey = <K extends string>(a: [K, number], b: [K, number]): number =>
    a[0].localeCompare(b[0]);
  return { actors: [...actors].sort(byKey), types: [...types].sort(byKey) };
}

/**
 * For an event dated relative to another, the anchor event it was resolved against (same article);
 * undefined for absolutely dated or undated events.
 *
 * @example
 *   relativeAnchor(kiharaStatement, events)?.id // 'mofcom-ban'
 */
export function relativeAnchor(
  event: ArticleEvent,
  events: readonly ArticleEvent[],
): ArticleEvent | undefined {
  const anchor = event.date.relative?.anchor;
  if (anchor === undefined) return undefined;
  return events.find((e) => e.article === event.article && e.id === anchor);
}

/**
 * The latest `limit` dated events, for embeds that must stay small whatever the corpus holds; the
 * rest are counted, never silently dropped, so the embed can say how many more the full site has.
 *
 * @example
 *   latestEvents(events, 15) // { shown: [...the 15 latest...], more: events.length - 15 }
 */
export function latestEvents(
  events: readonly ArticleEvent[],
  limit: number,
): { shown: ArticleEvent[]; more: number } {
  if (events.length <= limit) return { shown: [...events], more: 0 };
  const shown = orderAsDated(events).dated.slice(-limit);
  return { shown, more: events.length - shown.length };
}
