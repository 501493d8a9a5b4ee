import { claimAnchor } from '../../analysis/ids.ts';
import type { Claim } from '../../analysis/schema/entries.ts';
import { actorPath, articlePath, claimPath } from '../../analysis/urls.ts';
import { claimInSentence, type ClaimCut } from '../../render/claim-sentence.ts';
import { claimCardHeight } from '../../render/embed-card-height.ts';
import { nameInSentence } from '../../render/actor-labels.ts';
import { verdictView, type VerdictView } from '../../render/verdict.ts';
import type { SiteData } from '../site-data.ts';

/** What a claim's embed card shows, and the height its iframe states. */
type ClaimCard = {
  slug: string;
  id: string;
  number: number;
  /** The sentence that makes the claim, the claim's own words cut out to be marked. */
  sentence: ClaimCut;
  verdict: VerdictView;
  /** What the card says under the verdict: the finding, or what the status means here. */
  finding: string;
  claimant: { name: string; href: string };
  articleTitle: string;
  /** The claim page, which the card's footer opens, and the claim's place in the article. */
  full: string;
  inArticle: string;
  /** The card's height at the narrowest width its snippet allows. */
  height: number;
};

/**
 * The embed card of a claim, from the claim and the names the site data holds.
 *
 * @example
 *   claimCard(claim, { claimant: 'Ministry of Commerce', articleTitle: 'Japan has …' }).verdict.label
 *   // 'Supported'
 */
function claimCard(
  claim: Claim,
  names: { claimant: string | undefined; articleTitle: string | undefined },
): ClaimCard {
  const slug = claim.article;
  const verdict = verdictView(claim);
  const sentence = claimInSentence(claim.paragraphText, claim.selector);
  const claimant = nameInSentence(names.claimant ?? claim.claimant);
  const articleTitle = names.articleTitle ?? slug;
  const finding = verdict.line;
  return {
    slug,
    id: claim.id,
    number: claim.number,
    sentence,
    verdict,
    finding,
    claimant: { name: claimant, href: actorPath(claim.claimant) },
    articleTitle,
    full: claimPath(slug, claim.id),
    inArticle: `${articlePath(slug)}#${claimAnchor(claim.id)}`,
    height: claimCardHeight({
      quote: `“${sentence.before}${sentence.exact}${sentence.after}”`,
      paragraphs: [claimantLine(claimant, articleTitle), finding],
    }),
  };
}

/**
 * The card's line naming who made the claim, and where.
 *
 * @example
 *   claimantLine('the author', 'Rare earths') // 'Claimed by the author, in “Rare earths”.'
 */
const claimantLine = (claimant: string, articleTitle: string): string =>
  `Claimed by ${claimant}, in “${articleTitle}”.`;

/** The embed card of a claim of the site, its names looked up in the site data. */
export const siteClaimCard = (data: SiteData, claim: Claim): ClaimCard =>
  claimCard(claim, {
    claimant: data.actorNames.get(claim.claimant),
    articleTitle: data.articleTitles.get(claim.article),
  });
