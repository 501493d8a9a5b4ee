import * as chrono from 'chrono-node';
import { Temporal } from 'temporal-polyfill';
import type { Precision } from '../analysis/dates.ts';

/** A date or time expression found in a text, with the date it suggests. */
export interface DateCandidate {
  /** Offsets in the text searched. */
  start: number;
  end: number;
  text: string;
  /**
   * `absolute`: a calendar date (`January 19`, `In July 2025`, `yesterday` resolved against the
   * reference date). `relative`: a shift from an earlier event of the story (`the next day`,
   * `within a few hours`), which becomes `after: <event>` and `offset`.
   */
  kind: 'absolute' | 'relative';
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, at `precision`; for relative ones, the date counted from the reference. */
  value: string;
  precision: Precision;
  /** Date parts the text does not state, taken from the reference date (e.g. the year of "January 19"). */
  inferred: ('year' | 'month' | 'day')[];
  /** ISO 8601 duration of a relative expression (`P1D`, `PT3H`). */
  offset?: string;
  /** Vague wording ("a few", "about", "within"). */
  approximate: boolean;
}

const TAG_RELATIVE = 'claimlens/relative';
const YEAR = String.raw`(1[6-9]\d\d|2[01]\d\d)`;
const UNIT_TO_DURATION = {
  hour: 'hours',
  morning: 'hours',
  evening: 'hours',
  day: 'days',
  week: 'weeks',
  month: 'months',
  year: 'years',
} as const;
type Unit = keyof typeof UNIT_TO_DURATION;
const FEW = 3;

const unitOf = (word: string): Unit => {
  const singular = word.toLowerCase().replace(/s$/, '');
  return (singular in UNIT_TO_DURATION ? singular : 'day') as Unit;
};

/** A result `amount` units after the reference, tagged so it reads as relative to the story, not to today. */
function shifted(
  context: chrono.ParsingContext,
  index: number,
  text: string,
  amount: number,
  unit: Unit,
): chrono.ParsingResult {
  const reference = Temporal.PlainDateTime.from(context.refDate.toISOString().slice(0, 19));
  const moved = reference.add({
    [UNIT_TO_DURATION[unit]]: unit === 'morning' || unit === 'evening' ? 24 : amount,
  });
  const result = context.createParsingResult(index, text, {
    year: moved.year,
    month: moved.month,
    day: moved.day,
    hour: moved.hour,
  });
  return result.addTag('result/relativeDate').addTag(TAG_RELATIVE);
}

/**
 * What chrono's English casual parser misses in news prose: a bare year after a preposition
 * ("In 2026"), "the following day", and unit-only spans ("hours later", "within days").
 */
const newsParsers: chrono.Parser[] = [
  {
    pattern: () =>
      new RegExp(
        String.raw`\b(?:in|since|by|during|until|before|after|from|early|late|mid-?)\s+${YEAR}\b`,
        'i',
      ),
    extract: (context, match) =>
      context.createParsingResult(match.index ?? 0, match[0], { year: Number(match[1]) }),
  },
  {
    pattern: () => /\b(?:the\s+)?(?:following|next)\s+(day|morning|evening|week|month|year)\b/i,
    extract: (context, match) =>
      shifted(context, match.index ?? 0, match[0], 1, unitOf(match[1] ?? 'day')),
  },
  {
    pattern: () =>
      /\b(?:(?:within|after)\s+(hours|days|weeks|months)|(hours|days|weeks|months)\s+(?:later|afterwards))\b/i,
    extract: (context, match) =>
      shifted(context, match.index ?? 0, match[0], FEW, unitOf(match[1] ?? match[2] ?? 'days')),
  },
];

/**
 * Widens "next day" to "the next day" (chrono leaves the article out), so the marker the fix
 * writes covers the whole phrase the reader sees.
 */
const includeArticle: chrono.Refiner = {
  refine: (context, results) => {
    for (const result of results) {
      const before = context.text.slice(0, result.index);
      const article = /\bthe\s+$/i.exec(before);
      if (article && /^(next|following)\b/i.test(result.text)) {
        result.index -= article[0].length;
        result.text = context.text.slice(
          result.index,
          result.index + article[0].length + result.text.length,
        );
      }
    }
    return results;
  },
};

/**
 * Drops a leading "9 to 4" that chrono reads as a time range but news prose uses for votes and
 * scores ("voted 9 to 4 on March 3"): without a.m./p.m. or a colon it is not a time.
 */
const dropScore: chrono.Refiner = {
  refine: (_context, results) => {
    for (const result of results) {
      const score = /^\d{1,2}\s*(?:to|-|–)\s*\d{1,2}\s+(?:on\s+)?(?=\p{L})/iu.exec(result.text);
      if (score) {
        result.index += score[0].length;
        result.text = result.text.slice(score[0].length);
      }
    }
    return results;
  },
};

const parser = chrono.casual.clone();
parser.parsers.push(...newsParsers);
parser.refiners.push(includeArticle, dropScore);

const ANAPHORIC = /\b(later|after|afterwards|within|next|following)\b/i;
const VAGUE =
  /\b(few|several|some|about|around|roughly|nearly|almost|within)\b|^(?:after\s+)?(?:hours|days|weeks|months)\b/i;

/** How to read dates against the reference. */
interface DateOptions {
  /**
   * The reference is a day after the text was written (the analysis date, when the publication
   * date is unknown), so a date without a year is never later than it.
   */
  writtenBefore?: boolean;
}

/**
 * Finds date and time expressions with chrono-node (English casual, plus news phrases), resolved
 * against `reference` (`YYYY-MM-DD`: the publication date; else the analysis date, with `writtenBefore`).
 *
 * @example
 *   detectDates('In July 2025, India announced a find. The next day, Japan replied.', '2026-01-20')
 *   // [{ text: 'In July 2025', kind: 'absolute', value: '2025-07', precision: 'month', … },
 *   //  { text: 'The next day', kind: 'relative', offset: 'P1D', … }]
 */
export function detectDates(
  text: string,
  reference: string,
  { writtenBefore = false }: DateOptions = {},
): DateCandidate[] {
  const refDate = new Date(`${reference}T12:00:00Z`);
  const results = parser.parse(text, { instant: refDate, timezone: 0 });
  return results
    .map((result) => toCandidate(result, reference, writtenBefore))
    .filter((c): c is DateCandidate => c !== undefined);
}

function toCandidate(
  result: chrono.ParsedResult,
  reference: string,
  writtenBefore: boolean,
): DateCandidate | undefined {
  // Trailing punctuation ("On Monday,") is not part of the date.
  const phrase = result.text.replace(/[\s,.;:!?]+$/u, '');
  // "now" in prose ("but now Japan has no choice") is rhetoric, not a date.
  if (phrase === '' || /^(?:right\s+)?now$/i.test(phrase)) return undefined;
  const { start } = result;
  const at = Temporal.PlainDateTime.from({
    year: start.get('year') ?? 0,
    month: start.get('month') ?? 1,
    day: start.get('day') ?? 1,
    hour: start.get('hour') ?? 12,
  });
  const tags = result.tags();
  const base = {
    start: result.index,
    end: result.index + phrase.length,
    text: phrase,
    approximate: VAGUE.test(phrase),
  };
  if ((tags.has('result/relativeDate') || tags.has(TAG_RELATIVE)) && ANAPHORIC.test(phrase)) {
    const offset = offsetOf(Temporal.PlainDateTime.from(`${reference}T12:00:00`), at, phrase);
    return {
      ...base,
      kind: 'relative',
      value: at.toPlainDate().toString(),
      precision: 'day',
      inferred: [],
      offset,
    };
  }
  const certain = (part: 'year' | 'month' | 'day') =>
    start.isCertain(part) ||
    tags.has('result/relativeDate') ||
    [...tags].some((t) => t.startsWith('casualReference/'));
  const precision: Precision =
    certain('day') || start.isCertain('weekday') ? 'day' : certain('month') ? 'month' : 'year';
  const parts = (['year', 'month', 'day'] as const).slice(
    0,
    precision === 'day' ? 3 : precision === 'month' ? 2 : 1,
  );
  // Against the analysis date, the text was written before it: a date without a year ("March 3")
  // is the last one on or before the reference, where chrono would take the nearest, maybe next year's.
  const future =
    Temporal.PlainDate.compare(at.toPlainDate(), Temporal.PlainDate.from(reference)) > 0;
  const past = writtenBefore && !certain('year') && future ? at.subtract({ years: 1 }) : at;
  const value = past
    .toPlainDate()
    .toString()
    .slice(0, precision === 'day' ? 10 : precision === 'month' ? 7 : 4);
  return {
    ...base,
    kind: 'absolute',
    value,
    precision,
    inferred: parts.filter((part) => !certain(part)),
  };
}

/** The shift from `from` to `to` in the unit the phrase names ("a few hours" → PT3H). */
function offsetOf(
  from: Temporal.PlainDateTime,
  to: Temporal.PlainDateTime,
  phrase: string,
): string {
  const unit = /hour|morning|evening/i.test(phrase)
    ? 'hours'
    : /week/i.test(phrase)
      ? 'weeks'
      : /month/i.test(phrase)
        ? 'months'
        : /year/i.test(phrase)
          ? 'years'
          : 'days';
  const duration = from.until(to, {
    largestUnit: unit,
    smallestUnit: unit === 'weeks' || unit === 'days' ? 'days' : unit,
    roundingMode: 'halfExpand',
  });
  return duration.sign < 0 ? duration.negated().toString() : duration.toString();
}
