import { compareDates, type DateValue } from './dates.ts';
import type { ArticleEvent } from './schema/entries.ts';
import type { RecordComparison } from './schema/vocabulary.ts';

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

/**
 * The date an event is filed under: the record's, where the record fixes one (it is the better
 * known), else the article's own; undefined when neither dates it.
 *
 * @example
 *   bestKnownDate(mofcomBan) // { value: '2026-01-06', precision: 'day' }, where the article says only "2026"
 */
export function bestKnownDate(event: ArticleEvent): DateValue | undefined {
  const { documented } = event;
  return documented ? { value: documented.value, precision: documented.precision } : dateOf(event);
}

/**
 * Events in the order of their best-known dates (ties keep the telling order), and those neither
 * the article nor the record dates apart, never dropped: the order of a timeline's "as dated" list.
 */
export function orderByBestKnownDate(events: readonly ArticleEvent[]): {
  dated: ArticleEvent[];
  undated: ArticleEvent[];
} {
  const told = orderAsTold(events);
  const dated = told.filter((e) => bestKnownDate(e) !== undefined);
  const undated = told.filter((e) => bestKnownDate(e) === undefined);
  dated.sort((a, b) => compareDates(bestKnownDate(a) as DateValue, bestKnownDate(b) as DateValue));
  return { dated, undated };
}

/** The key that names an event across articles: `<article>/<id>`, as in the `events` collection. */
export const eventKey = (event: Pick<ArticleEvent, 'article' | 'id'>): string =>
  `${event.article}/${event.id}`;

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

/**
 * How many of the events' dates the record confirms, refines and contradicts (events without a
 * record are not counted).
 *
 * @example
 *   tallyComparisons(seedEvents) // { confirms: 7, refines: 4, contradicts: 1 }
 */
export function tallyComparisons(
  events: readonly ArticleEvent[],
): Record<RecordComparison, number> {
  const tally: Record<RecordComparison, number> = { confirms: 0, refines: 0, contradicts: 0 };
  for (const event of events) if (event.documented) tally[event.documented.comparison] += 1;
  return tally;
}
