import { describe, expect, test } from 'vitest';
import { shortTitle, sourceLength } from '../../../src/render/short-title.ts';

describe('shortTitle', () => {
  test('keeps a title that fits', () => expect(shortTitle('Timeline', 58)).toBe('Timeline'));

  test('cuts a long title at a word and marks the cut', () => {
    expect(shortTitle('Japan has finally found a way to deal with China', 30)).toBe('Japan has finally found a way…');
  });

  test('counts characters as they are written in the HTML source', () => {
    expect(sourceLength(`China's "ban"`)).toBe(13 + 4 + 10);
    const title = shortTitle('Timeline: events involving "Asano Hayato" (unidentified official)', 58);
    expect(sourceLength(title)).toBeLessThanOrEqual(58);
    expect(title).toBe('Timeline: events involving "Asano Hayato"…');
  });
});
