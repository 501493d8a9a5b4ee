import type { TextBlock } from '../analysis/text-blocks.ts';

/** A sentence of the article's plain text. */
export interface Sentence {
  text: string;
  /** Offsets in the plain text (trimmed: no surrounding white space). */
  start: number;
  end: number;
  /** Index of its text block. */
  paragraph: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentences of every text block, with plain-text offsets, split by `Intl.Segmenter` (the
 * segmentation the parser uses for an event's quote).
 *
 * @example
 *   sentencesOf(textBlocks(tree)).map((s) => s.text) // ['One thing.', 'Another thing.']
 */
export function sentencesOf(blocks: readonly TextBlock[]): Sentence[] {
  return blocks.flatMap((block, paragraph) =>
    [...segmenter.segment(block.text)].flatMap(({ segment, index }) => {
      const text = segment.trim();
      if (text === '') return [];
      const start = block.start + index + (segment.length - segment.trimStart().length);
      return [{ text, start, end: start + text.length, paragraph }];
    }),
  );
}
