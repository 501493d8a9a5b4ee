import { describe, expect, test } from 'vitest';
import { approximationOf, compareWithRecord } from '../../../src/analysis/record-comparison.ts';
import { APPROXIMATION_TERMS } from '../../../src/analysis/schema/vocabulary.ts';
import { parseFixture } from '../helpers/parse.ts';

const SOURCE = '{ url: "https://example.org/r", title: R, publisher: P, date: 2026-01-10 }';

/**
 * The event `answer` of a fixture whose words are `words`, dated by `fields`, with the record `record`;
 * beside it the anchor `ban`, which the article dates "2026" and the record 6 January 2026.
 */
function eventOf(words: string, fields: string, record: string) {
  const parsed = parseFixture(
    `:event[In 2026]{#ban} China banned exports. :event[${words}]{#answer} Japan answered.`,
    {},
    'events:\n' +
      `  ban: { summary: Ban, date: 2026, documented: { date: 2026-01-06, sources: [${SOURCE}] } }\n` +
      `  answer: { summary: Answer, ${fields}${fields ? ', ' : ''}` +
      `documented: { date: ${record}, sources: [${SOURCE}] } }\n`,
  );
  expect(parsed.file.messages.map((m) => m.reason)).toEqual([]);
  const event = parsed.events.find((x) => x.id === 'answer');
  if (!event) throw new Error('no event answer');
  return event;
}

type Case = [form: string, words: string, fields: string, record: string, comparison: string];

describe('the record confirms, refines or contradicts the article', () => {
  test.each<Case>([
    ['a year, the record a day in it', 'In 2026', 'date: 2026', '2026-03-02', 'refines'],
    ['a year, the record the same year', 'In 2026', 'date: 2026', '2026', 'confirms'],
    ['a year, the record outside it', 'In 2026', 'date: 2026', '2025-12-30', 'contradicts'],
    ['a month, the record a day in it', 'In July 2025', 'date: 2025-07', '2025-07-21', 'refines'],
    ['a month, the record the same month', 'In July 2025', 'date: 2025-07', '2025-07', 'confirms'],
    ['a month, the record the next', 'In July 2025', 'date: 2025-07', '2025-08-01', 'contradicts'],
    [
      'a day, the record the same day',
      'On 19 January',
      'date: 2026-01-19',
      '2026-01-19',
      'confirms',
    ],
    [
      'a day, the record three days off',
      'On 19 January',
      'date: 2026-01-19',
      '2026-01-16',
      'contradicts',
    ],
    [
      'a day, the record only its month',
      'On 19 January',
      'date: 2026-01-19',
      '2026-01',
      'confirms',
    ],
    [
      'a day, the record about three days off',
      'On 19 January',
      'date: 2026-01-19',
      '2026-01-22, approximate: true',
      'confirms',
    ],
    [
      'about a day, the record three days off',
      'About 19 January',
      'date: 2026-01-19, approximate: true',
      '2026-01-16',
      'confirms',
    ],
    [
      'about a day, the record four days off',
      'About 19 January',
      'date: 2026-01-19, approximate: true',
      '2026-01-15',
      'contradicts',
    ],
    [
      'the next day, counted from the anchor’s record',
      'The next day',
      'after: ban, offset: P1D',
      '2026-01-07',
      'confirms',
    ],
    [
      'the next day, the record a day later',
      'The next day',
      'after: ban, offset: P1D',
      '2026-01-08',
      'contradicts',
    ],
    [
      'a day before, counted back',
      'The day before',
      'before: ban, offset: P1D',
      '2026-01-05',
      'confirms',
    ],
    ['a bare "after", the record after the anchor', 'Later', 'after: ban', '2026-01-20', 'refines'],
    [
      'a bare "after", the record before the anchor',
      'Later',
      'after: ban',
      '2026-01-05',
      'contradicts',
    ],
    ['a bare "before", the record long before', 'Earlier', 'before: ban', '2025-11-07', 'refines'],
    [
      'within a few hours, the next day',
      'Within a few hours',
      'after: ban, offset: PT3H, approximate: true',
      '2026-01-07',
      'confirms',
    ],
    [
      'within a few hours, two days on',
      'Within a few hours',
      'after: ban, offset: PT3H, approximate: true',
      '2026-01-08',
      'contradicts',
    ],
    [
      'after a few days, a week on',
      'After a few days',
      'after: ban, offset: P3D, approximate: true',
      '2026-01-13',
      'confirms',
    ],
    [
      'after a few days, eight days on',
      'After a few days',
      'after: ban, offset: P3D, approximate: true',
      '2026-01-14',
      'contradicts',
    ],
    [
      'after a few days, the next day',
      'After a few days',
      'after: ban, offset: P3D, approximate: true',
      '2026-01-07',
      'contradicts',
    ],
    ['quickly, two weeks on', 'Quickly', 'after: ban', '2026-01-20', 'confirms'],
    ['quickly, fifteen days on', 'Quickly', 'after: ban', '2026-01-21', 'contradicts'],
    ['shortly before, two weeks before', 'Shortly before', 'before: ban', '2025-12-23', 'confirms'],
    [
      'shortly before, fifteen days before',
      'Shortly before',
      'before: ban',
      '2025-12-22',
      'contradicts',
    ],
    ['undated', 'Once', '', '2024-05-01', 'refines'],
  ])('%s: %s', (_, words, fields, record, comparison) =>
    expect(eventOf(words, fields, record).documented?.comparison).toBe(comparison),
  );
});

describe('dates in EDTF', () => {
  test.each([
    ['In 2026', 'date: 2026', { edtf: '2026', period: '2026' }],
    ['In July 2025', 'date: 2025-07', { edtf: '2025-07', period: '2025-07' }],
    [
      'About 19 January',
      'date: 2026-01-19, approximate: true',
      { edtf: '2026-01-19~', period: '2026-01-16/2026-01-22', approximation: 'about' },
    ],
    ['The next day', 'after: ban, offset: P1D', { edtf: '2026-01-07', period: '2026-01-07' }],
    [
      'After a few days',
      'after: ban, offset: P3D, approximate: true',
      { edtf: '2026-01-09~', period: '2026-01-08/2026-01-13', approximation: 'a-few-days' },
    ],
    ['Later', 'after: ban', { edtf: '2026-01-06~', period: '2026-01-06/..' }],
  ])('%s is written %j', (words, fields, date) =>
    expect(eventOf(words, fields, '2026-01-07').date).toMatchObject(date),
  );

  test('an undated event has no EDTF date, and the record its own', () => {
    const event = eventOf('Once', '', '2025-09-24, approximate: true');
    expect(event.date.edtf).toBeUndefined();
    expect(event.date.period).toBeUndefined();
    expect(event.documented?.edtf).toBe('2025-09-24~');
  });
});

describe('the tolerance of vague wording, defined once', () => {
  test.each([
    ['within a few hours', 'a-few-hours'],
    ['after a few days of silence', 'a-few-days'],
    ['several days later', 'a-few-days'],
    ['quickly held a meeting', 'quickly'],
    ['before this meeting', 'about'],
  ])('"%s" is read as %s', (words, term) =>
    expect(approximationOf(words, { relative: true, approximate: true })).toBe(term),
  );

  test('an absolute date is "about" only when approximate, whatever its words', () => {
    expect(approximationOf('a few days', { relative: false, approximate: false })).toBeUndefined();
    expect(approximationOf('quickly', { relative: false, approximate: true })).toBe('about');
  });

  test('the comparison reads the spans the vocabulary gives', () => {
    const { from, to } = APPROXIMATION_TERMS['a-few-days'].span;
    expect([from, to]).toEqual(['P2D', 'P7D']);
    const stated = {
      period: { start: '2026-01-08', end: '2026-01-13' },
      precision: 'day',
    } as const;
    expect(
      compareWithRecord(stated, { value: '2026-01-13', precision: 'day', approximate: false }),
    ).toBe('confirms');
    expect(
      compareWithRecord(stated, { value: '2026-01-14', precision: 'day', approximate: false }),
    ).toBe('contradicts');
  });
});
