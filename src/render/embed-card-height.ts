/**
 * The height a claim card's iframe states, computed at build time so that the snippet without the
 * resize script shows the whole card. No browser runs at build time, so the height is an estimate
 * from the text's length, made safe: every character is taken as wide as a wide one of the widest
 * common system font (DejaVu Sans, which Linux gives `system-ui`, averages about 0.55 em over
 * English text; San Francisco and Segoe UI are narrower), lines are wrapped word by word as a
 * browser wraps them, and one spare line is added. The numbers below are the ones
 * `src/styles/embed.css` and `embed-claim.css` set for `.claim-card`; a unit test reads them from there.
 */

/** Every line of the card's text: 15 px type on 22 px lines. */
export const CARD_FONT_PX = 15;
export const CARD_LINE_PX = 22;
/** The width of an average character, in ems, with room to spare (see above). */
const CARD_CHAR_EM = 0.6;
/** The narrowest the claim snippet lets its iframe be (its `min-width`); it is computed for that. */
export const CARD_MIN_WIDTH = 320;
/** The body's padding on each side. */
export const CARD_PADDING_PX = 12;
/** The quotation's left border and padding, which its lines do not use. */
const CARD_QUOTE_INSET_PX = 14;
/** Everything that is not wrapped text, top to bottom (see embed-claim.css): */
const CARD_CHROME_PX =
  2 * CARD_PADDING_PX + // the body's padding
  20 + // the "ClaimLens fact check" line
  (6 + 4 + 26 + 8) + // the verdict: margin above, padding, its line, margin below
  3 * 8 + // the margin under the quotation, the claimant line and the finding
  (12 + 8 + 1 + 20); // the footer: margin, padding, rule and its line

/**
 * How many lines `text` takes in a column `width` pixels wide at `charPx` a character, wrapped at
 * spaces, with a word longer than a line broken across lines (the card sets `overflow-wrap`).
 *
 * @example
 *   wrappedLines('India backs Japan on rare earths', 90, 9) // 5 (10 characters a line)
 */
export function wrappedLines(text: string, width: number, charPx: number): number {
  const perLine = Math.max(1, Math.floor(width / charPx));
  let lines = 0;
  let used = 0;
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    let length = [...word].length;
    if (used > 0 && used + 1 + length <= perLine) {
      used += 1 + length;
      continue;
    }
    lines += 1;
    for (; length > perLine; length -= perLine) lines += 1;
    used = length;
  }
  return Math.max(lines, 1);
}

/** The wrapped texts of a claim card: the quoted sentence, then the plain paragraphs. */
interface CardText {
  quote: string;
  paragraphs: readonly string[];
}

/**
 * The stated height of a claim card's iframe: the card's height at `width` (by default the
 * narrowest the snippet allows, so that it fits at every width), in CSS pixels.
 *
 * @example
 *   claimCardHeight({ quote: '“Prices rose.”', paragraphs: ['Claimed by the author.', 'They fell.'] })
 *   // 241
 */
export function claimCardHeight(card: CardText, width = CARD_MIN_WIDTH): number {
  const charPx = CARD_FONT_PX * CARD_CHAR_EM;
  const column = width - 2 * CARD_PADDING_PX;
  const lines =
    wrappedLines(card.quote, column - CARD_QUOTE_INSET_PX, charPx) +
    card.paragraphs.reduce((sum, text) => sum + wrappedLines(text, column, charPx), 0);
  return CARD_CHROME_PX + CARD_LINE_PX * (lines + 1);
}
