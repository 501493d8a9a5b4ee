import { describe, expect, test } from 'vitest';
import { AssessmentSchema, FindingSchema } from '../../../src/analysis/schema/assessment.ts';

const valid = {
  verdict: 'Misleading in its main claims',
  summary: 'The ban is real. The G7 did not meet because of it.',
  key: ['g7-quickly-met'],
};
const problemOf = (input: unknown) =>
  AssessmentSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('the assessment an article opens with', () => {
  test('accepts a one-line verdict, a summary of 2–3 sentences and key claim ids', () => {
    expect(AssessmentSchema.parse(valid)).toEqual(valid);
  });

  test.each([
    ['a verdict over two lines', { verdict: 'Misleading\nin part' }, 'verdict: holds a line break'],
    ['a verdict of 101 characters', { verdict: 'x'.repeat(101) }, 'verdict: is 101 characters'],
    ['an empty verdict', { verdict: ' ' }, 'verdict: write the verdict'],
    ['a one-sentence summary', { summary: 'One.' }, 'summary: has 1 sentence'],
    ['a four-sentence summary', { summary: 'A. B is so. C is so. D is so.' }, 'summary: has 4'],
    ['six key claims', { key: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'] }, 'key: lists more than 5'],
    ['a key claim listed twice', { key: ['a1', 'a1'] }, 'key: lists a claim twice'],
    [
      'a verdict YAML read as a boolean',
      { verdict: false },
      'verdict: YAML reads false as a boolean',
    ],
  ])('refuses %s, saying what to do', (_name, change, message) => {
    expect(problemOf({ ...valid, ...change })?.join('\n')).toContain(message);
  });
});

describe('a claim finding', () => {
  test('is one line of at most 140 characters', () => {
    expect(FindingSchema.safeParse('x'.repeat(140)).success).toBe(true);
    expect(FindingSchema.safeParse('x'.repeat(141)).error?.issues[0]?.message).toBe(
      'is 141 characters long; shorten it to at most 140',
    );
  });
});
