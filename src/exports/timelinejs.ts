import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { eventAnchor } from '../analysis/ids.ts';
import type { Article, ArticleEvent } from '../analysis/schema/entries.ts';
import { dateOf, orderAsDated } from '../analysis/timeline.ts';
import { describeEventDate } from '../render/event-dates.ts';
import { articlePath } from '../analysis/urls.ts';
import { siteUrl } from './site-url.ts';

/** The slug of the TimelineJS file that holds every article's events: `/data/timelinejs/all.json`. */
export const ALL_TIMELINES = 'all';

const TextSchema = z.strictObject({
  headline: z.string().describe('Plain text with HTML escaped.'),
  text: z.string().describe('HTML, every value in it escaped.'),
});

/** A TimelineJS3 date: only the parts the article's precision gives. */
const TimelineDateSchema = z.strictObject({
  year: z.number().int(),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
});

/** One slide: one dated event. */
const TimelineSlideSchema = z.strictObject({
  unique_id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .describe("`event-<id>` in an article's file; `<article>-<id>` in all.json."),
  start_date: TimelineDateSchema,
  display_date: z.string().describe('The date as a reader says it, precision and "about" kept.'),
  text: TextSchema,
  group: z.string().optional().describe('The article title, in all.json.'),
});

/**
 * A TimelineJS3 JSON file (https://timeline.knightlab.com/docs/json-format.html): a title slide
 * and one slide per dated event. Undated events cannot sit on a time axis; the title slide names them.
 */
export const TimelineJsSchema = z
  .strictObject({
    title: z.strictObject({ text: TextSchema }),
    events: z.array(TimelineSlideSchema),
  })
  .describe('Events in the TimelineJS3 JSON format.');
export type TimelineJs = z.output<typeof TimelineJsSchema>;
type Slide = z.output<typeof TimelineSlideSchema>;

const html = (nodes: ElementContent[]): string => toHtml(nodes);
const p = (children: ElementContent[]): ElementContent => ({
  type: 'element',
  tagName: 'p',
  properties: {},
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });
const link = (href: string, value: string): ElementContent => ({
  type: 'element',
  tagName: 'a',
  properties: { href },
  children: [text(value)],
});

/** TimelineJS's date object at the event's precision, e.g. `{ year: 2026, month: 1 }`. */
function startDate(event: ArticleEvent): Slide['start_date'] | undefined {
  const date = dateOf(event);
  if (!date) return undefined;
  // The core has validated `value` at its precision; Temporal reads its parts.
  if (date.precision === 'year')
    return { year: Temporal.PlainYearMonth.from(`${date.value}-01`).year };
  if (date.precision === 'month') {
    const { year, month } = Temporal.PlainYearMonth.from(date.value);
    return { year, month };
  }
  const { year, month, day } = Temporal.PlainDate.from(date.value);
  return { year, month, day };
}

function slide(
  event: ArticleEvent,
  article: Article,
  site: URL,
  uniqueId: string,
  grouped: boolean,
): Slide | undefined {
  const start = startDate(event);
  if (!start) return undefined;
  const url = siteUrl(site, articlePath(article.id), eventAnchor(event.id));
  const body: ElementContent[] = [
    { type: 'element', tagName: 'blockquote', properties: {}, children: [p([text(event.quote)])] },
    p([link(url, `Read it in “${article.title}”`)]),
  ];
  return {
    unique_id: uniqueId,
    start_date: start,
    display_date: describeEventDate(event),
    text: { headline: html([text(event.summary)]), text: html(body) },
    ...(grouped && { group: article.title }),
  };
}

function titleSlide(
  headline: string,
  intro: string,
  undated: readonly ArticleEvent[],
): TimelineJs['title'] {
  const parts = [p([text(intro)])];
  if (undated.length > 0) {
    parts.push(
      p([
        text(
          `Not on this timeline because the text gives no date: ${undated.map((e) => e.summary).join('; ')}.`,
        ),
      ]),
    );
  }
  return { text: { headline: html([text(headline)]), text: html(parts) } };
}

/**
 * One article's events as TimelineJS3 JSON, chronological, with `unique_id` `event-<id>`.
 *
 * @example
 *   articleTimelineJs(article, corpus.events, site).events[0].start_date // { year: 2026, month: 1, day: 19 }
 */
export function articleTimelineJs(
  article: Article,
  events: readonly ArticleEvent[],
  site: URL,
): TimelineJs {
  return timelineOf(
    article,
    events.filter((e) => e.article === article.id),
    site,
  );
}

/** One article's TimelineJS file from that article's events only. */
function timelineOf(article: Article, events: readonly ArticleEvent[], site: URL): TimelineJs {
  const { dated, undated } = orderAsDated(events);
  return {
    title: titleSlide(
      article.title,
      `Events told in the article, as ClaimLens dated them. ${article.summary}`,
      undated,
    ),
    events: dated.flatMap(
      (event) => slide(event, article, site, eventAnchor(event.id), false) ?? [],
    ),
  };
}

/**
 * Every article's events in one TimelineJS3 file, grouped by article, with `unique_id` `<article>-<id>`.
 * Throws if two events would share a `unique_id` (an article `a-b` with event `c` and `a` with `b-c`).
 */
export function allTimelineJs(
  articles: readonly Article[],
  events: readonly ArticleEvent[],
  site: URL,
): TimelineJs {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const { dated, undated } = orderAsDated(events.filter((e) => byId.has(e.article)));
  const seen = new Map<string, string>();
  const slides = dated.flatMap((event) => {
    const uniqueId = `${event.article}-${event.id}`;
    const other = seen.get(uniqueId);
    if (other !== undefined)
      throw new Error(
        `TimelineJS unique_id "${uniqueId}" is shared by ${other} and ${event.article}/${event.id}: rename one ` +
          'of the events',
      );
    seen.set(uniqueId, `${event.article}/${event.id}`);
    return slide(event, byId.get(event.article) as Article, site, uniqueId, true) ?? [];
  });
  return {
    title: titleSlide(
      'ClaimLens: every dated event',
      'Events told in the analysed articles, as ClaimLens dated them.',
      undated,
    ),
    events: slides,
  };
}

/**
 * Every TimelineJS file of a build in one pass: each article's by its slug, and all.json under
 * `ALL_TIMELINES`. Linear in the number of events, however many articles there are.
 *
 * @example
 *   [...timelineFiles(corpus.articles, corpus.events, site).keys()] // ['japan-india-rare-earths', 'all']
 */
export function timelineFiles(
  articles: readonly Article[],
  events: readonly ArticleEvent[],
  site: URL,
): Map<string, TimelineJs> {
  const byArticle = new Map<string, ArticleEvent[]>(articles.map((a) => [a.id, []]));
  for (const event of events) byArticle.get(event.article)?.push(event);
  const files = new Map(
    articles.map(
      (article) =>
        [article.id, timelineOf(article, byArticle.get(article.id) ?? [], site)] as const,
    ),
  );
  files.set(ALL_TIMELINES, allTimelineJs(articles, events, site));
  return files;
}
