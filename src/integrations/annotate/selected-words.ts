// The words a selection marks, as offsets into one text block's plain text. Pure: the page's
// side (./page-selection.ts) measures the selection in the DOM and hands the numbers here.
import type { TextSelection } from './messages.ts';

/** Why a selection across paragraphs cannot be marked, and what to do instead. */
export const ACROSS =
  'The selection runs across paragraphs; a marker stays within one paragraph. Select words in one paragraph.';

/** Where a selection lies: the blocks its two ends are in (-1 outside any) and its offsets. */
interface SelectionPlace {
  /** Index, in reading order, of the text block the selection starts in, or -1. */
  firstBlock: number;
  /** Index of the text block the selection ends in, or -1. */
  lastBlock: number;
  /** The whole plain text of the first block, as the parser counts it. */
  text: string;
  /** Offsets of the selection's two ends in `text`. */
  start: number;
  end: number;
}

/**
 * The words a selection marks, or the message saying why it cannot be marked, or `undefined`
 * when nothing in the article text is selected. Spaces at either end are dropped: a double click
 * takes the space after a word too, and a marker holds words, not the spaces around them.
 *
 * @example
 *   selectedWords({ firstBlock: 2, lastBlock: 2, text: 'The ban began.', start: 4, end: 8 })
 *   // { block: 2, start: 4, end: 7, text: 'ban' }
 */
export function selectedWords(place: SelectionPlace): TextSelection | string | undefined {
  const { firstBlock, lastBlock, text } = place;
  if (firstBlock < 0 && lastBlock < 0) return undefined;
  if (firstBlock < 0 || firstBlock !== lastBlock) return ACROSS;
  let { start, end } = place;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  if (start >= end) return undefined;
  return { block: firstBlock, start, end, text: text.slice(start, end) };
}
