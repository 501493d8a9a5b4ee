import { describe, expect, test } from 'vitest';
import { sentenceAround, sentenceSpans } from '../../../src/analysis/sentences.ts';

const cut = (text: string, start: number, end?: number) => {
  const span = sentenceAround(text, start, end);
  return text.slice(span.start, span.end);
};

describe('sentenceSpans', () => {
  test('gives each sentence without the white space around it', () => {
    const text = '  One thing.  Another thing.\n';
    expect(sentenceSpans(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'One thing.',
      'Another thing.',
    ]);
  });

  test('breaks after a quoted sentence', () => {
    const text = 'He called it "a dream." In July it ended.';
    expect(sentenceSpans(text)).toEqual([
      { start: 0, end: 23 },
      { start: 24, end: 41 },
    ]);
  });

  test('finds no sentence in white space', () => {
    expect(sentenceSpans(' \n ')).toEqual([]);
  });
});

describe('sentenceAround', () => {
  const text = 'Before. It began here. It ended there, late. After.';

  test('the sentence at one offset', () => {
    expect(cut(text, 8)).toBe('It began here.');
    expect(cut(text, 21)).toBe('It began here.');
    expect(cut(text, 0)).toBe('Before.');
  });

  test('a span inside one sentence gets that sentence', () => {
    expect(cut(text, 11, 16)).toBe('It began here.');
  });

  test('a span that ends a sentence does not reach into the next', () => {
    expect(cut(text, 17, 22)).toBe('It began here.');
  });

  test('a span across a sentence break gets both sentences', () => {
    expect(cut(text, 17, 31)).toBe('It began here. It ended there, late.');
  });

  test('empty text has an empty sentence', () => {
    expect(sentenceAround('', 0)).toEqual({ start: 0, end: 0 });
  });
});
