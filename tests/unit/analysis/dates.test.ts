import { describe, expect, test } from 'vitest';
import { addOffset, compareDates, parseDateValue } from '../../../src/analysis/dates.ts';
import { resolveEventDates } from '../../../src/analysis/resolve-dates.ts';

describe('parseDateValue', () => {
  test.each([
    ['2026', 'year'],
    [2026, 'year'],
    ['2026-01', 'month'],
    ['2026-01-19', 'day'],
    ['2024-02-29', 'day'],
  ] as const)('reads %s at %s precision', (input, precision) => {
    expect(parseDateValue(input)).toEqual({ ok: true, value: { value: String(input), precision } });
  });

  test.each(['2026-02-30', '2025-02-29', '2026-13', '2026-00-10', 'January 2026', '26-01-19'])(
    'refuses %s with the forms it accepts',
    (input) => {
      const result = parseDateValue(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toContain('YYYY, YYYY-MM or YYYY-MM-DD');
    },
  );
});

describe('addOffset', () => {
  test('adds a day to a day', () =>
    expect(addOffset({ value: '2026-01-31', precision: 'day' }, 'P1D')).toEqual({
      value: '2026-02-01',
      precision: 'day',
    }));
  test('keeps "within a few hours" on the same day', () =>
    expect(addOffset({ value: '2026-01-06', precision: 'day' }, 'PT3H')).toEqual({
      value: '2026-01-06',
      precision: 'day',
    }));
  test('a day after a month stays in that month', () =>
    expect(addOffset({ value: '2026-01', precision: 'month' }, 'P1D')).toEqual({
      value: '2026-01',
      precision: 'month',
    }));
  test('a month after a month moves on', () =>
    expect(addOffset({ value: '2026-12', precision: 'month' }, 'P1M')).toEqual({
      value: '2027-01',
      precision: 'month',
    }));
});

describe('compareDates', () => {
  test('orders by start, coarser first', () => {
    const dates = [
      { value: '2026-01-07', precision: 'day' },
      { value: '2026', precision: 'year' },
      { value: '2025-07', precision: 'month' },
      { value: '2026-01', precision: 'month' },
    ] as const;
    expect([...dates].sort(compareDates).map((d) => d.value)).toEqual([
      '2025-07',
      '2026',
      '2026-01',
      '2026-01-07',
    ]);
  });
});

describe('resolveEventDates', () => {
  const day = (value: string) => ({ value, precision: 'day' as const });

  test('chains relative dates through their anchors', () => {
    const { dates, problems } = resolveEventDates(
      new Map([
        ['ban', { date: day('2026-01-06'), approximate: false }],
        ['protest', { after: 'ban', offset: 'PT3H', approximate: true }],
        ['statement', { after: 'protest', offset: 'P1D', approximate: false }],
      ]),
    );
    expect(problems).toEqual([]);
    expect(dates.get('protest')).toEqual({
      value: '2026-01-06',
      precision: 'day',
      approximate: true,
      relative: { anchor: 'ban', offset: 'PT3H' },
    });
    expect(dates.get('statement')).toMatchObject({ value: '2026-01-07', approximate: true });
  });

  test('"some time after" with no offset is approximate', () => {
    const { dates } = resolveEventDates(
      new Map([
        ['a', { date: day('2026-01-06'), approximate: false }],
        ['b', { after: 'a', approximate: false }],
      ]),
    );
    expect(dates.get('b')).toMatchObject({ value: '2026-01-06', approximate: true });
  });

  test('an event with neither date nor anchor is undated, not dropped', () => {
    const { dates } = resolveEventDates(new Map([['x', { approximate: false }]]));
    expect(dates.has('x')).toBe(true);
    expect(dates.get('x')).toBeUndefined();
  });

  test('reports a missing anchor', () => {
    const { problems } = resolveEventDates(
      new Map([['a', { after: 'ghost', offset: 'P1D', approximate: false }]]),
    );
    expect(problems).toEqual([expect.objectContaining({ id: 'a', kind: 'missing-anchor' })]);
  });

  test('reports a cycle once, naming its members', () => {
    const { problems, dates } = resolveEventDates(
      new Map([
        ['a', { after: 'b', offset: 'P1D', approximate: false }],
        ['b', { after: 'c', offset: 'P1D', approximate: false }],
        ['c', { after: 'a', offset: 'P1D', approximate: false }],
      ]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('a → b → c → a');
    expect(dates.get('a')).toBeUndefined();
  });
});
