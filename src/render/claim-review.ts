import type { ClaimStatus } from '../analysis/schema/vocabulary.ts';
import type { ActorKind } from '../analysis/schema/vocabulary.ts';
import { STATUS_LABELS, isVerdict } from '../analysis/claim-labels.ts';
import { shorten } from './timeline-drawing/labels.ts';

/** Google suggests a `claimReviewed` under 75 characters; a longer sentence is cut there. */
const CLAIM_REVIEWED_MAX = 75;

/** Where a verdict sits on a 1–5 scale (5 = true), as ClaimReview's `reviewRating` needs a number. */
const RATING: Partial<Record<ClaimStatus, number>> = {
  false: 1,
  misleading: 2,
  disputed: 3,
  supported: 5,
};

/** What the JSON-LD needs to know about a claim. */
export interface ClaimReviewInput {
  /** Absolute URL of the claim page. */
  url: string;
  /** The sentence of the article that makes the claim, whole: what was claimed, in its words. */
  text: string;
  status: ClaimStatus;
  /** The verdict in one sentence; it becomes the review's body. */
  finding?: string | undefined;
  /** Day the analysis was published, `YYYY-MM-DD`. */
  analysed: string;
  /** Day of the newest correction, update or rating change, if any (Fact Check Explorer reads it). */
  modified?: string | undefined;
  claimant: { name: string; kind: ActorKind };
  /** When the claim was made, `YYYY-MM-DD` (its article's publication), where known. */
  claimed?: string | undefined;
  /** The original publication the claim appears in. */
  appearance: { url: string; publisher: string; published?: string | undefined };
  siteName: string;
}

/**
 * A schema.org `ClaimReview` for a claim with a verdict (Google's required fields: claimReviewed,
 * reviewRating with alternateName, url; `claimReviewed` is the sentence cut to 75 characters, the
 * whole sentence stays in `itemReviewed.text`), or `undefined` when the status is no verdict
 * (unverified, not checkable): publishing a rating there would claim a review that was not made.
 *
 * @example
 *   claimReview({ status: 'false', … })?.reviewRating.alternateName // 'False'
 */
export function claimReview(input: ClaimReviewInput) {
  const ratingValue = RATING[input.status];
  if (!isVerdict(input.status) || ratingValue === undefined) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.url,
    claimReviewed: shorten(input.text, CLAIM_REVIEWED_MAX),
    datePublished: input.analysed,
    ...(input.modified ? { dateModified: input.modified } : {}),
    author: { '@type': 'Organization', name: input.siteName },
    ...(input.finding ? { reviewBody: input.finding } : {}),
    reviewRating: {
      '@type': 'Rating',
      ratingValue,
      bestRating: 5,
      worstRating: 1,
      alternateName: STATUS_LABELS[input.status].label,
    },
    itemReviewed: {
      '@type': 'Claim',
      text: input.text,
      ...(input.claimed ? { datePublished: input.claimed } : {}),
      author: {
        '@type': input.claimant.kind === 'person' ? 'Person' : 'Organization',
        name: input.claimant.name,
      },
      appearance: {
        '@type': 'CreativeWork',
        url: input.appearance.url,
        publisher: { '@type': 'Organization', name: input.appearance.publisher },
        ...(input.appearance.published ? { datePublished: input.appearance.published } : {}),
      },
    },
  } as const;
}
