import { describe, expect, test } from 'vitest';
import { detectDates } from '../../../src/tools/detect-dates.ts';

const REFERENCE = '2026-03-04';
const only = (text: string) => {
  const found = detectDates(text, REFERENCE);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('detectDates', () => {
  test.each([
    ['On January 19, India spoke.', 'January 19', '2026-01-19', 'day', ['year']],
    ['In July 2025, India announced a find.', 'July 2025', '2025-07', 'month', []],
    ['In 2026, the ministry issued a ban.', 'In 2026', '2026', 'year', []],
    ['The council met on 3 March 2025.', 'on 3 March 2025', '2025-03-03', 'day', []],
    ['Yesterday the mayor resigned.', 'Yesterday', '2026-03-03', 'day', []],
  ])('reads %j as an absolute date', (text, phrase, value, precision, inferred) => {
    expect(only(text)).toMatchObject({
      text: phrase,
      kind: 'absolute',
      value,
      precision,
      inferred,
    });
  });

  test.each([
    ['The next day, the chief secretary spoke.', 'The next day', 'P1D', false],
    ['The following week, talks resumed.', 'The following week', 'P1W', false],
    [
      'After the announcement, within a few hours, Japan protested.',
      'within a few hours',
      'PT3H',
      true,
    ],
    ['She broke down after a few days of silence.', 'after a few days', 'P3D', true],
    ['Three days later, the G7 met.', 'Three days later', 'P3D', false],
    ['Hours later, shares fell.', 'Hours later', 'PT3H', true],
  ])('reads %j as a shift from an earlier event', (text, phrase, offset, approximate) => {
    expect(only(text)).toMatchObject({ text: phrase, kind: 'relative', offset, approximate });
  });

  test('gives offsets into the text searched', () => {
    const text = 'It began in June 2025 and ended on March 3.';
    for (const date of detectDates(text, REFERENCE))
      expect(text.slice(date.start, date.end)).toBe(date.text);
    expect(detectDates(text, REFERENCE).map((d) => d.text)).toEqual(['June 2025', 'March 3']);
  });

  test('a vote count is not a time: "voted 9 to 4 on March 3" gives "March 3"', () => {
    expect(only('The council voted 9 to 4 on March 3 to build it.')).toMatchObject({
      text: 'March 3',
      value: '2026-03-03',
    });
  });

  test('resolves against the reference date: the year of "January 19" follows it', () => {
    expect(detectDates('On January 19, India spoke.', '2025-02-01')[0]?.value).toBe('2025-01-19');
  });

  test('against the publication date, a date without a year is the nearest one', () => {
    expect(detectDates('Talks resume on December 1.', '2026-11-28')[0]?.value).toBe('2026-12-01');
  });

  test('against the analysis date, written after the text, it is the last one on or before it', () => {
    expect(
      detectDates('It happened on January 19.', '2026-11-28', { writtenBefore: true })[0]?.value,
    ).toBe('2026-01-19');
    expect(
      detectDates('It happened on December 1.', '2026-11-28', { writtenBefore: true })[0]?.value,
    ).toBe('2025-12-01');
  });

  test('"now" in an argument is not a date', () => {
    expect(detectDates('But now Japan has no choice.', REFERENCE)).toEqual([]);
  });
});
