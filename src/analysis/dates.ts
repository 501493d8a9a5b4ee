import { Temporal } from 'temporal-polyfill';

/** How much of a date the text commits to. */
export type Precision = 'year' | 'month' | 'day';

/** A date at a stated precision: `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface DateValue {
  value: string;
  precision: Precision;
}

type DateResult = { ok: true; value: DateValue } | { ok: false; error: string };

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/**
 * Reads a date written as `2026`, `2026-01` or `2026-01-19`; the form is the precision.
 * Validation is Temporal's, so impossible dates (`2026-02-30`) are refused.
 *
 * @example
 *   parseDateValue('2026-01')    // { ok: true, value: { value: '2026-01', precision: 'month' } }
 *   parseDateValue('2026-02-30') // { ok: false, error: '"2026-02-30" is not a real date …' }
 */
export function parseDateValue(input: string | number): DateResult {
  const text = String(input);
  const fix = 'write YYYY, YYYY-MM or YYYY-MM-DD (the form is the precision)';
  try {
    if (/^\d{4}$/.test(text)) return { ok: true, value: { value: text, precision: 'year' } };
    if (/^\d{4}-\d{2}$/.test(text)) {
      Temporal.PlainYearMonth.from(text, { overflow: 'reject' });
      return { ok: true, value: { value: text, precision: 'month' } };
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
      Temporal.PlainDate.from(text, { overflow: 'reject' });
      return { ok: true, value: { value: text, precision: 'day' } };
    }
  } catch {
    return { ok: false, error: `"${text}" is not a real date: ${fix}` };
  }
  return { ok: false, error: `"${text}" is not a date: ${fix}` };
}

/**
 * The duration pointing the other way: what `before:` counts back becomes an offset to add.
 *
 * @example
 *   negateDuration('P1D') // '-P1D'
 */
export function negateDuration(value: string): string {
  return Temporal.Duration.from(value).negated().toString();
}

/** Whether an ISO 8601 duration points back in time (`-P1D`). */
export function isNegativeDuration(value: string): boolean {
  return Temporal.Duration.from(value).sign < 0;
}

/**
 * Whether `value` is an ISO 8601 duration Temporal accepts (`P1D`, `PT3H`, `P1M`).
 *
 * @example
 *   isDuration('P1D') // true
 */
export function isDuration(value: string): boolean {
  try {
    Temporal.Duration.from(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The date `offset` after `anchor`, at the coarser of the anchor's precision and the offset's grain.
 * A shift the precision cannot express (a day after "January 2026") keeps the coarse date.
 *
 * @example
 *   addOffset({ value: '2026-01-06', precision: 'day' }, 'P1D') // { value: '2026-01-07', precision: 'day' }
 *   addOffset({ value: '2026-01-06', precision: 'day' }, 'PT3H') // same day
 */
export function addOffset(anchor: DateValue, offset: string): DateValue {
  const duration = Temporal.Duration.from(offset);
  if (anchor.precision === 'day') {
    // Time-of-day offsets ("within a few hours") stay on the anchor's day: the text gives no clock time.
    const days = Temporal.Duration.from({
      years: duration.years,
      months: duration.months,
      weeks: duration.weeks,
      days: duration.days,
    });
    return { value: Temporal.PlainDate.from(anchor.value).add(days).toString(), precision: 'day' };
  }
  if (anchor.precision === 'month') {
    const shifted = Temporal.PlainYearMonth.from(anchor.value).add({
      years: duration.years,
      months: duration.months,
    });
    return { value: shifted.toString(), precision: 'month' };
  }
  return { value: String(Number(anchor.value) + duration.years), precision: 'year' };
}

/** Orders two dates by their start; a coarser date sorts before a finer one on the same start. */
export function compareDates(a: DateValue, b: DateValue): number {
  const start = (d: DateValue): string =>
    d.precision === 'year'
      ? `${d.value}-00-00`
      : d.precision === 'month'
        ? `${d.value}-00`
        : d.value;
  const byStart = start(a).localeCompare(start(b));
  return byStart !== 0 ? byStart : PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}
