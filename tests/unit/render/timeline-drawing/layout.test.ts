import { describe, expect, it } from 'vitest';
import type { DrawingEvent } from '../../../../src/render/timeline-drawing/drawing-events.ts';
import { dateExtent } from '../../../../src/render/timeline-drawing/extent.ts';
import { textWidth } from '../../../../src/render/timeline-drawing/labels.ts';
import {
  FONT,
  SMALL,
  horizontalLayout,
  verticalLayout,
  type PlacedEvent,
} from '../../../../src/render/timeline-drawing/layout.ts';

type Precision = 'day' | 'month' | 'year';
const dateOf = (value: string, approximate = false) => ({
  value,
  precision: (['year', 'month', 'day'] as const)[value.split('-').length - 1] as Precision,
  approximate,
  words: value,
});

let told = 0;
function event(
  id: string,
  date: string | undefined,
  more: Partial<DrawingEvent> = {},
): DrawingEvent {
  told++;
  return {
    key: `a/${id}`,
    href: `#event-${id}`,
    told,
    datedRank: told,
    summary: `${id} happened, as the article tells it at some length`,
    type: 'statement',
    date: date === undefined ? undefined : dateOf(date),
    documented: undefined,
    record: undefined,
    relative: undefined,
    emphasis: false,
    ...more,
  };
}

const seedLike = [
  event('report', '2026-01-19'),
  event('ban', '2026'),
  event('protest', '2026-01-06', { relative: { anchor: 'a/ban', phrase: 'within a few hours' } }),
  event('statement', '2026-01-07'),
  event('meeting', '2026-01-12'),
  event('remarks', '2026-01-11', {
    documented: dateOf('2025-09-24', true),
    record: { comparison: 'contradicts', words: 'The record puts it at about 2025-09-24.' },
  }),
  event('discovery', '2025-07'),
  event('earlier', '2025-11-07', {
    record: {
      comparison: 'refines',
      words: 'The article gives no date; the record: 2025-11-07.',
    },
  }),
  event('undated', undefined),
];

/** Each label's box in drawing coordinates (x0, y0, x1, y1). */
function labelBoxes(placed: PlacedEvent[], orientation: 'horizontal' | 'vertical') {
  return placed.map((p) => {
    const w = Math.max(
      ...p.label.lines.map((line, i) => textWidth(line, i < p.label.small ? FONT : SMALL)),
    );
    const h = p.label.lines.length * 15;
    const x0 = p.label.side === 'before' ? p.label.at - w : p.label.at;
    const y0 = orientation === 'horizontal' ? p.label.cross - 8 : p.label.cross - h / 2;
    return { x0, x1: x0 + w, y0, y1: y0 + h };
  });
}

const overlap = (
  a: ReturnType<typeof labelBoxes>[number],
  b: ReturnType<typeof labelBoxes>[number],
) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('horizontalLayout', () => {
  const layout = horizontalLayout(seedLike, 720);

  it('places marks left to right in date order', () => {
    const days = layout.placed.filter((p) => p.told.precision === 'day');
    const byDate = [...days].sort((a, b) =>
      (a.event.date?.value ?? '').localeCompare(b.event.date?.value ?? ''),
    );
    expect(days.map((p) => p.event.key)).toEqual(byDate.map((p) => p.event.key));
    days
      .slice(1)
      .forEach((p, i) => expect(p.told.centre).toBeGreaterThanOrEqual(days[i]?.told.centre ?? 0));
  });

  it('draws a month as a bar from its first day to the first of the next', () => {
    const discovery = layout.placed.find((p) => p.event.key === 'a/discovery');
    const { start, end } = dateExtent({ value: '2025-07', precision: 'month' });
    expect(discovery?.told.precision).toBe('month');
    expect(discovery?.told.from).toBeCloseTo(layout.axis.scale.position(start));
    expect(discovery?.told.to).toBeCloseTo(layout.axis.scale.position(end));
    // 31 days wide at the rate of its stretch
    const day =
      layout.axis.scale.position(Date.UTC(2025, 6, 11)) -
      layout.axis.scale.position(Date.UTC(2025, 6, 10));
    expect((discovery?.told.to ?? 0) - (discovery?.told.from ?? 0)).toBeCloseTo(31 * day);
  });

  it('draws a day as a point at the middle of its day', () => {
    const report = layout.placed.find((p) => p.event.key === 'a/report');
    const { start, end } = dateExtent({ value: '2026-01-19', precision: 'day' });
    expect(report?.told.centre).toBeCloseTo(
      (layout.axis.scale.position(start) + layout.axis.scale.position(end)) / 2,
    );
  });

  it('clips a year bar at the axis ends instead of squeezing the days into a sliver', () => {
    const ban = layout.placed.find((p) => p.event.key === 'a/ban');
    expect(ban?.told.clipped.after).toBe(true);
    expect(ban?.told.to).toBeLessThanOrEqual(708);
  });

  it('cuts the empty months between July 2025 and January 2026', () => {
    expect(layout.axis.scale.breaks.length).toBeGreaterThanOrEqual(1);
    const july = layout.axis.scale.position(Date.UTC(2025, 7, 1));
    const january = layout.axis.scale.position(Date.UTC(2026, 0, 6));
    expect(layout.axis.scale.breaks.some((b) => b.at > july && b.at < january)).toBe(true);
  });

  it('gives a contradicting record its own mark, and says so in the label', () => {
    const remarks = layout.placed.find((p) => p.event.key === 'a/remarks');
    expect(remarks?.documented?.precision).toBe('day');
    expect(remarks?.label.lines.slice(remarks.label.small).join(' ')).toBe(
      'the record puts it at about 2025-09-24',
    );
  });

  it('draws a refinement once, at the record’s date, its label saying what the article gave', () => {
    const earlier = layout.placed.find((p) => p.event.key === 'a/earlier');
    expect(earlier?.documented).toBeUndefined();
    expect(earlier?.label.lines.slice(earlier.label.small).join(' ')).toBe(
      'the article gives no date; the record: 2025-11-07',
    );
  });

  it('gives the offset phrase for a relative date', () => {
    expect(layout.placed.find((p) => p.event.key === 'a/protest')?.label.lines[0]).toMatch(
      /^within a few hours: /,
    );
  });

  it('keeps undated events out of the axis, in their own lane', () => {
    expect(layout.placed.map((p) => p.event.key)).not.toContain('a/undated');
    expect(layout.undated.map((e) => e.key)).toEqual(['a/undated']);
    expect(layout.undatedAt).toBeGreaterThan(layout.axisAt);
  });

  it('never lets two labels overlap, and keeps every label inside the drawing', () => {
    const boxes = labelBoxes(layout.placed, 'horizontal');
    boxes.forEach((a, i) => boxes.forEach((b, j) => i < j && expect(overlap(a, b)).toBe(false)));
    for (const box of boxes) {
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(720);
    }
  });

  it('still keeps labels apart when thirty events share a week', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => event(`c${i}`, `2026-01-0${(i % 7) + 1}`));
    const boxes = labelBoxes(horizontalLayout(crowd).placed, 'horizontal');
    boxes.forEach((a, i) => boxes.forEach((b, j) => i < j && expect(overlap(a, b)).toBe(false)));
  });

  it('puts the label under a bar that leaves no room beside it, every word of it', () => {
    const lone = horizontalLayout([event('alone', '2025-07')]);
    expect(lone.placed[0]?.label.side).toBe('below');
    expect(lone.placed[0]?.label.lines.join(' ')).toBe(
      'alone happened, as the article tells it at some length',
    );
  });
});

describe('verticalLayout', () => {
  const layout = verticalLayout(seedLike, 340);

  it('runs time downwards in date order', () => {
    const days = layout.placed.filter((p) => p.told.precision === 'day');
    days
      .slice(1)
      .forEach((p, i) => expect(p.told.centre).toBeGreaterThanOrEqual(days[i]?.told.centre ?? 0));
  });

  it('keeps labels apart, in date order, inside 340 px', () => {
    const boxes = labelBoxes(layout.placed, 'vertical');
    boxes.forEach((a, i) => boxes.forEach((b, j) => i < j && expect(overlap(a, b)).toBe(false)));
    boxes.forEach((box) => expect(box.x1).toBeLessThanOrEqual(340));
    const ys = layout.placed.map((p) => p.label.cross);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });
});
