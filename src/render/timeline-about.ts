import type { ArticleEvent } from '../analysis/schema/entries.ts';
import { tallyComparisons } from '../analysis/timeline.ts';
import { siteConfig } from '../site-config.ts';
import { formatDate, tallySentence } from './event-dates.ts';
import type { DrawingAbout } from './timeline-drawing/frame.ts';

/** What was analysed: one article (its title, publisher and date), or a count of articles. */
type AnalysedSource =
  | { article: { title: string; publisher: string; published?: string | undefined } }
  | { articles: number };

/** The title of the timeline of every article, on its page's drawing, its embed and its files. */
export const SITE_TIMELINE_TITLE = 'Timeline of every article';

const day = (value: string): string => formatDate({ value, precision: 'day' });

/** The latest of `days` (`YYYY-MM-DD`), or undefined where there is none (a site with no article). */
export const latestDay = (days: Iterable<string>): string | undefined => [...days].sort().at(-1);

/**
 * The words that make a timeline drawing stand alone, for the page, the embed and the downloads
 * alike: its title, the tally as its description, the source line and the credit with the day of
 * the analysis.
 *
 * @example
 *   timelineAbout({ title: 'Timeline: …', events, source: { articles: 3 }, analysed: '2026-11-30' }).description
 *   // "The record confirms 7 of the articles' dates, refines 4 and contradicts 1."
 */
export function timelineAbout(input: {
  title: string;
  events: readonly ArticleEvent[];
  source: AnalysedSource;
  /** The day of the latest analysis shown, `YYYY-MM-DD`; none on a site with no article. */
  analysed: string | undefined;
}): DrawingAbout {
  const single = 'article' in input.source;
  const whose = single ? "the article's" : "the articles'";
  const description =
    tallySentence(tallyComparisons(input.events), whose) ??
    `${input.events.length} events as ${single ? 'the article dates' : 'the articles date'} them; no record is cited.`;
  const what =
    'article' in input.source
      ? `“${input.source.article.title}”, ${input.source.article.publisher}${
          input.source.article.published ? `, ${day(input.source.article.published)}` : ''
        }`
      : `the ${input.source.articles} article${input.source.articles === 1 ? '' : 's'} ${siteConfig.name} has analysed`;
  return {
    title: input.title,
    description,
    source: `Source: ${what}. Dates checked against the records the timeline page cites.`,
    credit: input.analysed
      ? `Graphic: ${siteConfig.name}, analysis of ${day(input.analysed)}.`
      : `Graphic: ${siteConfig.name}.`,
  };
}
