import { claimAnchor } from '../analysis/ids.ts';
import { articlePath } from '../analysis/urls.ts';
import { claimNumbers } from './article-page.ts';
import type { SiteData } from './site-data.ts';

/** One retired claim id: where its old link lands and where the claim went, if anywhere. */
type RetiredLink = {
  oldHref: string;
  oldId: string;
  note: string;
  /** The claim it became, with its note number, when it was renamed rather than removed. */
  now: { href: string; number: number | undefined; id: string } | undefined;
};

/** The retired claim links of one article, for the maintenance page. */
type RetiredLinksOfArticle = { title: string; href: string; links: RetiredLink[] };

/**
 * Every retired claim link on the site, article by article (articles without any are left out).
 *
 * @example
 *   retiredLinks(data)[0]?.links[0]?.oldHref // '/articles/<slug>/#claim-<old-id>'
 */
export function retiredLinks(data: SiteData): RetiredLinksOfArticle[] {
  return [...data.articles.values()]
    .filter((article) => article.retired.length > 0)
    .map((article) => {
      const numbers = claimNumbers(data.byArticle.get(article.id)?.claims ?? []);
      const page = articlePath(article.id);
      return {
        title: article.title,
        href: page,
        links: article.retired.map((entry) => ({
          oldHref: `${page}#${claimAnchor(entry.id)}`,
          oldId: entry.id,
          note: entry.note,
          now: entry.to
            ? {
                href: `${page}#${claimAnchor(entry.to)}`,
                number: numbers.get(entry.to),
                id: entry.to,
              }
            : undefined,
        })),
      };
    });
}
