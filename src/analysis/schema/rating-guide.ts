import { ClaimStatusSchema, type ClaimStatus, type ClaimType } from './vocabulary.ts';

/** A claim of a published article that shows a rating at work. */
interface RatingExample {
  article: string;
  claim: string;
  /** The claim's words, exactly as the article marks them. */
  words: string;
  /** Why it gets the rating, in a sentence. */
  why: string;
}

/** How one rating is decided. */
interface RatingTest {
  /** The question the analyst answers "yes" to. */
  test: string;
  /** An example from the seed, or why there is none. */
  example: RatingExample | { none: string };
}

const SEED = 'japan-india-rare-earths';

/**
 * The test each rating applies, with an example from the seed article: the rating guide on
 * /methodology/ is generated from this, beside the definitions in CLAIM_STATUS_TERMS.
 *
 * @example
 *   RATING_TESTS['missing-context'].example // { claim: 'india-reserves-quarter', … }
 */
export const RATING_TESTS: Readonly<Record<ClaimStatus, RatingTest>> = {
  supported: {
    test:
      'Does the record confirm every part of the claim as the article states it, at the precision it ' +
      'states it, with nothing left out that would change how it reads?',
    example: {
      article: SEED,
      claim: 'kanai-protested',
      words:
        'After the announcement, within a few hours, the Director General of the Asia-Oceania Bureau at ' +
        'the Ministry of Foreign Affairs, Kimi Masahiro, strongly protested to China.',
      why:
        'Kanai Masaaki, whose name the translation garbles, protested to the Chinese embassy on the day ' +
        'of the ban. The garbled name is flagged; it does not change what happened.',
    },
  },
  'missing-context': {
    test:
      'Is what it states accurate, or right within rounding, while a reader needs something it leaves ' +
      'out (the exact figure, who acted, when) to judge it, without that reversing it?',
    example: {
      article: SEED,
      claim: 'india-reserves-quarter',
      words: 'which increased the total reserves of rare earth minerals by a quarter.',
      why:
        'The estimate rose from 6.99 to about 8.5 million tonnes, about 22% by our calculation: the ' +
        'direction and the size are right, the exact figure is what is missing.',
    },
  },
  disputed: {
    test:
      'Do credible sources disagree, or does the record confirm one part of the claim and contradict ' +
      'another?',
    example: {
      article: SEED,
      claim: 'us-budgets',
      words:
        'every budget related to the rare earth industry in the United States is several hundred million ' +
        'to billions of dollars.',
      why:
        'Some US outlays were hundreds of millions ($400 million, $620 million); others were $80 million ' +
        'and $50 million, which "every budget" does not allow.',
    },
  },
  false: {
    test: 'Does the record contradict the claim as a whole?',
    example: { none: 'No claim of the seed article is false.' },
  },
  misleading: {
    test:
      'Are its details accurate, or nearly, but put together (in an order, a cause, a label) so that ' +
      'it leaves an impression the record contradicts?',
    example: {
      article: SEED,
      claim: 'india-discovered-mine',
      words: 'In July 2025, India announced it had discovered a large rare earth mine',
      why:
        'In July 2025 India did report larger rare-earth resources, but no single mine: the words turn ' +
        'an updated estimate into a find.',
    },
  },
  unverified: {
    test: 'Did we look and find no record either way? The note says where we looked.',
    example: {
      article: SEED,
      claim: 'yahoo-india-strong-support',
      words:
        'According to Yahoo News Japan on January 19, India provided "strong" support for Japan\'s ' +
        'current rare earth crisis.',
      why: 'The Yahoo News Japan item was not found in English, Japanese or Chinese searches.',
    },
  },
  'not-checkable': {
    test:
      'Is it an opinion, a speculation or a prediction, or a claim that no available record could ' +
      'settle?',
    example: {
      article: SEED,
      claim: 'g7-dares-not',
      words: 'At a time when even the G7 dares not have any ideas about China',
      why:
        "A judgement of the G7's nerve. The note gives the record (the ministers had met days earlier to " +
        'reduce their reliance on China), but a record cannot make a judgement true or false.',
    },
  },
};

/** A rule for a case between two ratings. */
export interface BorderlineRule {
  id: string;
  title: string;
  rule: string;
}

/** The cases between ratings, decided once so that every claim is rated the same way. */
export const BORDERLINE_RULES: readonly BorderlineRule[] = [
  {
    id: 'roughly-right',
    title: 'A figure that is roughly right',
    rule:
      'A figure within the rounding its own words imply ("about a fifth" for 22%) is Supported. A figure ' +
      'rounded past the record ("a quarter" for 22%) is Missing context, and the finding gives the ' +
      "record's figure. A figure whose difference changes the point (twice the record, or the wrong " +
      'direction) is Disputed or False.',
  },
  {
    id: 'part-true',
    title: 'Part true: Disputed, Misleading or Missing context',
    rule:
      'When the record confirms one thing the claim states and contradicts another, including an ' +
      '"every", "cannot" or "never" that it shows does not hold, the claim is Disputed. When each stated ' +
      'detail holds but their order, cause or label leaves an impression the record contradicts, it is ' +
      'Misleading. When the details hold and nothing is reversed, but a reader needs more to judge them, ' +
      'it is Missing context.',
  },
  {
    id: 'opinion-implying-fact',
    title: 'An opinion that implies a checkable fact',
    rule:
      'An opinion, a speculation or a prediction is Not checkable, even when the record speaks against ' +
      'what it implies: the note gives that record and the reader judges. Where the point of the ' +
      'sentence is itself a checkable fact put as a judgement ("India cannot refine rare earths"), the ' +
      'claim is typed factual and rated.',
  },
  {
    id: 'someone-elses-words',
    title: "Someone else's words",
    rule:
      'An attributed claim or a quote is rated on whether the person said it. Words in quotation marks ' +
      'that the person did not use are at best Missing context, however fair the paraphrase; words ' +
      'stronger than theirs are Misleading; no record that they said it at all is Unverified. The note ' +
      'says whether what they said holds.',
  },
  {
    id: 'same-assertion',
    title: 'The same assertion, the same rating',
    rule:
      'Two claims that assert the same thing, such as a caption that repeats a sentence of the text, ' +
      'get the same rating, or a note that says what sets them apart.',
  },
];

/** The ratings each claim type can get, and why. */
export const TYPE_LIMITS: Readonly<
  Record<ClaimType, { allows: readonly ClaimStatus[]; why: string }>
> = {
  factual: {
    allows: ClaimStatusSchema.options,
    why: 'Any rating: a statement of fact is what the scale is for.',
  },
  attributed: {
    allows: ['supported', 'missing-context', 'disputed', 'false', 'misleading', 'unverified'],
    why: 'Rated on whether the source said it; the note says whether what was said holds.',
  },
  opinion: {
    allows: ['not-checkable'],
    why: 'Not checkable: a judgement is neither true nor false. The note gives what the record shows.',
  },
  speculation: {
    allows: ['not-checkable'],
    why: 'Not checkable: a guess at motives or hidden causes. The note gives what the record shows.',
  },
  prediction: {
    allows: ['not-checkable'],
    why: 'Not checkable yet: the future has no record.',
  },
  quote: {
    allows: ['supported', 'missing-context', 'false', 'misleading', 'unverified'],
    why:
      'Rated on the words: said as quoted or faithfully translated (Supported), trimmed of words that ' +
      'change how it reads (Missing context), changed in meaning (Misleading), never said (False), or ' +
      'not found (Unverified).',
  },
};

/** A page read for the rating guide: how other desks decide. */
export interface ScaleSource {
  url: string;
  title: string;
  publisher: string;
  /** Words copied verbatim from the page. */
  quote: string;
}

/**
 * Why the scale has the ratings it has: how desks that publish their scales decide, from the pages
 * we read (docs/seed-analysis.md lists them), and what we took from each.
 */
export const SCALE_REASONS = {
  summary:
    'Desks that publish their scales split the middle differently. PolitiFact grades six levels, ' +
    'from True to Pants on Fire, with Mostly True and Half True between. The platform fact-checking ' +
    'programme that AFP and other desks worked in used False, Altered, Partly false, Missing context, ' +
    'Satire and True. AFP says it checks facts, not opinions. Full Fact gives its conclusion in words ' +
    'rather than a label; we found no page of its own giving its reasons, so we do not state them. ' +
    "Our Disputed already covers the programme's Partly false (part confirmed, part contradicted), " +
    'and Misleading covers framing that reverses the impression. What our scale lacked was a rating ' +
    "for a claim that is right as far as it goes but needs what it leaves out: PolitiFact's Mostly " +
    "True, the programme's Missing context. Without it such claims were rated Supported with " +
    '"roughly" in the note, or Misleading, which said more than the record. So we added Missing ' +
    'context, and no more: each further grade is another line to draw between claims, and the ' +
    'finding and the note say the rest.',
  sources: [
    {
      url: 'http://wral.com/story/how-we-determine-truth-o-meter-ratings/18769075/',
      title: 'How we determine Truth-O-Meter ratings',
      publisher: 'WRAL (PolitiFact North Carolina)',
      quote:
        'MOSTLY TRUE – The statement is accurate but needs clarification or additional information.',
    },
    {
      url: 'https://transparency.meta.com/en-gb/features/how-fact-checking-works/',
      title: 'How fact-checking works',
      publisher: 'Meta Transparency Center',
      quote:
        'The ratings that fact-checkers can use are False, Altered, Partly false, Missing context, Satire ' +
        'and True.',
    },
    {
      url: 'https://transparency.fb.com/features/content-ratings-fact-checkers-use/',
      title: 'Content ratings fact-checkers use',
      publisher: 'Meta Transparency Center',
      quote: 'A Partly False rating is for content that has some factual inaccuracies.',
    },
    {
      url: 'https://www.rappler.com/technology/social-media/facebook-adds-new-ratings-fact-checked-posts',
      title: 'Facebook adds 2 new ratings to fact checked posts',
      publisher: 'Rappler',
      quote:
        'The “missing context” rating is for content that could mislead without the proper context.',
    },
    {
      url: 'https://factcheck.afp.com/How-we-work',
      title: 'How we work',
      publisher: 'AFP Fact Check',
      quote: 'AFP fact-checking teams verify facts, not opinions or beliefs.',
    },
  ] satisfies ScaleSource[],
} as const;
