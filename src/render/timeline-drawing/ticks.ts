import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';

/** The grain of an axis' ticks, chosen by the range shown. */
type TickUnit = 'year' | 'month' | 'day';

export interface Tick {
  time: number;
  label: string;
}

interface Step {
  unit: TickUnit;
  interval: CountableTimeInterval;
  every: number;
}

// From the finest to the coarsest; the first that fits is used.
const LADDER: Step[] = [
  ...[1, 2, 7, 14].map((every) => ({ unit: 'day' as const, interval: utcDay, every })),
  ...[1, 2, 3, 6].map((every) => ({ unit: 'month' as const, interval: utcMonth, every })),
  ...[1, 2, 5, 10, 25, 50, 100].map((every) => ({
    unit: 'year' as const,
    interval: utcYear,
    every,
  })),
];

const withYear = utcFormat('%-d %b %Y');

const FORMATS: Record<TickUnit, (date: Date) => string> = {
  day: utcFormat('%-d %b'),
  month: utcFormat('%b %Y'),
  year: utcFormat('%Y'),
};

/**
 * Ticks for the time from `start` to `end`: days, months or years, whichever is the finest grain
 * that gives at most `maxTicks` ticks. Day ticks fall on days (or every 2nd, 7th, 14th day of the
 * month), month ticks on the 1st, year ticks on 1 January.
 *
 * @example
 *   chooseTicks(Date.UTC(2026, 0, 5), Date.UTC(2026, 0, 20), 4).unit // 'day'
 */
export function chooseTicks(
  start: number,
  end: number,
  maxTicks: number,
): { unit: TickUnit; ticks: Tick[] } {
  for (const step of LADDER) {
    const ticks = ticksOf(step, start, end);
    if (ticks.length <= Math.max(1, maxTicks)) return { unit: step.unit, ticks };
  }
  const last = LADDER.at(-1) as Step;
  return { unit: last.unit, ticks: ticksOf(last, start, end).slice(0, Math.max(1, maxTicks)) };
}

function ticksOf(step: Step, start: number, end: number): Tick[] {
  const interval =
    step.every === 1
      ? step.interval
      : step.unit === 'day'
        ? utcDay.filter((d) => (d.getUTCDate() - 1) % step.every === 0)
        : step.interval.every(step.every);
  if (!interval) return [];
  const ticks = interval
    .range(new Date(start), new Date(end))
    .map((d) => ({ time: d.getTime(), label: FORMATS[step.unit](d) }));
  // Day ticks name the year once, on the first, so a stretch of days is never without its year.
  const first = ticks[0];
  if (step.unit === 'day' && first) first.label = withYear(new Date(first.time));
  return ticks;
}
