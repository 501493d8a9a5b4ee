import { sentenceSpans } from '../analysis/sentences.ts';
import type { TextBlock } from '../analysis/text-blocks.ts';

/** A sentence of the article's plain text. */
interface Sentence {
  text: string;
  /** Offsets in the plain text (trimmed: no surrounding white space). */
  start: number;
  end: number;
  /** Index of its text block. */
  paragraph: number;
}

/**
 * The sentences of every text block, with plain-text offsets, cut as the parser cuts an event's
 * quote (analysis/sentences.ts).
 *
 * @example
 *   sentencesOf(textBlocks(tree)).map((s) => s.text) // ['One thing.', 'Another thing.']
 */
export function sentencesOf(blocks: readonly TextBlock[]): Sentence[] {
  return blocks.flatMap((block, paragraph) =>
    sentenceSpans(block.text).map(({ start, end }) => ({
      text: block.text.slice(start, end),
      start: block.start + start,
      end: block.start + end,
      paragraph,
    })),
  );
}
