import type { DateValue } from '../../analysis/dates.ts';

/** A span of time in UTC milliseconds, `end` exclusive. */
export interface Extent {
  start: number;
  end: number;
}

const DAY = 86_400_000;

/**
 * The stretch of time a date at its precision covers: a day, a whole month or a whole year. The
 * drawing shows this as the mark's extent, so a month-precision date is a bar across its month.
 *
 * @example
 *   dateExtent({ value: '2026-01', precision: 'month' }) // { start: Date.UTC(2026, 0), end: Date.UTC(2026, 1) }
 */
export function dateExtent(date: DateValue): Extent {
  const [year, month = 1, day = 1] = date.value.split('-').map(Number) as [
    number,
    number?,
    number?,
  ];
  const start = Date.UTC(year, month - 1, day);
  if (date.precision === 'day') return { start, end: start + DAY };
  if (date.precision === 'month') return { start, end: Date.UTC(year, month, 1) };
  return { start, end: Date.UTC(year + 1, 0, 1) };
}

export { DAY };
