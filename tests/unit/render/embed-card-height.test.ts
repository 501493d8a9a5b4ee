import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  CARD_FONT_PX,
  CARD_LINE_PX,
  CARD_MIN_WIDTH,
  CARD_PADDING_PX,
  claimCardHeight,
  wrappedLines,
} from '../../../src/render/embed-card-height.ts';
import { embedSnippet } from '../../../src/render/embed-snippet.ts';

describe('wrappedLines', () => {
  test('wraps at spaces as a browser does', () => {
    expect(wrappedLines('India backs Japan on rare earths', 90, 9)).toBe(5);
    expect(wrappedLines('one two', 90, 9)).toBe(1);
    expect(wrappedLines('', 90, 9)).toBe(1);
  });

  test('breaks a word longer than a line across lines', () => {
    expect(wrappedLines('a'.repeat(25), 90, 9)).toBe(3);
    expect(wrappedLines(`x ${'a'.repeat(25)} y`, 90, 9)).toBe(4);
  });
});

describe('claimCardHeight', () => {
  const card = { quote: '“Prices rose.”', paragraphs: ['Claimed by the author.', 'They fell.'] };

  test('grows by a line for each line the text takes', () => {
    const longer = { ...card, paragraphs: [...card.paragraphs, 'word '.repeat(12)] };
    expect(claimCardHeight(longer) - claimCardHeight(card)).toBe(CARD_LINE_PX * 2);
  });

  test('is taller at the narrowest width than at a wide one, and by default is the narrowest', () => {
    const long = { ...card, quote: `“${'A sentence that goes on. '.repeat(8)}”` };
    expect(claimCardHeight(long, 640)).toBeLessThan(claimCardHeight(long));
    expect(claimCardHeight(long)).toBe(claimCardHeight(long, CARD_MIN_WIDTH));
  });

  test('the figures it assumes are the ones the embed CSS sets', () => {
    const css = ['embed.css', 'embed-claim.css']
      .map((file) => readFileSync(`src/styles/${file}`, 'utf8'))
      .join('\n');
    expect(css).toContain(`.claim-card{line-height:${CARD_LINE_PX}px`);
    expect(css).toMatch(new RegExp(`body\\{[^}]*font:${CARD_FONT_PX}px/`));
    expect(css).toMatch(
      new RegExp(`body\\{[^}]*padding:${String(CARD_PADDING_PX / 16).replace(/^0/, '')}rem`),
    );
  });

  test('its snippet states the height and the width it was computed for', () => {
    const html = embedSnippet(
      { path: '/embed/x/', title: 'Card', height: 345, minWidth: CARD_MIN_WIDTH },
      new URL('https://claimlens.example'),
      false,
    );
    expect(html).toContain('height="345"');
    expect(html).toContain(`min-width:${CARD_MIN_WIDTH}px`);
  });
});
