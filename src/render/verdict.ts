import { STATUS_LABELS, TYPE_LABELS, isVerdict } from '../analysis/claim-labels.ts';
import {
  CLAIM_FLAG_TERMS,
  CLAIM_STATUS_TERMS,
  CLAIM_TYPE_TERMS,
  type ClaimFlag,
  type ClaimStatus,
  type ClaimType,
  type StatusTerm,
  type TypeTerm,
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
  /** What stands where a verdict would: "Our verdict", or a status's own words when it is none. */
  heading: string;
  /**
   * The line a card or page sets under the status: the finding; for a status that is no verdict,
   * what it means for this claim ("No record found: …", "Not checkable: it is an opinion, …").
   */
  line: string;
}

const STATUS_TERMS: Readonly<Record<ClaimStatus, StatusTerm>> = CLAIM_STATUS_TERMS;
const TYPE_TERMS: Readonly<Record<ClaimType, TypeTerm>> = CLAIM_TYPE_TERMS;
/** Why a claim of no verdict that the vocabulary gives no reason for is not rated. */
const NO_RECORD_SETTLES = 'no available record could settle it';

/**
 * The line under a claim's status: the finding, or for a status that is no verdict, the status's
 * own lead and the finding or the reason (the status's, else the claim type's), as a sentence.
 *
 * @example
 *   verdictLine({ status: 'not-checkable', type: 'opinion' })
 *   // 'Not checkable: it is an opinion, neither true nor false.'
 */
export function verdictLine(claim: {
  status: ClaimStatus;
  type: ClaimType;
  finding?: string | undefined;
}): string {
  const unrated = STATUS_TERMS[claim.status].unrated;
  const definition = STATUS_TERMS[claim.status].definition;
  if (!unrated) return claim.finding ?? definition;
  const why =
    claim.finding ?? unrated.why ?? TYPE_TERMS[claim.type].uncheckable ?? NO_RECORD_SETTLES;
  return `${unrated.lead}: ${why.replace(/[.]?$/u, '.')}`;
}

/**
 * The status as one line of running text: "Our verdict: Misleading. <finding>", or for a status
 * that is no verdict, its own heading ("What we found: Unverified. No record found: …").
 */
export const verdictSentence = (view: VerdictView): string =>
  `${view.heading}: ${view.label}. ${view.line}`;

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
 *   verdictView({ status: 'false', type: 'factual', finding: 'No ban was announced that day.' }).href
 *   // '/methodology/#status-false'
 */
export function verdictView(claim: {
  status: ClaimStatus;
  type: ClaimType;
  finding?: string | undefined;
}): VerdictView {
  const { label, glyph } = STATUS_LABELS[claim.status];
  const unrated = STATUS_TERMS[claim.status].unrated;
  return {
    heading: unrated?.heading ?? 'Our verdict',
    line: verdictLine(claim),
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
