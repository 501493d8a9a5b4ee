import { aboutPeriod, periodOfEdtf, widen, type Period } from './date-periods.ts';
import { addOffset, type DateValue } from './dates.ts';
import type { StatedDate } from './record-comparison.ts';
import { APPROXIMATION_TERMS, type Approximation } from './schema/vocabulary.ts';

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
  /** The record's date: events counted from this one count from it, the better-known date. */
  documented?: DateValue | undefined;
  /** The vocabulary's reading of the article's vague wording, if any. */
  approximation?: Approximation | undefined;
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

/** Where an anchor stands: the record's date where there is one, else the resolved one. */
interface AnchorDate {
  date: DateValue;
  approximate: boolean;
  stated: StatedDate;
}

/**
 * Resolves every event's date, following relative anchors, and states the period the article's
 * words allow (for the comparison with the record). A relative date counts from its anchor's
 * record where the anchor has one ("the next day" after a ban the record puts on 6 January is 7
 * January), else from the anchor's own resolved date. An event with no date and no anchor is
 * undated (`undefined`), never dropped. Missing anchors and cycles are reported, not guessed.
 *
 * @example
 *   resolveEventDates(new Map([
 *     ['ban', { date: { value: '2026', precision: 'year' }, approximate: false,
 *       documented: { value: '2026-01-06', precision: 'day' } }],
 *     ['protest', { after: 'ban', offset: 'P1D', approximate: false }],
 *   ])).dates.get('protest') // { value: '2026-01-07', precision: 'day', approximate: false, relative: {...} }
 */
export function resolveEventDates(inputs: ReadonlyMap<string, EventDateInput>): {
  dates: Map<string, ResolvedDate | undefined>;
  stated: Map<string, StatedDate>;
  problems: DateProblem[];
} {
  const dates = new Map<string, ResolvedDate | undefined>();
  const stated = new Map<string, StatedDate>();
  const problems: DateProblem[] = [];
  const failed = new Set<string>();
  const settle = (id: string, date: ResolvedDate | undefined, says: StatedDate) => {
    dates.set(id, date);
    stated.set(id, says);
    return date;
  };

  const resolve = (id: string, trail: string[]): ResolvedDate | undefined => {
    if (dates.has(id)) return dates.get(id);
    if (failed.has(id)) return undefined;
    const input = inputs.get(id);
    if (!input) return undefined;
    if (input.date) {
      const period = input.approximate ? aboutPeriod(input.date) : periodOfEdtf(input.date.value);
      return settle(
        id,
        { ...input.date, approximate: input.approximate },
        { period, precision: input.date.precision },
      );
    }
    if (!input.after) return settle(id, undefined, { period: undefined, precision: undefined });
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
    const anchorInput = inputs.get(input.after);
    if (!anchorInput) {
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
    const resolvedAnchor = resolve(input.after, [...trail, id]);
    if (failed.has(id)) return undefined;
    const anchor: AnchorDate | undefined = anchorInput.documented
      ? {
          date: anchorInput.documented,
          approximate: false,
          stated: { period: periodOfEdtf(anchorInput.documented.value), precision: undefined },
        }
      : resolvedAnchor && {
          date: resolvedAnchor,
          approximate: resolvedAnchor.approximate,
          stated: stated.get(input.after) ?? { period: undefined, precision: undefined },
        };
    if (!anchor) return settle(id, undefined, { period: undefined, precision: undefined });
    const shifted = input.offset
      ? addOffset(anchor.date, input.offset)
      : { value: anchor.date.value, precision: anchor.date.precision };
    const resolved: ResolvedDate = {
      ...shifted,
      // "Some time after" with no offset only bounds the date; it is never exact.
      approximate: input.approximate || anchor.approximate || !input.offset,
      relative: { anchor: input.after, offset: input.offset },
    };
    return settle(id, resolved, relativeStatement(input, anchor, shifted));
  };

  for (const id of inputs.keys()) resolve(id, []);
  return { dates, stated, problems };
}

/**
 * The period a relative date's words allow: the vocabulary's span for a vague phrase ("a few
 * days" after the anchor), the shifted date (widened if "about") for a counted one, and an open
 * span on the anchor's far side for a bare "after" or "before", which gives only an order.
 */
function relativeStatement(
  input: EventDateInput,
  anchor: AnchorDate,
  shifted: DateValue,
): StatedDate {
  const from = anchor.stated.period ?? periodOfEdtf(anchor.date.value);
  const backwards = input.anchorField === 'before';
  const term = input.approximation && APPROXIMATION_TERMS[input.approximation];
  if (term?.span) {
    const { from: near, to: far } = term.span;
    const period = backwards ? widen(from, far, `-${near}`) : widen(from, `-${near}`, far);
    return { period, precision: anchor.date.precision };
  }
  if (input.offset) {
    const period =
      input.approximation === 'about' || anchor.approximate
        ? aboutPeriod(shifted)
        : periodOfEdtf(shifted.value);
    return { period, precision: shifted.precision };
  }
  const period: Period = backwards
    ? { start: undefined, end: from.end }
    : { start: from.start, end: undefined };
  return { period, precision: undefined };
}
