import { claimAnchor } from '../analysis/ids.ts';
import type { Actor, Article, ArticleEvent, Claim } from '../analysis/schema/entries.ts';
import { articlePath, claimPath } from '../analysis/urls.ts';
import { claimInContext, type ClaimInContext } from '../render/claim-context.ts';
import { claimCaption } from '../analysis/claim-labels.ts';
import { lastUpdated, withOutcomes } from '../analysis/check-updates.ts';
import { updateViews, type UpdateView } from '../render/update-log.ts';
import { claimReview } from '../render/claim-review.ts';
import type { EmbedTarget } from '../render/embed-snippet.ts';
import { textFragment } from '../render/text-fragment.ts';
import { claimEmbed } from './embed/targets.ts';
import type { SiteData } from './site-data.ts';

/** What a claim's page shows, its head included. */
export type ClaimPage = {
  slug: string;
  claim: Claim;
  article: Article;
  /** Neighbours in the article's number order, for the pager. */
  previous: Claim | undefined;
  next: Claim | undefined;
  total: number;
  /** The claimant's name, or its id where the corpus has no such actor. */
  claimantName: string;
  about: Actor[];
  events: ArticleEvent[];
  /** The page's absolute URL, the canonical one for sharing. */
  url: string;
  /** The claim's place in the article: by its anchor, and by a Text Fragment of its words. */
  inArticle: string;
  byText: string;
  inContext: ClaimInContext;
  /** The page's title in social cards, and the description of its head and cards. */
  title: string;
  description: string;
  /** A schema.org ClaimReview, where the claim has a verdict. */
  review: ReturnType<typeof claimReview>;
  embed: EmbedTarget;
  /** The claim's corrections, updates and rating changes, newest first. */
  updates: UpdateView[];
};

/**
 * The view model of every claim page of an article, in number order.
 *
 * @example
 *   claimPages(data, 'japan-india-rare-earths', new URL('https://claimlens.example'))[0]?.url
 *   // 'https://claimlens.example/articles/japan-india-rare-earths/claims/<id>/'
 */
export function claimPages(data: SiteData, slug: string, site: URL): ClaimPage[] {
  const article = data.articles.get(slug);
  if (!article) throw new Error(`no article "${slug}" in the site data`);
  const { claims, events } = data.byArticle.get(slug) ?? { claims: [], events: [] };
  return claims.map((claim, at) => {
    const url = new URL(claimPath(slug, claim.id), site).href;
    const claimant = data.actors.get(claim.claimant);
    const claimantName = claimant?.name ?? claim.claimant;
    return {
      slug,
      claim,
      article,
      previous: claims[at - 1],
      next: claims[at + 1],
      total: claims.length,
      claimantName,
      about: claim.about.map((id) => data.actors.get(id)).filter((a) => a !== undefined),
      events: events.filter((e) => claim.events.includes(e.id)),
      url,
      inArticle: `${articlePath(slug)}#${claimAnchor(claim.id)}`,
      byText: `${articlePath(slug)}#${textFragment(article.plainText, claim.selector)}`,
      inContext: claimInContext(claim.context, claim.selector),
      title: `“${claim.text}”`,
      description: `${claimCaption(claim)}. Claimed by ${claimantName}, in “${article.title}”.`,
      review: claimReview({
        url,
        text: claim.text,
        status: claim.status,
        analysed: article.analysed,
        modified: lastUpdated(claim.updates),
        claimant: { name: claimantName, kind: claimant?.kind ?? 'person' },
        appearance: {
          url: article.source.url,
          publisher: article.source.publisher,
          published: article.source.published,
        },
        siteName: 'ClaimLens',
      }),
      embed: claimEmbed(slug, claim.id, claim.number),
      updates: updateViews(withOutcomes(claim.updates, claim.status)),
    };
  });
}
