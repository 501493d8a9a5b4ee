import { describe, expect, it } from 'vitest';
import { inversions, slopeOrder } from '../../../../src/render/timeline-drawing/slope.ts';

describe('slopeOrder: the telling beside the calendar', () => {
  it('ranks events as told on the left and as dated on the right', () => {
    const lines = slopeOrder([
      { key: 'report', told: 1, time: 30 },
      { key: 'ban', told: 2, time: 10 },
      { key: 'protest', told: 3, time: 20 },
    ]);
    expect(lines).toEqual([
      { key: 'report', toldRank: 0, datedRank: 2 },
      { key: 'ban', toldRank: 1, datedRank: 0 },
      { key: 'protest', toldRank: 2, datedRank: 1 },
    ]);
    expect(inversions(lines)).toBe(2);
  });
  it('keeps the telling order for events of the same date, and puts undated events last', () => {
    const lines = slopeOrder([
      { key: 'earlier', told: 1, time: undefined },
      { key: 'a', told: 2, time: 5 },
      { key: 'b', told: 3, time: 5 },
    ]);
    expect(lines.map((l) => [l.key, l.datedRank])).toEqual([
      ['earlier', 2],
      ['a', 0],
      ['b', 1],
    ]);
  });
  it('sees no jumps in a telling that follows the calendar', () => {
    expect(inversions(slopeOrder([1, 2, 3].map((n) => ({ key: `e${n}`, told: n, time: n }))))).toBe(
      0,
    );
  });
});
