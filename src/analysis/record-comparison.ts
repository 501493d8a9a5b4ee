import { aboutPeriod, coarser, periodOfEdtf, relation, type Period } from './date-periods.ts';
import type { DateValue } from './dates.ts';
import {
  APPROXIMATION_TERMS,
  type Approximation,
  type DatePrecision,
  type RecordComparison,
} from './schema/vocabulary.ts';

/**
 * Which tolerance of the vocabulary the article's words are read with: a relative date takes the
 * term whose wording it uses ("within a few hours", "quickly"); any other approximate date takes
 * "about"; a plain date none.
 *
 * @example
 *   approximationOf('After a few days of silence', { relative: true, approximate: true }) // 'a-few-days'
 *   approximationOf('In 2026', { relative: false, approximate: false })                   // undefined
 */
export function approximationOf(
  words: string,
  date: { relative: boolean; approximate: boolean },
): Approximation | undefined {
  if (date.relative)
    for (const [key, term] of Object.entries(APPROXIMATION_TERMS))
      if (term.pattern?.test(words)) return key as Approximation;
  return date.approximate ? 'about' : undefined;
}

/** What the article states about an event's date, as the comparison reads it. */
export interface StatedDate {
  /** The days the article's words allow, tolerance included; undefined when it gives no date. */
  period: Period | undefined;
  /** The precision it commits to; undefined when it gives only an order ("after the ban"). */
  precision: DatePrecision | undefined;
}

/**
 * How the record's date stands to what the article states: it `confirms` it when it lies within
 * the article's period at the article's precision (or the record is the vaguer of the two and
 * agrees as far as it goes); it `refines` it when the article gives no date, only an order, or a
 * coarser date that contains the record's; it `contradicts` it when it lies outside.
 *
 * @example
 *   compareWithRecord({ period: { start: '2026-01-01', end: '2026-12-31' }, precision: 'year' },
 *     { value: '2026-01-06', precision: 'day', approximate: false }) // 'refines'
 */
export function compareWithRecord(
  stated: StatedDate,
  record: DateValue & { approximate: boolean },
): RecordComparison {
  if (!stated.period) return 'refines';
  const recorded = record.approximate ? aboutPeriod(record) : periodOfEdtf(record.value);
  const where = relation(recorded, stated.period);
  if (where === 'apart') return 'contradicts';
  if (stated.precision === undefined) return 'refines';
  return where === 'within' && coarser(stated.precision, record.precision) ? 'refines' : 'confirms';
}
