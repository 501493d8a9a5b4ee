import type { ArticleCard } from './article-card.ts';

/** What the JSON-LD of an article page needs. */
interface ArticleReviewInput {
  /** Absolute URL of the article page. */
  url: string;
  card: ArticleCard;
  /** Day the analysis was published, and of its newest update if any (`YYYY-MM-DD`). */
  analysed: string;
  modified?: string | undefined;
  /** The article reviewed, as its source published it. */
  source: {
    title: string;
    url: string;
    publisher: string;
    published?: string | undefined;
  };
  siteName: string;
}

/**
 * A schema.org `Review` of a whole article: our verdict as its name, the key findings as its
 * body, the source article as the item reviewed. No rating: an article's reading is no one
 * verdict, and the claims carry theirs in their own ClaimReviews.
 *
 * @example
 *   articleReview({ card: { verdict: 'Misleading on the G7', … }, … }).name // 'Misleading on the G7'
 */
export function articleReview(input: ArticleReviewInput) {
  const { source } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'Review',
    url: input.url,
    name: input.card.verdict,
    reviewBody: input.card.description,
    datePublished: input.analysed,
    ...(input.modified ? { dateModified: input.modified } : {}),
    author: { '@type': 'Organization', name: input.siteName },
    itemReviewed: {
      '@type': 'NewsArticle',
      headline: source.title,
      url: source.url,
      publisher: { '@type': 'Organization', name: source.publisher },
      ...(source.published ? { datePublished: source.published } : {}),
    },
  } as const;
}
