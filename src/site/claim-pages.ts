import { claimAnchor } from '../analysis/ids.ts';
import type { Actor, Article, ArticleEvent, Claim } from '../analysis/schema/entries.ts';
import { actorPath, articlePath, claimPath } from '../analysis/urls.ts';
import {
  claimInParagraph,
  claimInSentence,
  joined,
  type ClaimCut,
} from '../render/claim-sentence.ts';
import { lastUpdated, withOutcomes } from '../analysis/check-updates.ts';
import { updateViews, type UpdateView } from '../render/update-log.ts';
import { claimReview } from '../render/claim-review.ts';
import type { EmbedTarget } from '../render/embed-snippet.ts';
import { textFragment } from '../render/text-fragment.ts';
import {
  flagViews,
  typeView,
  verdictSentence,
  verdictView,
  type FlagView,
  type VerdictView,
} from '../render/verdict.ts';
import { nameInSentence } from '../render/actor-labels.ts';
import { joinSentences } from '../render/join-sentences.ts';
import { siteClaimCard } from './embed/claim-card.ts';
import { claimEmbed } from './embed/targets.ts';
import type { SiteData } from './site-data.ts';

/** What a claim's page shows, its head included, in the order of a fact-check. */
type ClaimPage = {
  slug: string;
  claim: Claim;
  article: Article;
  /** Neighbours in the article's number order, for the pager. */
  previous: Claim | undefined;
  next: Claim | undefined;
  total: number;
  /** What was claimed: the whole sentence, the claim's words cut out to be marked. */
  sentence: ClaimCut;
  /** Who claimed it; the name is the actor id where the corpus has no such actor. */
  claimant: { name: string; href: string };
  /** What kind of assertion it is, linked to its definition. */
  kind: ReturnType<typeof typeView>;
  /** Our verdict: the status in words, with its definition and the finding. */
  verdict: VerdictView;
  /** Problems of presentation, explained. */
  flags: FlagView[];
  about: Actor[];
  events: ArticleEvent[];
  /** The page's absolute URL, the canonical one for sharing. */
  url: string;
  /** The claim's place in the article: by its anchor, and by a Text Fragment of its words. */
  inArticle: string;
  byText: string;
  /** The whole paragraph, the claim marked, for context. */
  inParagraph: ClaimCut;
  /** The document's `<title>` (the layout clips it to what search results show). */
  documentTitle: string;
  /** The title and description of social cards and the head. */
  title: string;
  description: string;
  /** The share image described once, in words. */
  imageAlt: string;
  /** A schema.org ClaimReview, where the claim has a verdict. */
  review: ReturnType<typeof claimReview>;
  embed: EmbedTarget;
  /** The claim's corrections, updates and rating changes, newest first. */
  updates: UpdateView[];
};

/**
 * The social card's title, description and image alt: the verdict and finding (or what a status
 * without a verdict means here), the whole sentence, who said it and where.
 */
function cardText(sentence: string, verdict: VerdictView, claimant: string, article: string) {
  const said = `“${sentence}”`;
  const where = `Claimed by ${claimant}, in “${article}”.`;
  return {
    title: verdict.finding ? `${verdict.label}: ${verdict.finding}` : `${verdict.label}: ${said}`,
    description: joinSentences([said, where, verdictSentence(verdict)]),
    imageAlt: joinSentences([`${verdict.label}.`, said, verdict.line, where]),
  };
}

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
    const claimantName = nameInSentence(claimant?.name ?? claim.claimant);
    const sentence = claimInSentence(claim.paragraphText, claim.selector);
    const verdict = verdictView(claim);
    return {
      slug,
      claim,
      article,
      previous: claims[at - 1],
      next: claims[at + 1],
      total: claims.length,
      sentence,
      claimant: { name: claimantName, href: actorPath(claim.claimant) },
      kind: typeView(claim.type),
      verdict,
      flags: flagViews(claim.flags),
      about: claim.about.map((id) => data.actors.get(id)).filter((a) => a !== undefined),
      events: events.filter((e) => claim.events.includes(e.id)),
      url,
      inArticle: `${articlePath(slug)}#${claimAnchor(claim.id)}`,
      byText: `${articlePath(slug)}#${textFragment(article.plainText, claim.selector)}`,
      inParagraph: claimInParagraph(claim.paragraphText, claim.selector),
      documentTitle: `${verdict.label}: ${joined(sentence)}`,
      ...cardText(joined(sentence), verdict, claimantName, article.title),
      review: claimReview({
        url,
        text: joined(sentence),
        status: claim.status,
        finding: claim.finding,
        analysed: article.analysed,
        claimed: article.source.published,
        modified: lastUpdated(claim.updates),
        claimant: { name: claimantName, kind: claimant?.kind ?? 'person' },
        appearance: {
          url: article.source.url,
          publisher: article.source.publisher,
          published: article.source.published,
        },
        siteName: 'ClaimLens',
      }),
      embed: claimEmbed(siteClaimCard(data, claim)),
      updates: updateViews(withOutcomes(claim.updates, claim.status)),
    };
  });
}
