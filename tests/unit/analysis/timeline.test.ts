import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/analysis/load-corpus.ts';
import { describeEventDate, formatDate } from '../../../src/render/event-dates.ts';
import { orderAsDated, orderAsTold } from '../../../src/analysis/timeline.ts';
import { SEED } from '../helpers/seed.ts';

describe('formatDate', () => {
  test.each([
    [{ value: '2026-01-19', precision: 'day' }, '19 January 2026'],
    [{ value: '2026-01', precision: 'month' }, 'January 2026'],
    [{ value: '2026', precision: 'year' }, '2026'],
  ] as const)('%o → %s', (date, text) => expect(formatDate(date)).toBe(text));
});

describe('the seed article', () => {
  const events = loadCorpus(SEED).events.filter((e) => e.article === 'japan-india-rare-earths');

  test('as told follows the text', () => {
    expect(orderAsTold(events).map((e) => e.told)).toEqual(events.map((_, i) => i + 1));
  });

  test('as dated is chronological and keeps undated events apart', () => {
    const { dated, undated } = orderAsDated(events);
    expect(dated.length + undated.length).toBe(events.length);
    const values = dated.map((e) => e.date.value ?? '');
    expect(values).toEqual([...values].sort());
  });

  test('relative dates say how they were reached', () => {
    const next = events.find((e) => e.date.relative?.offset === 'P1D');
    expect(next && describeEventDate(next)).toMatch(/^the next day, /);
  });
});
