import { describe, expect, it } from 'vitest';
import { ACROSS, selectedWords } from '../../../../src/integrations/annotate/selected-words.ts';

const text = 'Japan said the ban began on 5 January.';
const place = (start: number, end: number, firstBlock = 3, lastBlock = firstBlock) => ({
  firstBlock,
  lastBlock,
  text,
  start,
  end,
});

describe('the words a selection marks', () => {
  it('gives the block and the offsets of the selected words', () => {
    expect(selectedWords(place(15, 18))).toEqual({ block: 3, start: 15, end: 18, text: 'ban' });
  });

  it('drops the spaces a double click takes around a word', () => {
    expect(selectedWords(place(14, 19))).toEqual({ block: 3, start: 15, end: 18, text: 'ban' });
  });

  it('marks nothing when only spaces are selected', () => {
    expect(selectedWords(place(10, 11))).toBeUndefined();
  });

  it('marks nothing when the selection is outside the article text', () => {
    expect(selectedWords(place(0, 5, -1, -1))).toBeUndefined();
  });

  it.each([
    ['ends in another paragraph', 3, 4],
    ['starts outside the text', -1, 3],
    ['ends outside the text', 3, -1],
  ])('refuses a selection that %s, saying to select within one paragraph', (_, first, last) => {
    expect(selectedWords(place(0, 5, first, last))).toBe(ACROSS);
    expect(ACROSS).toMatch(/one paragraph/);
  });
});
