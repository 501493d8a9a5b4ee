import { describe, expect, it } from 'vitest';
import { chooseTicks } from '../../../../src/render/timeline-drawing/ticks.ts';
import {
  packLanes,
  shorten,
  spreadLabels,
  textWidth,
} from '../../../../src/render/timeline-drawing/labels.ts';

describe('chooseTicks: the grain follows the range', () => {
  it('marks days across a fortnight, naming the year on the first', () => {
    const { unit, ticks } = chooseTicks(Date.UTC(2026, 0, 5), Date.UTC(2026, 0, 20), 8);
    expect(unit).toBe('day');
    expect(ticks[0]?.label).toBe('5 Jan 2026');
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks.map((t) => new Date(t.time).getUTCHours())).toEqual(ticks.map(() => 0));
  });
  it('marks months across half a year, on the first of each', () => {
    const { unit, ticks } = chooseTicks(Date.UTC(2025, 6, 1), Date.UTC(2026, 0, 20), 8);
    expect(unit).toBe('month');
    expect(ticks.map((t) => t.label)).toEqual([
      'Jul 2025',
      'Aug 2025',
      'Sep 2025',
      'Oct 2025',
      'Nov 2025',
      'Dec 2025',
      'Jan 2026',
    ]);
  });
  it('marks years across decades, fewer as room shrinks', () => {
    expect(chooseTicks(Date.UTC(1990, 0, 1), Date.UTC(2026, 0, 1), 10)).toMatchObject({
      unit: 'year',
    });
    expect(
      chooseTicks(Date.UTC(1990, 0, 1), Date.UTC(2026, 0, 1), 4).ticks.map((t) => t.label),
    ).toEqual(['1990', '2000', '2010', '2020']);
  });
  it('never gives more ticks than asked for', () => {
    for (const max of [1, 2, 3, 5, 9]) {
      expect(
        chooseTicks(Date.UTC(2025, 0, 1), Date.UTC(2026, 5, 1), max).ticks.length,
      ).toBeLessThanOrEqual(max);
    }
  });
});

describe('shorten: labels fit, the list keeps the full text', () => {
  it('leaves a short label alone', () => {
    expect(shorten('Japan protests', 20)).toBe('Japan protests');
  });
  it('cuts at a word boundary and marks the cut', () => {
    const short = shorten('China rejects Takaichi’s demand to revoke the controls', 25);
    expect(short).toBe('China rejects Takaichi’s…');
    expect(shorten('China rejects Takaichi’s demand to revoke the controls', 24)).toBe(
      'China rejects…',
    );
  });
  it('counts characters, not UTF-16 units', () => {
    expect([...shorten('日本政府は中国の輸出規制に抗議した', 6)].length).toBeLessThanOrEqual(6);
  });
});

describe('packLanes: labels in the same lane never overlap', () => {
  it('puts an overlapping item in a new lane and reuses a lane where there is room', () => {
    expect(
      packLanes(
        [
          { start: 0, end: 50 },
          { start: 40, end: 90 },
          { start: 60, end: 100 },
        ],
        4,
      ),
    ).toEqual([0, 1, 0]);
  });
  it('keeps the gap between neighbours', () => {
    expect(
      packLanes(
        [
          { start: 0, end: 50 },
          { start: 52, end: 90 },
        ],
        4,
      ),
    ).toEqual([0, 1]);
    expect(
      packLanes(
        [
          { start: 0, end: 50 },
          { start: 54, end: 90 },
        ],
        4,
      ),
    ).toEqual([0, 0]);
  });
  it('leaves no two spans of one lane overlapping, for many random spans', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 600;
    const spans = Array.from({ length: 80 }, () => {
      const start = random();
      return { start, end: start + 20 + random() / 4 };
    });
    const lanes = packLanes(spans, 6);
    spans.forEach((a, i) =>
      spans.forEach((b, j) => {
        if (i < j && lanes[i] === lanes[j])
          expect(a.end + 6 <= b.start || b.end + 6 <= a.start).toBe(true);
      }),
    );
  });
});

describe('spreadLabels: a column of labels near their marks', () => {
  it('leaves labels that have room where they want to be (centred on their mark)', () => {
    expect(spreadLabels([20, 100], [10, 10], 0)).toEqual([15, 95]);
  });
  it('spreads a crowd around its centre without overlap', () => {
    expect(spreadLabels([10, 12, 14], [10, 10, 10], 0)).toEqual([0, 10, 20]);
  });
  it('never starts before the minimum and keeps the order', () => {
    const at = spreadLabels([0, 0, 0, 50, 51], [18, 32, 18, 32, 18], 4);
    expect(at[0]).toBeGreaterThanOrEqual(4);
    at.slice(1).forEach((y, i) =>
      expect(y).toBeGreaterThanOrEqual((at[i] ?? 0) + ([18, 32, 18, 32][i] ?? 0) - 1e-9),
    );
  });
});

describe('textWidth', () => {
  it('grows with the text and the font size', () => {
    expect(textWidth('abcd', 12)).toBeGreaterThan(textWidth('abc', 12));
    expect(textWidth('abc', 14)).toBeGreaterThan(textWidth('abc', 12));
  });
});
