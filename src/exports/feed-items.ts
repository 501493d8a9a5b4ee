import type { Article } from '../analysis/schema/entries.ts';
import { articlePath } from '../analysis/urls.ts';

/** One feed item in the shape `@astrojs/rss` takes (`link` is resolved against the site). */
interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate: Date;
}

/**
 * The articles as feed items, newest analysis first (then by slug, so the feed is reproducible);
 * `pubDate` is the day the analysis was written.
 *
 * @example
 *   feedItems(corpus.articles)[0].link // '/articles/japan-india-rare-earths/'
 */
export function feedItems(articles: readonly Article[]): FeedItem[] {
  return [...articles]
    .sort((a, b) => b.analysed.localeCompare(a.analysed) || a.id.localeCompare(b.id))
    .map((article) => ({
      title: article.title,
      link: articlePath(article.id),
      description: article.summary,
      pubDate: new Date(`${article.analysed}T00:00:00Z`),
    }));
}
