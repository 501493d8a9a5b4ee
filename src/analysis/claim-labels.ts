import type { ClaimStatus, ClaimType, Confidence } from './schema/vocabulary.ts';
import {
  CLAIM_STATUS_TERMS,
  CLAIM_TYPE_TERMS,
  CONFIDENCE_TERMS,
  VERDICT_STATUSES,
} from './schema/vocabulary.ts';

/**
 * How a reader sees a claim's type: a word and a glyph, so the type never rests on colour alone.
 *
 * @example
 *   TYPE_LABELS.opinion // { label: 'Opinion', glyph: '●' }
 */
export const TYPE_LABELS: Readonly<Record<ClaimType, { label: string; glyph: string }>> = {
  factual: { label: CLAIM_TYPE_TERMS.factual.label, glyph: '■' },
  attributed: { label: CLAIM_TYPE_TERMS.attributed.label, glyph: '◆' },
  opinion: { label: CLAIM_TYPE_TERMS.opinion.label, glyph: '●' },
  speculation: { label: CLAIM_TYPE_TERMS.speculation.label, glyph: '▲' },
  prediction: { label: CLAIM_TYPE_TERMS.prediction.label, glyph: '►' },
  quote: { label: CLAIM_TYPE_TERMS.quote.label, glyph: '❝' },
};

/**
 * How a reader sees a claim's status: a word and a glyph (the in-text underline also changes
 * style per status, see global CSS).
 *
 * @example
 *   STATUS_LABELS.false // { label: 'False', glyph: '✗' }
 */
export const STATUS_LABELS: Readonly<Record<ClaimStatus, { label: string; glyph: string }>> = {
  supported: { label: CLAIM_STATUS_TERMS.supported.label, glyph: '✓' },
  'missing-context': { label: CLAIM_STATUS_TERMS['missing-context'].label, glyph: '◐' },
  disputed: { label: CLAIM_STATUS_TERMS.disputed.label, glyph: '⇄' },
  false: { label: CLAIM_STATUS_TERMS.false.label, glyph: '✗' },
  misleading: { label: CLAIM_STATUS_TERMS.misleading.label, glyph: '!' },
  unverified: { label: CLAIM_STATUS_TERMS.unverified.label, glyph: '?' },
  'not-checkable': { label: CLAIM_STATUS_TERMS['not-checkable'].label, glyph: '–' },
};

/** How sure an identification is, in words. */
export const CONFIDENCE_LABELS: Readonly<Record<Confidence, string>> = {
  certain: CONFIDENCE_TERMS.certain.label,
  likely: CONFIDENCE_TERMS.likely.label,
  possible: CONFIDENCE_TERMS.possible.label,
  unknown: CONFIDENCE_TERMS.unknown.label,
};

/** True when the status is a verdict on the claim (and so warrants a ClaimReview). */
export const isVerdict = (status: ClaimStatus): boolean => VERDICT_STATUSES.includes(status);

/**
 * One line naming a claim for screen readers, link titles and descriptions.
 *
 * @example
 *   claimCaption({ number: 3, type: 'factual', status: 'unverified' }) // 'Claim 3: factual, unverified'
 */
export function claimCaption(claim: {
  number: number;
  type: ClaimType;
  status: ClaimStatus;
}): string {
  return (
    `Claim ${claim.number}: ${TYPE_LABELS[claim.type].label.toLowerCase()}, ` +
    `${STATUS_LABELS[claim.status].label.toLowerCase()}`
  );
}

/**
 * How strongly a claim is marked in the text by default. A verdict against the claim stands out;
 * a confirmed one is marked lightly; the rest (unverified, not checkable, and any opinion without
 * a verdict) stay unmarked until the reader hovers, focuses or asks to see every annotation.
 */
export type MarkRank = 'strong' | 'light' | 'quiet';

/** Verdicts a reader should not miss: the claim, as the article states it, does not hold whole. */
const STRONG_MARKS: readonly ClaimStatus[] = ['false', 'misleading', 'disputed', 'missing-context'];

/**
 * @example
 *   markRank({ status: 'misleading' }) // 'strong'
 *   markRank({ status: 'not-checkable' }) // 'quiet'
 */
export function markRank(claim: { status: ClaimStatus }): MarkRank {
  if (STRONG_MARKS.includes(claim.status)) return 'strong';
  return claim.status === 'supported' ? 'light' : 'quiet';
}
