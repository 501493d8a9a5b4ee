import { describe, expect, test } from 'vitest';
import { buildDay, checkUpdates } from '../../../src/analysis/check-updates.ts';
import type { Update } from '../../../src/analysis/schema/updates.ts';
import { UpdateSchema } from '../../../src/analysis/schema/updates.ts';

const entry = (date: string, kind: Update['kind'], from?: Update['from']): Update => ({
  date,
  kind,
  ...(from ? { from } : {}),
  note: 'Something changed.',
});

describe('checkUpdates', () => {
  test('accepts a log newest first whose rating changes chain to the current status', () => {
    const log = [
      entry('2026-11-29', 'rating-change', 'unverified'),
      entry('2026-11-28', 'correction'),
      entry('2026-11-20', 'rating-change', 'disputed'),
    ];
    expect(
      checkUpdates(log, { status: 'supported', published: '2026-01-20', today: '2026-11-29' }),
    ).toEqual([]);
  });

  test('an entry dated after the injected today is in the future', () => {
    const problems = checkUpdates([entry('2026-11-30', 'update')], { today: '2026-11-29' });
    expect(problems).toEqual([
      { index: 0, field: 'date', message: expect.stringMatching(/^2026-11-30 is in the future/) },
    ]);
    expect(checkUpdates([entry('2026-11-30', 'update')], { today: '2026-11-30' })).toEqual([]);
  });

  test('a rating change from the status that followed it changes nothing', () => {
    const log = [
      entry('2026-11-29', 'rating-change', 'unverified'),
      entry('2026-11-20', 'rating-change', 'unverified'),
    ];
    expect(checkUpdates(log, { status: 'supported', today: '2026-11-30' })).toEqual([
      { index: 1, field: 'from', message: expect.stringContaining('"unverified" to "unverified"') },
    ]);
    expect(checkUpdates([log[0]!], { status: 'unverified', today: '2026-11-30' })).toHaveLength(1);
  });

  test('an article-level log may not hold a rating change', () => {
    const problems = checkUpdates([entry('2026-11-29', 'rating-change', 'false')], {
      today: '2026-11-30',
    });
    expect(problems.map((p) => p.field)).toEqual(['kind']);
  });

  test('the build day is a full ISO day', () => {
    expect(buildDay()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('UpdateSchema', () => {
  test('reads a bare YAML false as the status "false"', () => {
    const parsed = UpdateSchema.parse({
      date: '2026-11-29',
      kind: 'rating-change',
      from: false,
      note: 'x',
    });
    expect(parsed.from).toBe('false');
  });
});
