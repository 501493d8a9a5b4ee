import { describe, expect, it } from 'vitest';
import { dateExtent } from '../../../../src/render/timeline-drawing/extent.ts';
import { brokenTimeScale, clusterExtents } from '../../../../src/render/timeline-drawing/scale.ts';

const day = (value: string) => dateExtent({ value, precision: 'day' });
const month = (value: string) => dateExtent({ value, precision: 'month' });

describe('dateExtent: a date covers the time its precision allows', () => {
  it('a day is one day', () => {
    expect(day('2026-01-06')).toEqual({ start: Date.UTC(2026, 0, 6), end: Date.UTC(2026, 0, 7) });
  });
  it('a month runs from its first day to the first of the next, whatever its length', () => {
    expect(month('2024-02')).toEqual({ start: Date.UTC(2024, 1, 1), end: Date.UTC(2024, 2, 1) });
    expect(month('2025-12')).toEqual({ start: Date.UTC(2025, 11, 1), end: Date.UTC(2026, 0, 1) });
  });
  it('a year runs from 1 January to the next 1 January', () => {
    expect(dateExtent({ value: '2026', precision: 'year' })).toEqual({
      start: Date.UTC(2026, 0, 1),
      end: Date.UTC(2027, 0, 1),
    });
  });
});

describe('clusterExtents: which empty stretches are cut', () => {
  it('keeps dates a few days apart together', () => {
    expect(clusterExtents([day('2026-01-06'), day('2026-01-12'), day('2026-01-19')])).toHaveLength(
      1,
    );
  });
  it('cuts the months between July 2025 and January 2026', () => {
    const clusters = clusterExtents([month('2025-07'), day('2026-01-06'), day('2026-01-19')]);
    expect(clusters.map((c) => [new Date(c.start).toISOString().slice(0, 10), c.count])).toEqual([
      ['2025-07-01', 1],
      ['2026-01-06', 2],
    ]);
  });
  it('never cuts a gap of a month or less, however short the rest', () => {
    expect(clusterExtents([day('2026-01-01'), day('2026-01-30')])).toHaveLength(1);
  });
});

describe('brokenTimeScale: dates to positions', () => {
  const scale = brokenTimeScale([month('2025-07'), day('2026-01-06'), day('2026-01-19')], {
    range: [0, 700],
    breakSize: 30,
  });

  it('draws one break for the one long gap, between the two stretches', () => {
    expect(scale.breaks).toHaveLength(1);
    const [first, second] = scale.segments;
    expect(scale.breaks[0]?.at).toBeGreaterThan(first?.to ?? 0);
    expect(scale.breaks[0]?.at).toBeLessThan(second?.from ?? 0);
    expect((second?.from ?? 0) - (first?.to ?? 0)).toBeCloseTo(30);
  });

  it('fills the range exactly', () => {
    expect(scale.segments[0]?.from).toBe(0);
    expect(scale.segments.at(-1)?.to).toBeCloseTo(700);
  });

  it('is proportional to time inside a stretch: equal durations, equal distances', () => {
    const x = (d: number) => scale.position(Date.UTC(2026, 0, d));
    expect(x(8) - x(6)).toBeCloseTo(x(12) - x(10));
    expect(x(19) - x(6)).toBeCloseTo((x(8) - x(6)) * 6.5);
  });

  it('keeps later dates further along, across the break', () => {
    const times = [
      Date.UTC(2025, 6, 1),
      Date.UTC(2025, 6, 31),
      Date.UTC(2026, 0, 6),
      Date.UTC(2026, 0, 19),
    ];
    const xs = times.map(scale.position);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('puts a time inside the cut gap at the break', () => {
    expect(scale.position(Date.UTC(2025, 9, 15))).toBeCloseTo(scale.breaks[0]?.at ?? NaN);
  });

  it('with countWeight, gives a crowded stretch more room but keeps time proportional inside it', () => {
    const extents = [
      month('2025-07'),
      ...[6, 7, 11, 12, 15, 19].map((d) => day(`2026-01-${String(d).padStart(2, '0')}`)),
    ];
    const plain = brokenTimeScale(extents, { range: [0, 700] });
    const weighted = brokenTimeScale(extents, { range: [0, 700], countWeight: 0.5 });
    const width = (s: typeof plain, i: number) =>
      (s.segments[i]?.to ?? 0) - (s.segments[i]?.from ?? 0);
    expect(width(weighted, 1)).toBeGreaterThan(width(plain, 1));
    const x = (d: number) => weighted.position(Date.UTC(2026, 0, d));
    expect(x(9) - x(7)).toBeCloseTo(x(17) - x(15));
  });
});
