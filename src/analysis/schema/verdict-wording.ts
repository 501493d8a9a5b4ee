import type { ClaimStatus } from './vocabulary.ts';

/** A kind of wording a finding uses to say how a claim holds up, and the statuses it fits. */
export interface VerdictWording {
  /** What the wording says about the claim, for hint messages and the methodology page. */
  says: string;
  /** Phrases that carry it, matched case-insensitively from the start of a word. */
  phrases: readonly string[];
  /**
   * Match only at the start of the text checked: "Correct." opens a verdict, while "correct"
   * inside a sentence may not judge the claim at all.
   */
  openingOnly?: true;
  /** The statuses this wording agrees with; on any other it contradicts the rating. */
  fits: readonly ClaimStatus[];
}

/**
 * The words that give a verdict away, defined once: the consistency hints check each claim's
 * finding and the first sentence of its note against them, and the methodology page lists them.
 *
 * @example
 *   VERDICT_WORDING.partly.fits.includes('supported') // false: "roughly right" is not "as stated"
 */
export const VERDICT_WORDING = {
  contradicted: {
    says: 'the record contradicts the claim',
    phrases: [
      'contradicted by',
      'the record contradicts',
      'points the other way',
      'not borne out',
      'does not bear out',
      'is false',
      'untrue',
    ],
    fits: ['false'],
  },
  partly: {
    says: 'the claim is only roughly or partly right',
    phrases: [
      'roughly',
      'broadly',
      'largely',
      'mostly',
      'in substance',
      'more or less',
      'partly',
      'half right',
      'nearer',
    ],
    fits: ['missing-context', 'misleading', 'disputed'],
  },
  overstated: {
    says: 'the claim says more than the record does',
    phrases: ['overstate', 'overgeneralis', 'exaggerat', 'stronger than'],
    fits: ['missing-context', 'misleading', 'disputed', 'false'],
  },
  confirmed: {
    says: 'the record confirms the claim',
    phrases: ['correct', 'confirmed', 'accurate', 'borne out', 'true'],
    openingOnly: true,
    fits: ['supported', 'missing-context', 'misleading', 'disputed'],
  },
} as const satisfies Record<string, VerdictWording>;
