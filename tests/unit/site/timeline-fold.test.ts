import { describe, expect, test } from 'vitest';
import {
  EMBED_EVENT_LIMIT,
  ENTRY_HEIGHT,
  FOLD_AT,
  timelineEmbedPlan,
} from '../../../src/site/embed/timeline-fold.ts';
import { sliceAsDated } from '../../../src/render/timeline-groups.ts';

describe('timelineEmbedPlan', () => {
  test('a short timeline is listed whole, its height what it holds', () => {
    const plan = timelineEmbedPlan(1, { slope: false });
    expect(plan).toMatchObject({ shown: 1, open: 1 });
    expect(plan.height).toBeLessThan(FOLD_AT);
  });

  test.each([
    [5, false],
    [13, false],
    [13, true],
    [40, true],
  ])('%i events (slope chart: %s) fold behind "Show all", at least one open', (count, slope) => {
    const plan = timelineEmbedPlan(count, { slope });
    expect(plan.shown).toBe(Math.min(count, EMBED_EVENT_LIMIT));
    expect(plan.open).toBeGreaterThanOrEqual(1);
    expect(plan.open).toBeLessThan(plan.shown);
    // As many open as fit within FOLD_AT (one at least, even under a tall drawing), and the
    // stated height is what shows before "Show all", not the whole list.
    expect(plan.open === 1 || plan.height + ENTRY_HEIGHT > FOLD_AT).toBe(true);
    if (plan.open > 1) expect(plan.height).toBeLessThanOrEqual(FOLD_AT);
    expect(plan.height).toBeLessThan(FOLD_AT + (plan.shown - plan.open) * ENTRY_HEIGHT);
  });

  test('an empty timeline gets a small frame for its "No events."', () =>
    expect(timelineEmbedPlan(0, { slope: true })).toEqual({ shown: 0, open: 0, height: 200 }));
});

describe('sliceAsDated', () => {
  const order = { dated: ['a', 'b', 'c'], undated: ['x', 'y'] };

  test.each([
    [[0, 2], { dated: ['a', 'b'], undated: [] }],
    [[2], { dated: ['c'], undated: ['x', 'y'] }],
    [[3, 4], { dated: [], undated: ['x'] }],
    [undefined, order],
  ] as const)('%j', (slice, expected) =>
    expect(sliceAsDated(order, slice as [number, number?] | undefined)).toEqual(expected),
  );
});
