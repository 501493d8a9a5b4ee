import { z } from 'zod';

/** A term of the site's vocabulary: the word readers see and what it means. */
interface Term {
  label: string;
  definition: string;
}

/**
 * A status that is no verdict says so in its own words wherever a verdict would stand: the claim
 * page's heading, and the line a card puts first ("No record found: …"). `why` is the reason a
 * card gives when the analyst wrote no finding; without it, the claim's type gives the reason.
 */
export interface StatusTerm extends Term {
  unrated?: { heading: string; lead: string; why?: string };
}

/** A claim type; `uncheckable` says why a claim of it may get no verdict ("it is an opinion, …"). */
export interface TypeTerm extends Term {
  uncheckable?: string;
}

/** A term list as one description line per value, for JSON Schema and data dictionaries. */
function describeTerms(terms: Readonly<Record<string, Term>>): string {
  return Object.entries(terms)
    .map(([value, term]) => `${value} (${term.label}): ${term.definition}`)
    .join('\n');
}

/**
 * What each claim type means. The methodology page, the badges and legends, the CSV data dictionary
 * and the JSON Schema all read these, so they cannot disagree.
 */
export const CLAIM_TYPE_TERMS = {
  factual: {
    label: 'Factual',
    definition:
      'A statement about the world that a record can confirm or refute: an event, a figure, a date, who did what.',
  },
  attributed: {
    label: 'Attributed',
    definition:
      'The article reports that someone else said or reported something. We check that the source said it, and ' +
      'where we can, whether it holds.',
  },
  opinion: {
    label: 'Opinion',
    definition:
      'A judgement or a statement of values. It is neither true nor false; it is marked so that it is not read ' +
      'as reporting.',
    uncheckable: 'it is an opinion, neither true nor false',
  },
  speculation: {
    label: 'Speculation',
    definition:
      'A guess about causes, motives or what happens out of view, offered without evidence.',
    uncheckable: 'it is a guess about what happens out of view, which no record settles',
  },
  prediction: {
    label: 'Prediction',
    definition: 'A statement about the future. It cannot be checked yet.',
    uncheckable: 'it is a prediction, which cannot be checked yet',
  },
  quote: {
    label: 'Quote',
    definition: "Someone's words given as theirs. We check that they were said, by whom and when.",
  },
} as const satisfies Record<string, TypeTerm>;

/** What each status means. */
export const CLAIM_STATUS_TERMS = {
  supported: {
    label: 'Supported',
    definition:
      'The record we found confirms the claim as stated, at the precision it is stated, and nothing it ' +
      'leaves out changes how it reads. The sources are cited.',
  },
  'missing-context': {
    label: 'Missing context',
    definition:
      'Accurate as far as it goes, or right within rounding, but it leaves out something a reader needs to ' +
      'judge it: the exact figure, who acted, when, or why. What is missing qualifies the claim without ' +
      'reversing it.',
  },
  disputed: {
    label: 'Disputed',
    definition:
      'Credible sources disagree, or the record confirms part of the claim and contradicts another part.',
  },
  false: {
    label: 'False',
    definition: 'The record we found contradicts the claim. The sources are cited.',
  },
  misleading: {
    label: 'Misleading',
    definition:
      'Accurate in its details, but framed or cut from its context so that it leaves an impression the ' +
      'record contradicts.',
  },
  unverified: {
    label: 'Unverified',
    definition:
      'We looked and found no record either way. This is not a verdict: the note says where we looked.',
    unrated: {
      heading: 'What we found',
      lead: 'No record found',
      why: 'nothing we found confirms or contradicts it; the note says where we looked',
    },
  },
  'not-checkable': {
    label: 'Not checkable',
    definition:
      'An opinion, a speculation or a prediction, or a claim no available record could settle.',
    unrated: { heading: 'Why we give no verdict', lead: 'Not checkable' },
  },
} as const satisfies Record<string, StatusTerm>;

/** How sure an identification of a garbled or translated name is. */
export const CONFIDENCE_TERMS = {
  certain: {
    label: 'Certain',
    definition:
      'A reliable source states who is meant, or the name is unambiguous once translated back.',
  },
  likely: {
    label: 'Likely',
    definition:
      'The best fit: role, date and context all match, but no source states the identification outright.',
  },
  possible: {
    label: 'Possible',
    definition: 'One of several candidates; the evidence leans this way without excluding others.',
  },
  unknown: {
    label: 'Unknown',
    definition: 'We could not tell who is meant.',
  },
} as const satisfies Record<string, Term>;

/** How much of a date is known. */
export const DATE_PRECISION_TERMS = {
  year: {
    label: 'Year',
    definition: 'The text gives only the year; nothing finer is implied.',
  },
  month: {
    label: 'Month',
    definition: 'The text gives the month and the year, not the day.',
  },
  day: {
    label: 'Day',
    definition:
      'The text gives the day, or the day follows from a dated event the text counts from.',
  },
} as const satisfies Record<string, Term>;

/**
 * How the record's date stands to the period the article states. Only a contradiction is a
 * discrepancy; a refinement is the record filling in what the article leaves open.
 */
export const RECORD_COMPARISON_TERMS = {
  confirms: {
    label: 'Confirms',
    definition:
      'The record puts the event within the period the article states, at the precision the article gives.',
  },
  refines: {
    label: 'Refines',
    definition:
      'The article gives no date, or a coarser one (a year, a month, only an order), and the record puts the ' +
      'event inside it.',
  },
  contradicts: {
    label: 'Contradicts',
    definition: 'The record puts the event outside the period the article states.',
  },
} as const satisfies Record<string, Term>;

/** A term for vague wording: what it means, and the span it is read as, from its anchor event. */
interface ApproximationTerm extends Term {
  /** The article's words this term reads (case-insensitive); `about` is the default. */
  pattern: RegExp | undefined;
  /** ISO 8601 durations from the anchor, the nearest and the farthest the wording allows. */
  span: { from: string; to: string } | undefined;
  /** For `about`: how far either side of the date, by its precision. */
  either: Readonly<Record<DatePrecision, string>> | undefined;
}

/**
 * The tolerance of vague wording, defined once: how far "within a few hours", "a few days" or
 * "quickly" may lie from the event they count from, and "about" either side of a date. The
 * comparison with the record reads the article's period through these.
 */
export const APPROXIMATION_TERMS = {
  'a-few-hours': {
    label: 'within a few hours',
    definition: 'Hours after the event counted from: the same day or the next.',
    pattern: /\b(?:a few|several|within) hours\b|\bhours later\b/i,
    span: { from: 'P0D', to: 'P1D' },
    either: undefined,
  },
  'a-few-days': {
    label: 'a few days',
    definition: 'Two days to a week from the event counted from.',
    pattern: /\b(?:a few|several|within) days\b|\bdays later\b/i,
    span: { from: 'P2D', to: 'P7D' },
    either: undefined,
  },
  quickly: {
    label: 'quickly',
    definition: 'Soon after the event counted from: within two weeks.',
    pattern: /\b(?:quickly|soon|shortly|promptly)\b/i,
    span: { from: 'P0D', to: 'P14D' },
    either: undefined,
  },
  about: {
    label: 'about',
    definition:
      'Any other approximate date: three days either side of a day, a month either side of a month, a year ' +
      'either side of a year.',
    pattern: undefined,
    span: undefined,
    either: { day: 'P3D', month: 'P1M', year: 'P1Y' },
  },
} as const satisfies Record<string, ApproximationTerm>;

/** What each flag says about how a claim is presented, whatever its verdict. */
export const CLAIM_FLAG_TERMS = {
  'unsourced-figure': {
    label: 'Unsourced figure',
    definition:
      'The claim gives a number, an amount or a share without saying where it comes from.',
  },
  'garbled-name': {
    label: 'Garbled name',
    definition:
      "A name is mistranslated or misspelt, so that it does not match the person or body meant; the actor's " +
      'page says who is meant and how sure we are.',
  },
  chronology: {
    label: 'Chronology',
    definition:
      'The article puts events in an order, or links them as cause and effect, in a way their dates do not ' +
      'bear out.',
  },
  'loaded-language': {
    label: 'Loaded language',
    definition: 'Wording that passes a judgement where a neutral word would report the same thing.',
  },
  'one-sided': {
    label: 'One-sided',
    definition: "Only one party's view is given where other parties' views are on the record.",
  },
} as const satisfies Record<string, Term>;

/** What each kind of entry in an `updates` log records. */
export const UPDATE_KIND_TERMS = {
  correction: {
    label: 'Correction',
    definition:
      'We got something wrong and fixed it: a name, a date, a figure, a quotation or a source.',
  },
  update: {
    label: 'Update',
    definition: 'We added information or context that does not change the rating.',
  },
  'rating-change': {
    label: 'Rating change',
    definition:
      "New evidence changed the claim's status; the entry names the status it had before.",
  },
} as const satisfies Record<string, Term>;

/** What kind of assertion a claim is. */
export const ClaimTypeSchema = z
  .enum(['factual', 'attributed', 'opinion', 'speculation', 'prediction', 'quote'])
  .meta({ description: describeTerms(CLAIM_TYPE_TERMS) });
export type ClaimType = z.output<typeof ClaimTypeSchema>;

/** How a claim holds up against the record. */
export const ClaimStatusSchema = z
  .enum([
    'supported',
    'missing-context',
    'disputed',
    'false',
    'misleading',
    'unverified',
    'not-checkable',
  ])
  .meta({ description: describeTerms(CLAIM_STATUS_TERMS) });
export type ClaimStatus = z.output<typeof ClaimStatusSchema>;

/** Problems of presentation worth flagging to a reader, independent of the verdict. */
export const ClaimFlagSchema = z
  .enum(['unsourced-figure', 'garbled-name', 'chronology', 'loaded-language', 'one-sided'])
  .meta({ description: describeTerms(CLAIM_FLAG_TERMS) });
export type ClaimFlag = z.output<typeof ClaimFlagSchema>;

/** What sort of thing happened, for timeline filters. */
export const EventTypeSchema = z.enum([
  'announcement',
  'statement',
  'protest',
  'meeting',
  'report',
  'agreement',
  'discovery',
  'policy',
  'other',
]);
export type EventType = z.output<typeof EventTypeSchema>;

/** What an actor is. */
export const ActorKindSchema = z.enum([
  'person',
  'organization',
  'government',
  'country',
  'company',
  'media',
  'group',
]);
export type ActorKind = z.output<typeof ActorKindSchema>;

/** How sure an identification of a garbled or vague name is. */
export const ConfidenceSchema = z
  .enum(['certain', 'likely', 'possible', 'unknown'])
  .meta({ description: describeTerms(CONFIDENCE_TERMS) });
export type Confidence = z.output<typeof ConfidenceSchema>;

/** Statuses that assert a verdict and therefore need a source. */
export const VERDICT_STATUSES: readonly ClaimStatus[] = [
  'supported',
  'missing-context',
  'disputed',
  'false',
  'misleading',
];

/** What an entry of a claim's or article's `updates` log records. */
export const UpdateKindSchema = z
  .enum(['correction', 'update', 'rating-change'])
  .meta({ description: describeTerms(UPDATE_KIND_TERMS) });

/** How much of a date is known; the form a date is written in is its precision. */
export const DatePrecisionSchema = z
  .enum(['year', 'month', 'day'])
  .meta({ description: describeTerms(DATE_PRECISION_TERMS) });
export type DatePrecision = z.output<typeof DatePrecisionSchema>;

/** How the record's date stands to the article's. */
export const RecordComparisonSchema = z
  .enum(['confirms', 'refines', 'contradicts'])
  .meta({ description: describeTerms(RECORD_COMPARISON_TERMS) });
export type RecordComparison = z.output<typeof RecordComparisonSchema>;

/** Which tolerance of vague wording an approximate date is read with. */
export const ApproximationSchema = z
  .enum(['a-few-hours', 'a-few-days', 'quickly', 'about'])
  .meta({ description: describeTerms(APPROXIMATION_TERMS) });
export type Approximation = z.output<typeof ApproximationSchema>;

/** Every vocabulary of the site, by the field that carries it, for pages and data dictionaries. */
export const VOCABULARIES = {
  type: CLAIM_TYPE_TERMS,
  status: CLAIM_STATUS_TERMS,
  confidence: CONFIDENCE_TERMS,
  precision: DATE_PRECISION_TERMS,
  kind: UPDATE_KIND_TERMS,
  flags: CLAIM_FLAG_TERMS,
  comparison: RECORD_COMPARISON_TERMS,
  approximation: APPROXIMATION_TERMS,
} as const;
