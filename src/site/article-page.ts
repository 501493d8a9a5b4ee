import type { Actor, Article, ArticleEvent, Claim } from '../analysis/schema/entries.ts';
import type { ClaimStatus } from '../analysis/schema/vocabulary.ts';
import { markRank, STATUS_LABELS, type MarkRank } from '../analysis/claim-labels.ts';
import { claimAnchor } from '../analysis/ids.ts';
import { termHref } from '../render/term-links.ts';
import { verdictView, type VerdictView } from '../render/verdict.ts';
import { countClaims } from '../render/claim-stats.ts';
import { claimInSentence, type ClaimCut } from '../render/claim-sentence.ts';
import { articleActors } from '../render/article-actors.ts';
import { updateViews, type UpdateView } from '../render/update-log.ts';
import { articleCard, type ArticleCard } from '../render/article-card.ts';
import { articleReview } from '../render/article-review.ts';
import { lastUpdated } from '../analysis/check-updates.ts';
import { articlePath } from '../analysis/urls.ts';
import type { SiteData } from './site-data.ts';

/** A claim the assessment puts first, as the opening of the page shows it. */
export type KeyClaim = {
  id: string;
  number: number;
  /** The sentence that holds the claim, cut around the claim's words, verbatim. */
  sentence: ClaimCut;
  /** The status as a fact-check states it, with its definition's link and the finding. */
  verdict: VerdictView;
  /** The claim's place in the text. */
  href: string;
};

/** The statuses a reader sees marked in the text before asking for every annotation, strongest first. */
export type MarkLegendEntry = {
  status: ClaimStatus;
  rank: MarkRank;
  label: string;
  glyph: string;
  href: string;
  count: number;
};

/** What an article's page shows besides the article itself. */
type ArticlePage = {
  article: Article;
  /** The analyst's reading, shown before the text. */
  keyClaims: KeyClaim[];
  legend: MarkLegendEntry[];
  author: Actor | undefined;
  /** Claims in number order, events in telling order. */
  claims: Claim[];
  events: ArticleEvent[];
  claimsById: ReadonlyMap<string, Claim>;
  eventsById: ReadonlyMap<string, ArticleEvent>;
  /** Every actor, for the claims' notes. */
  actors: ReadonlyMap<string, Actor>;
  /** The actors the article involves, in order of first mention. */
  named: Actor[];
  /** Note numbers of the current claims, by id, for the retired claims' forwarding links. */
  numbers: ReadonlyMap<string, number>;
  /** Corrections and updates of the analysis as a whole, newest first. */
  updates: UpdateView[];
  /** The page's absolute URL, the canonical one for sharing. */
  url: string;
  /** How the page leaves the site: link card text (our verdict first) and the image's alt. */
  card: ArticleCard;
  /** The document's `<title>`: the verdict, then whose reading of what. */
  documentTitle: string;
  /** A schema.org Review of the article: our verdict and key findings. */
  review: ReturnType<typeof articleReview>;
};

/**
 * The view model of /articles/<slug>/.
 *
 * @example
 *   articlePage(data, 'japan-india-rare-earths', site).named[0]?.name // the first actor the text names
 */
export function articlePage(data: SiteData, slug: string, site: URL): ArticlePage {
  const article = data.articles.get(slug);
  if (!article) throw new Error(`no article "${slug}" in the site data`);
  const { claims, events } = data.byArticle.get(slug) ?? { claims: [], events: [] };
  const claimsById = new Map(claims.map((c) => [c.id, c]));
  const url = new URL(articlePath(slug), site).href;
  const card = articleCard(article, claims);
  return {
    url,
    card,
    documentTitle: `${card.verdict}: our reading of “${article.title}”`,
    review: articleReview({
      url,
      card,
      analysed: article.analysed,
      modified: lastUpdated(article.updates),
      source: { title: article.title, ...article.source },
      siteName: 'ClaimLens',
    }),
    article,
    keyClaims: article.assessment.key
      .map((id) => claimsById.get(id))
      .filter((claim) => claim !== undefined)
      .map(keyClaim),
    legend: markLegend(claims),
    author: data.actors.get(article.author),
    claims,
    events,
    claimsById,
    eventsById: new Map(events.map((e) => [e.id, e])),
    actors: data.actors,
    updates: updateViews(article.updates),
    named: articleActors(article.mentions, claims, events)
      .map((id) => data.actors.get(id))
      .filter((a) => a !== undefined),
    numbers: claimNumbers(claims),
  };
}

/** Note numbers of the current claims, by id. */
export const claimNumbers = (claims: readonly Claim[]): ReadonlyMap<string, number> =>
  new Map(claims.map((c) => [c.id, c.number]));

function keyClaim(claim: Claim): KeyClaim {
  return {
    id: claim.id,
    number: claim.number,
    sentence: claimInSentence(claim.paragraphText, claim.selector),
    verdict: verdictView(claim),
    href: `#${claimAnchor(claim.id)}`,
  };
}

const RANK_ORDER: readonly MarkRank[] = ['strong', 'light', 'quiet'];

/**
 * The marks the text uses, strongest first, each with how many claims carry it.
 *
 * @example
 *   markLegend([{ type: 'factual', status: 'false' }])[0] // { status: 'false', rank: 'strong', count: 1, … }
 */
export function markLegend(claims: readonly Pick<Claim, 'status' | 'type'>[]): MarkLegendEntry[] {
  return countClaims(claims)
    .byStatus.map(([status, count]) => ({
      status,
      rank: markRank({ status }),
      label: STATUS_LABELS[status].label,
      glyph: STATUS_LABELS[status].glyph,
      href: termHref('status', status),
      count,
    }))
    .sort((a, b) => RANK_ORDER.indexOf(a.rank) - RANK_ORDER.indexOf(b.rank) || b.count - a.count);
}
