import type { Article, Claim } from '../analysis/schema/entries.ts';
import { articlePath } from '../analysis/urls.ts';
import { articleCard } from '../render/article-card.ts';
import { cleanText } from '../render/xml-text.ts';

/** One feed item in the shape `@astrojs/rss` takes (`link` is resolved against the site). */
interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate: Date;
}

/**
 * A feed item under the site's text policy (../render/xml-text.ts): `@astrojs/rss` escapes
 * markup, but passes control characters and noncharacters through into XML that cannot hold them.
 *
 * @example
 *   feedItem({ title: 'Ban\u0007', ... }).title // 'Ban'
 */
export const feedItem = (item: FeedItem): FeedItem => ({
  ...item,
  title: cleanText(item.title),
  description: cleanText(item.description),
});

/**
 * The articles as feed items, newest analysis first (then by slug, so the feed is reproducible).
 * An item leads with our verdict as its title and the key findings as its description; the
 * source's headline is only quoted, at the description's end. `pubDate` is the day the analysis
 * was written.
 *
 * @example
 *   feedItems(corpus.articles, corpus.claims)[0].title // 'Accurate on the ban, misleading on …'
 */
export function feedItems(articles: readonly Article[], claims: readonly Claim[]): FeedItem[] {
  return [...articles]
    .sort((a, b) => b.analysed.localeCompare(a.analysed) || a.id.localeCompare(b.id))
    .map((article) => {
      const card = articleCard(
        article,
        claims.filter((claim) => claim.article === article.id),
      );
      return feedItem({
        title: card.verdict,
        link: articlePath(article.id),
        description: card.description,
        pubDate: new Date(`${article.analysed}T00:00:00Z`),
      });
    });
}
