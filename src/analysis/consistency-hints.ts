import nlp from 'compromise';
import escapeStringRegexp from 'escape-string-regexp';
import type { VFile } from 'vfile';
import type { Claim } from './schema/entries.ts';
import { VERDICT_WORDING, type VerdictWording } from './schema/verdict-wording.ts';
import { sentenceSpans } from './sentences.ts';
import { TYPE_LIMITS } from './schema/rating-guide.ts';
import { CLAIM_STATUS_TERMS, CLAIM_TYPE_TERMS } from './schema/vocabulary.ts';

/** Which rule a hint comes from. */
type ConsistencyRule =
  /** The finding, or the note's first sentence, words a verdict other than the claim's status. */
  | 'wording-contradicts-status'
  /** A rating the claim's type does not allow (`TYPE_LIMITS`): an opinion with a verdict, say. */
  | 'rating-not-for-type'
  /** Two claims of one article say nearly the same thing but are rated differently. */
  | 'twins-rated-apart';

/** The fields of a claim's frontmatter record a hint can point at. */
type HintField = 'finding' | 'note' | 'status';

/** One inconsistency between a claim's rating and its own words or another claim's rating. */
interface ConsistencyHint {
  rule: ConsistencyRule;
  claim: string;
  field: HintField;
  /** The frontmatter path of that field, `['claims', claim, field]`, to find its place in the file. */
  path: readonly ['claims', string, HintField];
  /** For `twins-rated-apart`: the other claim. */
  other?: string;
  message: string;
}

/** A hint with its place in the article's source file, 1-based as editors count. */
export type PlacedHint = ConsistencyHint & { line: number; column: number };

/** What the hints read of a claim: its typed entry, as the parser gives it. */
export type HintedClaim = Pick<
  Claim,
  'id' | 'text' | 'type' | 'status' | 'claimant' | 'events' | 'finding' | 'note'
>;

/** Word overlap (Dice, 0–1) from which two claims count as saying the same thing. */
const TWIN_OVERLAP = 0.6;
/** A lower bar for claims by the same claimant about the same events. */
const TWIN_OVERLAP_SAME_EVENTS = 0.45;

/**
 * The inconsistencies in how an article's claims are rated, for `npm run analyze` and the
 * Annotate forms. These are hints for the analyst, never build errors: wording can be right for
 * reasons a rule cannot see. Claims are read in the order given; hints follow that order.
 *
 * @example
 *   consistencyHints([{ id: 'g7', type: 'opinion', status: 'disputed',
 *     finding: 'Contradicted by the record: …', … }])
 *   // [{ rule: 'wording-contradicts-status', claim: 'g7', field: 'finding', … },
 *   //  { rule: 'rating-not-for-type', claim: 'g7', field: 'status', … }]
 */
export function consistencyHints(claims: readonly HintedClaim[]): ConsistencyHint[] {
  const words = new Map(claims.map((claim) => [claim.id, contentWords(claim.text)]));
  return claims.flatMap((claim, index) => [
    ...wordingHints(claim),
    ...typeHints(claim),
    ...claims
      .slice(index + 1)
      .flatMap((other) => twinHints(claim, other, words.get(claim.id)!, words.get(other.id)!)),
  ]);
}

/**
 * Gives each hint the `line:column` of the field it points at, from the positions the parser kept
 * on the article's file (`file.data.yaml`); the top of the file when they are missing.
 */
export function placeHints(hints: readonly ConsistencyHint[], file: VFile): PlacedHint[] {
  const { yaml, location } = file.data;
  return hints.map((hint) => {
    const point = yaml && location?.toPoint(yaml.offsetOf(hint.path));
    return { ...hint, line: point?.line ?? 1, column: point?.column ?? 1 };
  });
}

const hint = (
  rule: ConsistencyRule,
  claim: string,
  field: HintField,
  message: string,
  other?: string,
): ConsistencyHint => ({
  rule,
  claim,
  field,
  path: ['claims', claim, field],
  ...(other ? { other } : {}),
  message,
});

const label = (status: HintedClaim['status']) => CLAIM_STATUS_TERMS[status].label;

function wordingHints(claim: HintedClaim): ConsistencyHint[] {
  const texts: [HintField, string | undefined][] = [
    ['finding', claim.finding],
    ['note', claim.note && firstSentence(claim.note)],
  ];
  return texts.flatMap(([field, text]) => {
    if (!text) return [];
    return Object.values(VERDICT_WORDING as Record<string, VerdictWording>).flatMap((wording) => {
      if (wording.fits.includes(claim.status)) return [];
      const phrase = wording.phrases.find((p) => phraseAt(text, p, wording.openingOnly === true));
      if (!phrase) return [];
      const fitting = wording.fits.map(label).join(', ');
      return [
        hint(
          'wording-contradicts-status',
          claim.id,
          field,
          `the ${field === 'note' ? "note's first sentence" : field} says "${phrase}" (${wording.says}), ` +
            `which does not fit ${label(claim.status)}; rate it ${fitting}, or reword the ${field}`,
        ),
      ];
    });
  });
}

function typeHints(claim: HintedClaim): ConsistencyHint[] {
  const { allows, why } = TYPE_LIMITS[claim.type];
  if (allows.includes(claim.status)) return [];
  const type = CLAIM_TYPE_TERMS[claim.type].label.toLowerCase();
  return [
    hint(
      'rating-not-for-type',
      claim.id,
      'status',
      `a claim of type ${type} is rated ${label(claim.status)}, which its type does not allow (${why}); ` +
        `rate it ${allows.map(label).join(', ')}, or, if its point is a checkable fact, type it factual`,
    ),
  ];
}

function twinHints(
  a: HintedClaim,
  b: HintedClaim,
  wordsA: ReadonlySet<string>,
  wordsB: ReadonlySet<string>,
): ConsistencyHint[] {
  if (a.status === b.status) return [];
  const sameEvents =
    a.claimant === b.claimant &&
    a.events.length > 0 &&
    a.events.length === b.events.length &&
    a.events.every((e) => b.events.includes(e));
  const overlap = dice(wordsA, wordsB);
  if (overlap < (sameEvents ? TWIN_OVERLAP_SAME_EVENTS : TWIN_OVERLAP)) return [];
  const why = sameEvents
    ? `shares ${Math.round(overlap * 100)}% of its words, its claimant and its events with`
    : `shares ${Math.round(overlap * 100)}% of its words with`;
  return [
    hint(
      'twins-rated-apart',
      b.id,
      'status',
      `claim ${b.id} (${label(b.status)}) ${why} claim ${a.id} (${label(a.status)}); rate the same ` +
        'assertion the same way, or say in the note what sets them apart',
      a.id,
    ),
  ];
}

/** The first sentence of a note, where it gives its verdict ("Roughly right."). */
function firstSentence(text: string): string {
  const [first] = sentenceSpans(text);
  return first ? text.slice(first.start, first.end) : text;
}

function phraseAt(text: string, phrase: string, openingOnly: boolean): boolean {
  const lower = text.toLowerCase();
  if (openingOnly) return new RegExp(`^${escapeStringRegexp(phrase)}\\b`).test(lower);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeStringRegexp(phrase)}`, 'u').test(lower);
}

/** Tags of words that carry no content: what is left is compared between claims. */
const FUNCTION_TAGS = [
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Modal',
  'Copula',
  'Auxiliary',
  'Negative',
  'QuestionWord',
];

/** The roots of a claim's content words ("warned" → "warn"), by compromise's tagger. */
function contentWords(text: string): Set<string> {
  const doc = nlp(text);
  doc.compute('root');
  const terms = doc.terms().json() as {
    terms: { normal: string; root?: string; tags: string[] }[];
  }[];
  return new Set(
    terms
      .flatMap((t) => t.terms)
      .filter((t) => t.normal !== '' && !t.tags.some((tag) => FUNCTION_TAGS.includes(tag)))
      .map((t) => (t.root ?? t.normal).replace(/'s$/, '')),
  );
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}
