import { describe, expect, test } from 'vitest';
import { scoreSentence } from '../../../src/tools/score-claim.ts';

const features = (sentence: string) => scoreSentence(sentence).reasons.map((r) => r.feature);

describe('scoreSentence', () => {
  test.each([
    ['a figure', 'Shares rose by 6 percent.', 'figure'],
    ['money', 'The plant will cost $310 million.', 'figure'],
    ['a reporting verb', 'The association warned that brine could harm the bay.', 'reporting verb'],
    ['"according to"', 'According to the ministry, exports stopped.', 'reporting verb'],
    ['a quotation', 'He called the vote "reckless" and left.', 'quotation'],
    ['a hedge', 'The figure is likely to rise.', 'hedge'],
    ['an evaluative word', 'Decoupling from China is unrealistic.', 'evaluative'],
    ['a prediction', 'Construction is expected to start soon.', 'prediction'],
  ])('counts %s', (_name, sentence, feature) => {
    expect(features(sentence)).toContain(feature);
  });

  test('"about" hedges a number, not a topic', () => {
    expect(features('It will take about three years.')).toContain('hedge');
    expect(features('Japan no longer cares about its dignity.')).not.toContain('hedge');
  });

  test('a year alone is not a figure', () => {
    expect(features('The dispute began in 2025.')).not.toContain('figure');
  });

  test('"the United States" is not a reporting verb', () => {
    expect(features('Every budget in the United States is large.')).not.toContain('reporting verb');
  });

  test('ranks a sourced figure above a plain statement and explains the score', () => {
    const strong = scoreSentence('Voss said the plant would supply 40 million litres a day.');
    const plain = scoreSentence('The council met in the town hall.');
    expect(strong.score).toBeGreaterThan(plain.score);
    expect(strong.score).toBe(strong.reasons.reduce((sum, r) => sum + r.points, 0));
    expect(strong.reasons.find((r) => r.feature === 'figure')?.evidence).toBe('40 million');
    expect(plain.score).toBe(0);
  });

  test.each([
    ['"We cannot wait," Voss told reporters.', 'quote'],
    ['Critics say the figure will rise.', 'attributed'],
    ['Construction is expected to start in 2027.', 'prediction'],
    ['The figure may rise.', 'speculation'],
    ['The decision was reckless.', 'opinion'],
    ['Shares rose by 6 percent.', 'factual'],
  ])('guesses the type of %j as %s', (sentence, type) => {
    expect(scoreSentence(sentence).type).toBe(type);
  });
});
