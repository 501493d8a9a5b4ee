import edtf from 'edtf';
import { Temporal } from 'temporal-polyfill';
import type { DateValue } from './dates.ts';
import { APPROXIMATION_TERMS, type DatePrecision } from './schema/vocabulary.ts';

/**
 * A span of days, either end open (`undefined`): what a date covers, or what a phrase of the
 * article allows. Its EDTF form is the one written into the data.
 */
export interface Period {
  /** First day, `YYYY-MM-DD`; undefined when open ("before the meeting"). */
  start: string | undefined;
  /** Last day, `YYYY-MM-DD`; undefined when open ("after the ban"). */
  end: string | undefined;
}

const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * A date as EDTF (ISO 8601-2), as library and museum data write it: the precision is the form and
 * `~` marks it approximate.
 *
 * @example
 *   dateEdtf({ value: '2026-01-19', precision: 'day' }, true) // '2026-01-19~'
 */
export const dateEdtf = (date: DateValue, approximate: boolean): string =>
  `${date.value}${approximate ? '~' : ''}`;

/**
 * The first and last day an EDTF date or interval covers, read by the `edtf` parser: `2026` covers
 * 1 January to 31 December, `2025-07` the 31 days of July. `~` does not widen it: how far a vague
 * date may stray is the vocabulary's (`APPROXIMATION_TERMS`), not the format's.
 *
 * @example
 *   periodOfEdtf('2026') // { start: '2026-01-01', end: '2026-12-31' }
 */
export function periodOfEdtf(text: string): Period {
  const { min, max } = edtf(text);
  return {
    start: Number.isFinite(min) ? dayOf(min) : undefined,
    end: Number.isFinite(max) ? dayOf(max) : undefined,
  };
}

/**
 * A period as EDTF: the date itself where it covers exactly `date`, else an interval of days, an
 * open end written `..`.
 *
 * @example
 *   periodEdtf({ start: '2026-01-08', end: '2026-01-13' }) // '2026-01-08/2026-01-13'
 *   periodEdtf({ start: '2026-01-11', end: undefined })    // '2026-01-11/..'
 */
export function periodEdtf(period: Period, date?: DateValue): string {
  if (date) {
    const own = periodOfEdtf(date.value);
    if (own.start === period.start && own.end === period.end) return date.value;
  }
  return `${period.start ?? '..'}/${period.end ?? '..'}`;
}

/** The day `duration` after (or, negative, before) `day`. */
const shift = (day: string, duration: string): string =>
  Temporal.PlainDate.from(day).add(Temporal.Duration.from(duration)).toString();

/**
 * `period` widened by `before` at its start and `after` at its end (ISO 8601 durations); open
 * ends stay open.
 *
 * @example
 *   widen({ start: '2026-01-19', end: '2026-01-19' }, 'P3D', 'P3D') // { start: '2026-01-16', end: '2026-01-22' }
 */
export function widen(period: Period, before: string, after: string): Period {
  return {
    start: period.start && shift(period.start, Temporal.Duration.from(before).negated().toString()),
    end: period.end && shift(period.end, after),
  };
}

/**
 * What an "about" date covers: the vocabulary's tolerance either side of it, by its precision.
 *
 * @example
 *   aboutPeriod({ value: '2026-01-19', precision: 'day' }) // { start: '2026-01-16', end: '2026-01-22' }
 */
export function aboutPeriod(date: DateValue): Period {
  const either = APPROXIMATION_TERMS.about.either[date.precision];
  return widen(periodOfEdtf(date.value), either, either);
}

/** How a period lies against another: wholly inside, apart, or across an edge. */
export function relation(inner: Period, outer: Period): 'within' | 'apart' | 'overlaps' {
  const before = (a: string | undefined, b: string | undefined): boolean =>
    a !== undefined && b !== undefined && a < b;
  if (before(inner.end, outer.start) || before(outer.end, inner.start)) return 'apart';
  const startsIn =
    outer.start === undefined || (inner.start !== undefined && inner.start >= outer.start);
  const endsIn = outer.end === undefined || (inner.end !== undefined && inner.end <= outer.end);
  return startsIn && endsIn ? 'within' : 'overlaps';
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** Whether precision `a` is coarser than `b` (a year is coarser than a month). */
export const coarser = (a: DatePrecision, b: DatePrecision): boolean => RANK[a] < RANK[b];
