import { periodOfEdtf } from '../analysis/date-periods.ts';
import type { DateValue } from '../analysis/dates.ts';
import type { ArticleEvent } from '../analysis/schema/entries.ts';
import type { RecordComparison } from '../analysis/schema/vocabulary.ts';
import { bestKnownDate, dateOf } from '../analysis/timeline.ts';
import { joinSentences } from './join-sentences.ts';

const FORMATS = {
  day: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/**
 * A date at its real precision, as a reader says it: "19 January 2026", "January 2026", "2026".
 *
 * @example
 *   formatDate({ value: '2026-01', precision: 'month' }) // 'January 2026'
 */
export function formatDate(date: DateValue): string {
  if (date.precision === 'year') return date.value;
  const instant = new Date(
    `${date.precision === 'month' ? `${date.value}-01` : date.value}T00:00:00Z`,
  );
  return FORMATS[date.precision].format(instant);
}

/**
 * How the timeline states an event's date: precision, approximation and relative phrasing kept,
 * e.g. "about 6 January 2026", "the next day, 7 January 2026", "undated".
 */
export function describeEventDate(event: ArticleEvent): string {
  const date = dateOf(event);
  if (!date) return 'undated';
  const absolute = `${event.date.approximate ? 'about ' : ''}${formatDate(date)}`;
  if (!event.date.relative) return absolute;
  const phrase = event.date.asWritten.charAt(0).toLowerCase() + event.date.asWritten.slice(1);
  return `${phrase}, ${relativeWords(event) ?? absolute}`;
}

/**
 * A relative date by the period its words allow, where that is not one day: "6–7 January 2026"
 * for "within a few hours" of the 6th, "after 11 January 2026" for a bare "after".
 */
function relativeWords(event: ArticleEvent): string | undefined {
  if (event.date.period === undefined || !event.date.period.includes('/')) return undefined;
  if (event.date.approximation === 'about') return undefined;
  const { start, end } = periodOfEdtf(event.date.period);
  const day = (value: string): Date => new Date(`${value}T00:00:00Z`);
  if (start && end) return FORMATS.day.formatRange(day(start), day(end));
  if (start) return `after ${FORMATS.day.format(day(start))}`;
  return end ? `before ${FORMATS.day.format(day(end))}` : undefined;
}

/** The documented date, when the record differs from the article's telling; undefined otherwise. */
function documentedDifference(event: ArticleEvent): string | undefined {
  const { documented } = event;
  if (!documented) return undefined;
  const told = dateOf(event);
  const same = told && told.value === documented.value && told.precision === documented.precision;
  return same ? undefined : recordWords(documented);
}

const recordWords = (documented: NonNullable<ArticleEvent['documented']>): string =>
  `${documented.approximate ? 'about ' : ''}${formatDate(documented)}`;

/** What the article gives, as the refinement says it: "2026", "no date", "no date, only the order". */
function articleGives(event: ArticleEvent): string {
  if (!dateOf(event)) return 'no date';
  if (event.date.relative && event.date.relative.offset === undefined && !event.date.approximation)
    return 'no date, only the order';
  return describeEventDate(event);
}

/** "on 7 January 2026", "at about 24 September 2025", "in July 2025". */
const placed = (documented: NonNullable<ArticleEvent['documented']>): string =>
  `${documented.precision === 'day' ? (documented.approximate ? 'at' : 'on') : 'in'} ${recordWords(documented)}`;

/**
 * What a timeline says of the record's date, by how it stands to the article's: only a
 * contradiction is worded as a discrepancy (`emphasis`, the record's date shown strong); a
 * refinement is the record filling in the date; a confirmation says so. Then, unless `compact`,
 * the record's note. Undefined without a record.
 *
 * @example
 *   recordSentence(mofcomBan, { compact: true })
 *   // { comparison: 'refines', emphasis: false,
 *   //   lead: 'The article gives 2026; the record: 6 January 2026', rest: '.' }
 */
export function recordSentence(
  event: ArticleEvent,
  options: { compact: boolean },
): { comparison: RecordComparison; emphasis: boolean; lead: string; rest: string } | undefined {
  const { documented } = event;
  if (!documented) return undefined;
  const note = (first: string): string =>
    joinSentences([first, !options.compact && documented.note]);
  switch (documented.comparison) {
    case 'contradicts':
      return {
        comparison: 'contradicts',
        emphasis: true,
        lead: `The record puts it ${placed(documented)}`,
        rest: `, ${note(`not ${describeEventDate(event)} as the article has it.`)}`,
      };
    case 'refines':
      return {
        comparison: 'refines',
        emphasis: false,
        lead: `The article gives ${articleGives(event)}; the record: ${recordWords(documented)}`,
        rest: note('.'),
      };
    case 'confirms':
      return {
        comparison: 'confirms',
        emphasis: false,
        lead: `The record confirms it: ${recordWords(documented)}`,
        rest: note('.'),
      };
  }
}

/**
 * The date line of a timeline entry, filed under the best-known date: the record's where it
 * differs from the article's, with the article's own dating beside it (`article`), which says
 * when it gives the year only.
 *
 * @example
 *   eventDateLine(mofcomBan) // { datetime: '2026-01-06', text: '6 January 2026', article: '2026, month not stated' }
 */
export function eventDateLine(
  event: ArticleEvent,
): { datetime: string; text: string; article?: string } | undefined {
  const told = dateOf(event);
  const record = documentedDifference(event);
  const best = bestKnownDate(event);
  if (!best) return undefined;
  if (!record) return { datetime: best.value, text: describeEventDate(event) };
  const article = !told
    ? 'undated'
    : `${describeEventDate(event)}${told.precision === 'year' ? ', month not stated' : ''}`;
  return { datetime: best.value, text: record, article };
}

/**
 * The tally a timeline states, on its page, in its embed and inside its drawing; undefined where
 * no event has a record.
 *
 * @example
 *   tallySentence({ confirms: 7, refines: 4, contradicts: 1 })
 *   // "The record confirms 7 of the article's dates, refines 4 and contradicts 1."
 */
export function tallySentence(
  tally: Readonly<Record<RecordComparison, number>>,
  whose = "the article's",
): string | undefined {
  if (tally.confirms + tally.refines + tally.contradicts === 0) return undefined;
  const { confirms, refines, contradicts } = tally;
  return `The record confirms ${confirms} of ${whose} dates, refines ${refines} and contradicts ${contradicts}.`;
}
