import type { ArticleEvent } from '../../analysis/schema/entries.ts';
import { eventKey, orderAsTold, orderByBestKnownDate } from '../../analysis/timeline.ts';
import { eventAnchors, groupByYearAndMonth, sliceAsDated } from '../../render/timeline-groups.ts';
import { listEntries } from './list-entries.ts';

/** One event of a timeline list, ready to render: its `<li>`'s attributes and EventItem's props. */
export type EventEntryView = {
  li: { id: string | undefined; class: string; 'data-type': string; 'data-actors': string };
  item: {
    event: ArticleEvent;
    anchor: { event: ArticleEvent; href: string } | undefined;
    actorNames: ReadonlyMap<string, string>;
    articleTitle: string | undefined;
    target: '_top' | undefined;
    compact: boolean;
  };
};

/** A timeline list in chronological order: years, months, entries; the undated apart. */
export type TimelineListView = {
  years: { year: string; months: { label: string; events: EventEntryView[] }[] }[];
  undated: EventEntryView[];
  empty: boolean;
};

/** What a timeline list is made from. */
type TimelineListInput = {
  /** The events to show. */
  events: readonly ArticleEvent[];
  /** Every event of the scope, to resolve relative anchors that are filtered out. */
  scope: readonly ArticleEvent[];
  /** Where the unfiltered list of the scope lives, for anchors not shown here. */
  scopePath: string;
  actorNames: ReadonlyMap<string, string>;
  /** Set when the list mixes articles, to name each event's article. */
  articleTitles?: ReadonlyMap<string, string> | undefined;
  /** `_top` inside embeds, so links to the full site leave the iframe. */
  target?: '_top' | undefined;
  /** Leave out the record's notes and sources (embeds). */
  compact?: boolean | undefined;
  /** Only these of the events in list order (`[start, end)`); anchors still see them all. */
  slice?: [number, number?] | undefined;
};

/**
 * A timeline list, grouped by year and month under each event's best-known date, each entry with
 * its anchor (`#event-<id>`) and the event its relative date counts from.
 *
 * @example
 *   timelineListView({ events, scope: events, scopePath: '/timeline/', actorNames }).years[0]?.year // '2025'
 */
export function timelineListView(input: TimelineListInput): TimelineListView {
  const { dated, undated } = sliceAsDated(orderByBestKnownDate(input.events), input.slice);
  const entry = listEntries(input.events, input.scope, input.scopePath);
  const view = (event: ArticleEvent): EventEntryView => ({
    li: {
      id: entry(event).id,
      class: 'timeline-event',
      'data-type': event.type,
      'data-actors': event.actors.join(' '),
    },
    item: {
      event,
      anchor: entry(event).anchor,
      actorNames: input.actorNames,
      articleTitle: input.articleTitles?.get(event.article),
      target: input.target,
      compact: input.compact ?? false,
    },
  });
  return {
    years: groupByYearAndMonth(dated).map((year) => ({
      year: year.year,
      months: year.months.map((month) => ({
        label: month.label,
        events: month.events.map(view),
      })),
    })),
    undated: undated.map(view),
    empty: input.events.length === 0,
  };
}

/** The events in the order the article tells them, one list per article, each linking to its entry. */
export type AsToldView = {
  article: string | undefined;
  events: {
    value: number;
    type: string;
    actors: string;
    href: string;
    summary: string;
    words: string;
  }[];
}[];

/**
 * The telling beside the chronology: per article (headed by its title where the list mixes
 * articles), the events in telling order with the words that date them.
 */
export function asToldView(
  events: readonly ArticleEvent[],
  scope: readonly ArticleEvent[],
  articleTitles?: ReadonlyMap<string, string>,
): AsToldView {
  const anchors = eventAnchors(scope);
  const byArticle = new Map<string, ArticleEvent[]>();
  for (const event of orderAsTold(events))
    byArticle.set(event.article, [...(byArticle.get(event.article) ?? []), event]);
  return [...byArticle].map(([article, told]) => ({
    article: articleTitles && (articleTitles.get(article) ?? article),
    events: told.map((event) => ({
      value: event.told,
      type: event.type,
      actors: event.actors.join(' '),
      href: `#${anchors.get(eventKey(event))}`,
      summary: event.summary,
      words: event.date.asWritten || 'no date given',
    })),
  }));
}
