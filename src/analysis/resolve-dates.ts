import { addOffset, type DateValue } from './dates.ts';

/** What an event record says about its date, before resolution. */
export interface EventDateInput {
  date?: DateValue | undefined;
  approximate: boolean;
  /** Anchor event id for a relative date ("the next day"). */
  after?: string | undefined;
  /** ISO 8601 duration from the anchor; absent means "some time after". */
  offset?: string | undefined;
  /** The frontmatter field that named the anchor (`before:` is stored as a negated offset). */
  anchorField?: 'after' | 'before';
}

/** A resolved date; `relative` says it was computed from an anchor. */
interface ResolvedDate extends DateValue {
  approximate: boolean;
  relative?: { anchor: string; offset?: string | undefined };
}

interface DateProblem {
  id: string;
  kind: 'missing-anchor' | 'cycle';
  message: string;
}

/**
 * Resolves every event's date, following relative anchors. An event with no date and no anchor is
 * undated (`undefined`), never dropped. Missing anchors and cycles are reported, not guessed.
 *
 * @example
 *   resolveEventDates(new Map([
 *     ['ban', { date: { value: '2026-01-06', precision: 'day' }, approximate: false }],
 *     ['protest', { after: 'ban', offset: 'P1D', approximate: false }],
 *   ])).dates.get('protest') // { value: '2026-01-07', precision: 'day', approximate: false, relative: {...} }
 */
export function resolveEventDates(inputs: ReadonlyMap<string, EventDateInput>): {
  dates: Map<string, ResolvedDate | undefined>;
  problems: DateProblem[];
} {
  const dates = new Map<string, ResolvedDate | undefined>();
  const problems: DateProblem[] = [];
  const failed = new Set<string>();

  const resolve = (id: string, trail: string[]): ResolvedDate | undefined => {
    if (dates.has(id)) return dates.get(id);
    if (failed.has(id)) return undefined;
    const input = inputs.get(id);
    if (!input) return undefined;
    if (input.date) {
      const resolved: ResolvedDate = { ...input.date, approximate: input.approximate };
      dates.set(id, resolved);
      return resolved;
    }
    if (!input.after) {
      dates.set(id, undefined);
      return undefined;
    }
    if (trail.includes(input.after) || input.after === id) {
      const cycle = [...trail.slice(trail.indexOf(input.after)), id, input.after];
      problems.push({
        id,
        kind: 'cycle',
        message:
          `relative dates form a cycle: ${cycle.join(' → ')}; date one of these events absolutely (date: ` +
          'YYYY-MM-DD)',
      });
      for (const member of cycle) failed.add(member);
      return undefined;
    }
    if (!inputs.has(input.after)) {
      problems.push({
        id,
        kind: 'missing-anchor',
        message:
          `event "${id}" is dated ${input.anchorField ?? 'after'} "${input.after}", which is not an event ` +
          `of this article; add that event or fix "${input.anchorField ?? 'after'}"`,
      });
      failed.add(id);
      return undefined;
    }
    const anchor = resolve(input.after, [...trail, id]);
    if (failed.has(id)) return undefined;
    if (!anchor) {
      dates.set(id, undefined);
      return undefined;
    }
    const shifted = input.offset
      ? addOffset(anchor, input.offset)
      : { value: anchor.value, precision: anchor.precision };
    const resolved: ResolvedDate = {
      ...shifted,
      // "Some time after" with no offset only bounds the date; it is never exact.
      approximate: input.approximate || anchor.approximate || !input.offset,
      relative: { anchor: input.after, offset: input.offset },
    };
    dates.set(id, resolved);
    return resolved;
  };

  for (const id of inputs.keys()) resolve(id, []);
  return { dates, problems };
}
