import type { ClaimStatus, ClaimType, Confidence } from './schema/vocabulary.ts';
import { VERDICT_STATUSES } from './schema/vocabulary.ts';

/**
 * How a reader sees a claim's type: a word and a glyph, so the type never rests on colour alone.
 *
 * @example
 *   TYPE_LABELS.opinion // { label: 'Opinion', glyph: '●' }
 */
export const TYPE_LABELS: Readonly<Record<ClaimType, { label: string; glyph: string }>> = {
  factual: { label: 'Factual', glyph: '■' },
  attributed: { label: 'Attributed', glyph: '◆' },
  opinion: { label: 'Opinion', glyph: '●' },
  speculation: { label: 'Speculation', glyph: '▲' },
  prediction: { label: 'Prediction', glyph: '►' },
  quote: { label: 'Quote', glyph: '❝' },
};

/**
 * How a reader sees a claim's status: a word and a glyph (the in-text underline also changes
 * style per status, see global CSS).
 *
 * @example
 *   STATUS_LABELS.false // { label: 'False', glyph: '✗' }
 */
export const STATUS_LABELS: Readonly<Record<ClaimStatus, { label: string; glyph: string }>> = {
  supported: { label: 'Supported', glyph: '✓' },
  disputed: { label: 'Disputed', glyph: '⇄' },
  false: { label: 'False', glyph: '✗' },
  misleading: { label: 'Misleading', glyph: '!' },
  unverified: { label: 'Unverified', glyph: '?' },
  'not-checkable': { label: 'Not checkable', glyph: '–' },
};

/** How sure an identification is, in words. */
export const CONFIDENCE_LABELS: Readonly<Record<Confidence, string>> = {
  certain: 'Certain',
  likely: 'Likely',
  possible: 'Possible',
  unknown: 'Unknown',
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
  return `Claim ${claim.number}: ${TYPE_LABELS[claim.type].label.toLowerCase()}, ${STATUS_LABELS[claim.status].label.toLowerCase()}`;
}
