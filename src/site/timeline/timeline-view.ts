import type { ArticleEvent } from '../../analysis/schema/entries.ts';
import { filterEvents, latestEvents, type TimelineFilter } from '../../analysis/timeline.ts';
import type { EmbedTarget } from '../../render/embed-snippet.ts';
import type { DrawingAbout } from '../../render/timeline-drawing/frame.ts';
import {
  timelineFigure,
  type TimelineFigure,
} from '../../render/timeline-drawing/timeline-figure.ts';
import { EMBED_EVENT_LIMIT, timelineEmbedPlan } from '../embed/timeline-fold.ts';
import {
  asToldView,
  timelineListView,
  type AsToldView,
  type TimelineListView,
} from './list-view.ts';

/** What a timeline page is made from: its scope, the filter it shows, its paths and words. */
type TimelinePageInput = {
  title: string;
  description: string;
  /** Every event of the scope: one article's, or all. */
  scope: ArticleEvent[];
  filter: TimelineFilter;
  actorNames: ReadonlyMap<string, string>;
  /** Set for the timeline of all articles, to name each event's article. */
  articleTitles?: ReadonlyMap<string, string> | undefined;
  paths: { all: string; actor: (id: string) => string; type: (type: string) => string };
  /** The embed that shows what this page shows, if there is one. */
  embed?: EmbedTarget | undefined;
  /** The drawing's title, tally, source and credit. */
  about: DrawingAbout;
};

/** A timeline page, ready to render. */
export type TimelinePageView = {
  title: string;
  description: string;
  tally: string;
  filters: {
    scope: ArticleEvent[];
    current: TimelineFilter;
    actorNames: ReadonlyMap<string, string>;
    allPath: string;
    actorPath: (id: string) => string;
    typePath: (type: string) => string;
  };
  figure: TimelineFigure | undefined;
  list: TimelineListView;
  asTold: AsToldView;
  /** The unfiltered page, which alone offers the drawing's files. */
  complete: boolean;
  allPath: string;
  embed: EmbedTarget | undefined;
};

/**
 * Everything a timeline page shows: the filter links, the drawing, the list as dated, the list as
 * told, the tally, and the Embed control.
 *
 * @example
 *   timelinePageView({ title: 'Timeline', scope, filter: undefined, … }).tally
 *   // "The record confirms 7 of the article's dates, refines 4 and contradicts 1."
 */
export function timelinePageView(input: TimelinePageInput): TimelinePageView {
  const { scope, filter, paths } = input;
  const events = filterEvents(scope, filter);
  const actor =
    filter && 'actor' in filter ? { id: filter.actor, scopePath: paths.all } : undefined;
  return {
    title: input.title,
    description: input.description,
    tally: input.about.description,
    filters: {
      scope,
      current: filter,
      actorNames: input.actorNames,
      allPath: paths.all,
      actorPath: paths.actor,
      typePath: paths.type,
    },
    figure:
      events.length > 0
        ? timelineFigure(events, scope, {
            title: input.title,
            about: input.about,
            actor,
            slope: input.articleTitles === undefined,
          })
        : undefined,
    list: timelineListView({
      events,
      scope,
      scopePath: paths.all,
      actorNames: input.actorNames,
      articleTitles: input.articleTitles,
    }),
    asTold: asToldView(events, scope, input.articleTitles),
    complete: filter === undefined,
    allPath: paths.all,
    embed: input.embed,
  };
}

/** What a timeline embed is made from. */
type EmbedTimelineInput = {
  heading: string;
  events: ArticleEvent[];
  scope: ArticleEvent[];
  /** The full-site page with every event. */
  full: string;
  /** The full-site page that lists every event of `scope`, for relative anchors not shown here. */
  scopePath: string;
  actorNames: ReadonlyMap<string, string>;
  articleTitles?: ReadonlyMap<string, string> | undefined;
  /** Draw the telling beside the calendar too (an article's timeline). */
  slope?: boolean;
  about: DrawingAbout;
};

/** A timeline embed, ready to render. */
export type EmbedTimelineView = {
  heading: string;
  tally: string;
  /** Where the embed holds only the latest events: how many, of how many, and where the rest are. */
  more: { shown: number; total: number; full: string } | undefined;
  figure: TimelineFigure | undefined;
  /** The entries listed open, then those behind "Show all". */
  open: TimelineListView;
  rest: { shown: number; folded: number; list: TimelineListView } | undefined;
};

/**
 * A timeline embed: the latest events (at most `EMBED_EVENT_LIMIT`, so it stays within its budget
 * however large the corpus grows), drawn, then listed compact, the entries past its fold behind
 * "Show all".
 */
export function embedTimelineView(input: EmbedTimelineInput): EmbedTimelineView {
  const { events } = input;
  const slope = input.slope ?? false;
  const { shown, more } = latestEvents(events, EMBED_EVENT_LIMIT);
  const { open } = timelineEmbedPlan(events.length, { slope });
  const list = (slice: [number, number?]) =>
    timelineListView({
      events: shown,
      scope: input.scope,
      scopePath: input.scopePath,
      actorNames: input.actorNames,
      articleTitles: input.articleTitles,
      target: '_top',
      compact: true,
      slice,
    });
  return {
    heading: input.heading,
    tally: input.about.description,
    more: more > 0 ? { shown: shown.length, total: events.length, full: input.full } : undefined,
    figure:
      shown.length > 0
        ? timelineFigure(shown, input.scope, { title: input.heading, about: input.about, slope })
        : undefined,
    open: list([0, open]),
    rest:
      open < shown.length
        ? { shown: shown.length, folded: shown.length - open, list: list([open]) }
        : undefined,
  };
}
