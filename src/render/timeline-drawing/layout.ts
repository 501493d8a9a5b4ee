import type { DrawingEvent } from './drawing-events.ts';
import { DAY, dateExtent, type Extent } from './extent.ts';
import { brokenTimeScale, type BrokenScale } from './scale.ts';
import { utcFormat } from 'd3-time-format';
import { chooseTicks, type Tick } from './ticks.ts';

const monthLabel = utcFormat('%b %Y');
import { packLanes, spreadLabels, textWidth, wrapText } from './labels.ts';

/** A mark's place on the axis: its extent in pixels and its centre. */
export interface MarkPlace {
  from: number;
  to: number;
  centre: number;
  precision: 'day' | 'month' | 'year';
  approximate: boolean;
  /** The extent runs past the drawn axis (a year bar beside day events). */
  clipped: { before: boolean; after: boolean };
}

/** An event placed in a drawing. */
export interface PlacedEvent {
  event: DrawingEvent;
  told: MarkPlace;
  documented: MarkPlace | undefined;
  /** Lane (horizontal drawing) or label slot; the cross-axis position of the marks. */
  cross: number;
  /**
   * Label: its lines (the summary's at `FONT`, from `small` on the date's and the record's at
   * `SMALL`), where it starts, and on which side of the marks; `below`: under the marks, where
   * neither side has room.
   */
  label: {
    lines: string[];
    small: number;
    at: number;
    cross: number;
    side: 'after' | 'before' | 'below';
  };
}

/** The axis of a drawing: its scale, ticks per segment, and where it runs. */
interface AxisPlace {
  scale: BrokenScale;
  ticks: Tick[];
  /** Segments too short for a tick, named at their middle instead. */
  segmentLabels: Tick[];
}

/**
 * How much time a stretch of the axis spans, in words: the stretches between breaks are each to
 * their own scale, so each says what it covers.
 *
 * @example
 *   spanWords({ start: Date.UTC(2026, 0, 6), end: Date.UTC(2026, 0, 26) }) // '20 days'
 */
export function spanWords(segment: { start: number; end: number }): string {
  const days = Math.max(1, Math.round((segment.end - segment.start) / DAY));
  if (days < 62) return `${days} day${days === 1 ? '' : 's'}`;
  const months = Math.round(days / 30.44);
  if (months < 24) return `${months} months`;
  return `${Math.round(days / 365.25)} years`;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axis: AxisPlace;
  /** Cross-axis position of the axis line. */
  axisAt: number;
  placed: PlacedEvent[];
  undated: DrawingEvent[];
  /** Cross-axis start of the undated lane. */
  undatedAt: number;
}

/** Font sizes of labels and of the smaller words (ticks, legend, second lines), in CSS pixels. */
export const FONT = 13;
export const SMALL = 12;
/** From a label's first line to its second. */
export const LINE = 15;
const LANE = 38;

/** A label's words: the summary (a relative date's phrase first), then how the date is known. */
export function labelWords(event: DrawingEvent): { summary: string; how: string | undefined } {
  // A relative date's phrase leads the label, beside the connector's end; then the record, which
  // a reader must not miss where the article's date is wrong.
  const summary = event.relative ? `${event.relative.phrase}: ${event.summary}` : event.summary;
  const record = recordWords(event);
  const how =
    record ??
    (event.date?.approximate
      ? event.relative
        ? 'approximately'
        : event.date.words
      : event.date?.precision === 'year'
        ? event.date.words
        : undefined);
  return { summary, how };
}

/**
 * A label's lines within `width` pixels: every word, wrapped, never cut (the summary at `FONT`,
 * then from `small` on how the date is known, at `SMALL`).
 */
function labelLines(event: DrawingEvent, width: number): { lines: string[]; small: number } {
  const { summary, how } = labelWords(event);
  const lines = wrapText(summary, width, FONT);
  return { lines: [...lines, ...(how ? wrapText(how, width, SMALL) : [])], small: lines.length };
}

/** Height of a label's lines. */
export const labelHeight = (label: { lines: string[] }): number => label.lines.length * LINE;

/**
 * What a label says of the record, where it says more than the mark: a contradiction ("the record
 * puts it on …") or a refinement ("the article gives 2026; the record: …"); a confirmation, none.
 */
function recordWords(event: DrawingEvent): string | undefined {
  if (!event.record || event.record.comparison === 'confirms') return undefined;
  const words = event.record.words.replace(/\.$/, '');
  return words.charAt(0).toLowerCase() + words.slice(1);
}

/** Width of a label's widest line. */
const lineWidth = (label: { lines: string[]; small: number }): number =>
  Math.max(...label.lines.map((line, i) => textWidth(line, i < label.small ? FONT : SMALL)));

/** The widest a label grows beside its marks before it wraps. */
const LABEL_WIDTH = 300;

/**
 * The time the axis must show: every day- and month-precision date, told or documented. Year-only
 * dates join only when there is nothing finer, so one "2026" does not squeeze a fortnight of days
 * into a sliver; their bars are then drawn clipped at the axis' ends.
 */
function axisExtents(events: readonly DrawingEvent[]): Extent[] {
  const dates = events.flatMap((e) => [e.date, e.documented].filter((d) => d !== undefined));
  const fine = dates.filter((d) => d.precision !== 'year');
  return (fine.length > 0 ? fine : dates).map(dateExtent);
}

/** Where a date's mark goes on an axis: its extent in pixels, clamped to the drawn range. */
export function markPlace(
  date: NonNullable<DrawingEvent['date']>,
  scale: BrokenScale,
  range: [number, number],
): MarkPlace {
  const extent = dateExtent(date);
  const clamp = (x: number): number => Math.min(range[1], Math.max(range[0], x));
  const rawFrom = scale.position(extent.start);
  const rawTo = scale.position(extent.end);
  const from = clamp(rawFrom);
  const to = clamp(rawTo);
  return {
    from,
    to,
    centre: date.precision === 'day' ? (from + to) / 2 : (from + to) / 2,
    precision: date.precision,
    approximate: date.approximate,
    clipped: { before: rawFrom < range[0], after: rawTo > range[1] },
  };
}

/**
 * Drops axis labels that would crowd the one before (a tick at a segment's end and the next
 * segment's first, for instance): each keeps at least `spacing` pixels.
 */
function thinTicks(
  ticks: readonly Tick[],
  position: (time: number) => number,
  spacing: number,
): Tick[] {
  const kept: Tick[] = [];
  for (const tick of [...ticks].sort((a, b) => a.time - b.time)) {
    const last = kept.at(-1);
    if (!last || position(tick.time) - position(last.time) >= spacing) kept.push(tick);
  }
  return kept;
}

/** The axis for some events over a pixel range: scale, ticks at least `tickSpacing` apart. */
export function axisPlace(
  events: readonly DrawingEvent[],
  range: [number, number],
  tickSpacing: number,
): AxisPlace {
  const scale = brokenTimeScale(axisExtents(events), { range, countWeight: 0.5 });
  const ticks: Tick[] = [];
  const segmentLabels: Tick[] = [];
  for (const segment of scale.segments) {
    const room = Math.floor((segment.to - segment.from) / tickSpacing);
    const chosen = room > 0 ? chooseTicks(segment.start, segment.end, room).ticks : [];
    if (chosen.length > 0) ticks.push(...chosen);
    else {
      const middle = (segment.start + segment.end) / 2;
      segmentLabels.push({ time: middle, label: monthLabel(new Date(middle)) });
    }
  }
  const thin = thinTicks([...ticks, ...segmentLabels], scale.position, tickSpacing * 0.8);
  const keep = new Set(thin);
  return {
    scale,
    ticks: ticks.filter((t) => keep.has(t)),
    segmentLabels: segmentLabels.filter((t) => keep.has(t)),
  };
}

const byDate = (a: PlacedEvent, b: PlacedEvent): number =>
  a.told.from - b.told.from || a.told.to - b.told.to || a.event.told - b.event.told;

/**
 * The horizontal drawing: time runs left to right across `width`; each event sits in the first
 * lane where its marks and label overlap nothing; the label goes after the marks, or before them
 * where the right edge is near, shortened to the room there is.
 */
export function horizontalLayout(events: readonly DrawingEvent[], width = 640): TimelineLayout {
  const margin = 12;
  const range: [number, number] = [margin, width - margin];
  const dated = events.filter((e) => e.date !== undefined);
  // Undated events' record dates are on the axis too: their arrows run from the undated lane to them.
  const axis = axisPlace(events, range, 84);
  const placed = dated
    .map((event): PlacedEvent => {
      const told = markPlace(event.date as NonNullable<DrawingEvent['date']>, axis.scale, range);
      const documented = event.documented && markPlace(event.documented, axis.scale, range);
      const lo = Math.min(told.from, documented?.from ?? Infinity) - 7;
      const hi = Math.max(told.to, documented?.to ?? -Infinity) + 7;
      const after = range[1] - hi - 4;
      const before = lo - range[0] - 4;
      const beside = Math.max(after, before);
      // Beside the marks where a side has room for a label of some width, else under them.
      const side: PlacedEvent['label']['side'] =
        beside < 160 ? 'below' : after >= Math.min(LABEL_WIDTH, before) ? 'after' : 'before';
      const room = side === 'after' ? after : side === 'before' ? before : range[1] - range[0];
      const { lines, small } = labelLines(event, Math.min(LABEL_WIDTH, room));
      const width = lineWidth({ lines, small });
      const at =
        side === 'after'
          ? hi + 4
          : side === 'before'
            ? lo - 4
            : Math.max(range[0], Math.min(lo + 7, range[1] - width));
      return { event, told, documented, cross: 0, label: { lines, small, at, cross: 0, side } };
    })
    .sort(byDate);
  const spans = placed.map((p) => {
    const w = lineWidth(p.label);
    const lo = Math.min(p.told.from, p.documented?.from ?? Infinity) - 7;
    const hi = Math.max(p.told.to, p.documented?.to ?? -Infinity) + 7;
    if (p.label.side === 'before') return { start: p.label.at - w, end: hi };
    return { start: Math.min(lo, p.label.at), end: Math.max(hi, p.label.at + w) };
  });
  const lanes = packLanes(spans, 8);
  const top = 8;
  const laneCount = Math.max(0, ...lanes.map((l) => l + 1));
  // A lane is as tall as its tallest label (under its marks, the marks' height more); lanes
  // start where the ones above end.
  const heights = Array.from({ length: laneCount }, (_, lane) =>
    Math.max(
      LANE,
      ...placed
        .filter((_, i) => lanes[i] === lane)
        .map((p) => labelHeight(p.label) + 8 + (p.label.side === 'below' ? 16 : 0)),
    ),
  );
  const laneTop = heights.map((_, lane) => top + heights.slice(0, lane).reduce((a, b) => a + b, 0));
  for (const [i, p] of placed.entries()) {
    p.cross = (laneTop[lanes[i] as number] as number) + 9;
    p.label.cross = p.label.side === 'below' ? p.cross + 16 : p.cross;
  }
  const axisAt = top + heights.reduce((a, b) => a + b, 0) + 4;
  const undated = events.filter((e) => e.date === undefined);
  // Below the axis: its tick labels, then each segment's span.
  const undatedAt = axisAt + 48;
  const height = undatedAt + undatedHeight(undated, width) + 34;
  return { width, height, axis, axisAt, placed, undated, undatedAt };
}

/**
 * The vertical drawing, for narrow screens: time runs down an axis near the left edge; labels sit
 * to its right as close to their marks as they can without overlapping, joined to them by a line.
 */
export function verticalLayout(events: readonly DrawingEvent[], width = 288): TimelineLayout {
  const axisAt = 84;
  const labelAt = 112;
  const dated = events.filter((e) => e.date !== undefined);
  const sized = dated.map((event) => {
    const label = labelLines(event, width - labelAt - 4);
    return { event, label, size: labelSize(label) };
  });
  const top = 14;
  const length = Math.max(240, sized.reduce((s, x) => s + x.size, 0) * 1.4);
  const range: [number, number] = [top, top + length];
  const axis = axisPlace(dated, range, 28);
  const placed = sized
    .map(({ event, label }): PlacedEvent => {
      const told = markPlace(event.date as NonNullable<DrawingEvent['date']>, axis.scale, range);
      const documented = event.documented && markPlace(event.documented, axis.scale, range);
      return {
        event,
        told,
        documented,
        cross: axisAt,
        label: { ...label, at: labelAt, cross: 0, side: 'after' },
      };
    })
    .sort(byDate);
  const sizes = placed.map((p) => labelSize(p.label));
  const starts = spreadLabels(
    placed.map((p) => p.told.centre),
    sizes,
    4,
  );
  for (const [i, p] of placed.entries()) {
    p.label.cross = (starts[i] as number) + (sizes[i] as number) / 2;
    // A bar's glyph may stand anywhere on it: beside its label, so stacked bars stay readable.
    if (p.told.precision !== 'day')
      p.told.centre = Math.min(p.told.to - 4, Math.max(p.told.from + 4, p.label.cross));
  }
  const last = Math.max(0, ...starts.map((start, i) => start + (sizes[i] as number)));
  const undated = events.filter((e) => e.date === undefined);
  const undatedAt = Math.max(range[1], last) + 30;
  const height = undatedAt + undatedHeight(undated, width) + 34;
  return { width, height, axis, axisAt, placed, undated, undatedAt };
}

/** Height a label takes in the narrow drawing: its lines and a gap. */
const labelSize = (label: { lines: string[] }): number => labelHeight(label) + 6;

/** An undated event's summary, wrapped to the drawing's width beside its glyph. */
export const undatedLines = (event: DrawingEvent, width: number): string[] =>
  wrapText(event.summary, width - 24 - 18, FONT);

/**
 * Height of one row of the undated lane: its summary's lines (an event there has no record
 * either: a record that dates it puts it on the axis).
 */
export const undatedRowHeight = (lines: readonly string[]): number => lines.length * LINE + 5;

/** Height of the undated lane: its heading and its rows. */
const undatedHeight = (undated: readonly DrawingEvent[], width: number): number =>
  undated.length > 0
    ? 22 + undated.reduce((sum, e) => sum + undatedRowHeight(undatedLines(e, width)), 0)
    : 0;

export type { Extent };
