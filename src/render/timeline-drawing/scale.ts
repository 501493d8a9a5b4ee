import type { Extent } from './extent.ts';
import { DAY } from './extent.ts';

/** A stretch of the axis that is drawn: time `start`–`end` maps linearly to pixels `from`–`to`. */
interface AxisSegment {
  start: number;
  end: number;
  from: number;
  to: number;
}

/** A cut in the axis: a stretch of time with nothing in it, drawn as a gap of fixed width. */
interface AxisBreak {
  /** Pixel centre of the gap. */
  at: number;
  /** The time left out. */
  start: number;
  end: number;
}

/** A time axis proportional to time within each stretch, with long empty stretches cut out. */
export interface BrokenScale {
  segments: AxisSegment[];
  breaks: AxisBreak[];
  /** Pixel position of an instant; instants inside a break map to the break's centre. */
  position: (time: number) => number;
}

interface ScaleOptions {
  /** Pixel range of the axis. */
  range: [number, number];
  /** Pixels given to each break. */
  breakSize?: number;
  /** An empty stretch is cut when longer than this share of the whole span (and than 31 days). */
  gapShare?: number;
  /**
   * How much of the room goes by the number of dates in each stretch rather than by its length
   * (0 to 1). Inside a stretch time stays proportional; a crowded fortnight beside a quiet month
   * gets room for its marks.
   */
  countWeight?: number;
}

/**
 * Merges overlapping extents and groups them into clusters separated by gaps long enough to cut:
 * longer than `gapShare` of the whole span and than a month, so a few quiet days are never cut.
 */
export function clusterExtents(
  extents: readonly Extent[],
  gapShare = 0.25,
): (Extent & { count: number })[] {
  const sorted = [...extents].sort((a, b) => a.start - b.start || a.end - b.end);
  const first = sorted[0];
  if (!first) return [];
  const span = Math.max(...sorted.map((e) => e.end)) - first.start;
  const minGap = Math.max(span * gapShare, 31 * DAY);
  const clusters = [{ start: first.start, end: first.end, count: 1 }];
  for (const extent of sorted.slice(1)) {
    const last = clusters.at(-1) as Extent & { count: number };
    if (extent.start - last.end > minGap)
      clusters.push({ start: extent.start, end: extent.end, count: 1 });
    else {
      last.end = Math.max(last.end, extent.end);
      last.count++;
    }
  }
  return clusters;
}

/**
 * A scale over the extents: each cluster is drawn proportional to time (by default all at one
 * rate; see `countWeight`), with a little padding so a lone day is not a single pixel, and each
 * gap between clusters becomes a break of `breakSize` pixels.
 *
 * @example
 *   brokenTimeScale([july2025, jan2026], { range: [0, 700] }).breaks.length // 1
 */
export function brokenTimeScale(extents: readonly Extent[], options: ScaleOptions): BrokenScale {
  const { range, breakSize = 28, gapShare = 0.25, countWeight = 0 } = options;
  const clusters = clusterExtents(extents, gapShare);
  if (clusters.length === 0) {
    const now = Date.UTC(2000, 0, 1);
    clusters.push({ start: now, end: now + DAY, count: 1 });
  }
  const kept = clusters.reduce((sum, c) => sum + (c.end - c.start), 0);
  // Padding on both sides of each cluster: 4% of the time kept, at least a day.
  const pad = Math.max(kept * 0.04, DAY);
  const padded = clusters.map((c) => ({ start: c.start - pad, end: c.end + pad, count: c.count }));
  const total = padded.reduce((sum, c) => sum + (c.end - c.start), 0);
  const count = padded.reduce((sum, c) => sum + c.count, 0);
  const pixels = range[1] - range[0] - breakSize * (padded.length - 1);
  const segments: AxisSegment[] = [];
  const breaks: AxisBreak[] = [];
  let cursor = range[0];
  padded.forEach((c, i) => {
    const share = (1 - countWeight) * ((c.end - c.start) / total) + countWeight * (c.count / count);
    const to = cursor + share * pixels;
    segments.push({ start: c.start, end: c.end, from: cursor, to });
    cursor = to;
    const next = padded[i + 1];
    if (next) {
      breaks.push({ at: cursor + breakSize / 2, start: c.end, end: next.start });
      cursor += breakSize;
    }
  });
  const rateOf = (s: AxisSegment): number => (s.to - s.from) / (s.end - s.start);
  const position = (time: number): number => {
    for (const s of segments) {
      if (time <= s.end) {
        if (time >= s.start) return s.from + (time - s.start) * rateOf(s);
        const gap = breaks.find((b) => b.end === s.start);
        return gap ? gap.at : s.from - (s.start - time) * rateOf(s);
      }
    }
    const last = segments.at(-1) as AxisSegment;
    return last.to + (time - last.end) * rateOf(last);
  };
  return { segments, breaks, position };
}
