import { STATUS_LABELS, TYPE_LABELS, isVerdict } from '../analysis/claim-labels.ts';
import {
  CLAIM_FLAG_TERMS,
  CLAIM_STATUS_TERMS,
  type ClaimFlag,
  type ClaimStatus,
  type ClaimType,
} from '../analysis/schema/vocabulary.ts';
import { termHref } from './term-links.ts';

/** A claim's status as a fact-check states it: the word, its glyph, and what the word means. */
export interface VerdictView {
  status: ClaimStatus;
  label: string;
  glyph: string;
  /** Where the methodology page defines the status. */
  href: string;
  definition: string;
  /** True for supported, disputed, false and misleading; unverified and not checkable are not. */
  isVerdict: boolean;
  /** The verdict in one sentence, where the analyst wrote one. */
  finding: string | undefined;
}

/** A flag on a claim, in words, with its definition and where the methodology page has it. */
export interface FlagView {
  flag: ClaimFlag;
  label: string;
  definition: string;
  href: string;
}

/**
 * What a fact-check says of a claim's status, for the claim page, its embed and its share card.
 *
 * @example
 *   verdictView({ status: 'false', finding: 'No ban was announced that day.' }).href
 *   // '/methodology/#status-false'
 */
export function verdictView(claim: {
  status: ClaimStatus;
  finding?: string | undefined;
}): VerdictView {
  const { label, glyph } = STATUS_LABELS[claim.status];
  return {
    status: claim.status,
    label,
    glyph,
    href: termHref('status', claim.status),
    definition: CLAIM_STATUS_TERMS[claim.status].definition,
    isVerdict: isVerdict(claim.status),
    finding: claim.finding,
  };
}

/**
 * A claim's flags explained, in the order the record gives them.
 *
 * @example
 *   flagViews(['chronology'])[0]?.label // 'Chronology'
 */
export const flagViews = (flags: readonly ClaimFlag[]): FlagView[] =>
  flags.map((flag) => ({
    flag,
    label: CLAIM_FLAG_TERMS[flag].label,
    definition: CLAIM_FLAG_TERMS[flag].definition,
    href: termHref('flags', flag),
  }));

/**
 * A claim's type as a claim page names it, linked to its definition.
 *
 * @example
 *   typeView('opinion') // { label: 'Opinion', glyph: '●', href: '/methodology/#type-opinion' }
 */
export const typeView = (type: ClaimType) => ({
  label: TYPE_LABELS[type].label,
  glyph: TYPE_LABELS[type].glyph,
  href: termHref('type', type),
});
