import type { Heading, Nodes, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** A paragraph or heading and where its text sits in the article's plain text. */
export interface TextBlock {
  node: Paragraph | Heading;
  text: string;
  /** Offset of the block's first character in the plain text. */
  start: number;
}

/** The separator between text blocks in the plain text selectors point into. */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * The article's text blocks in reading order. `mdast-util-to-string` joins blocks with nothing
 * between them, so the text is taken per block and joined with a blank line.
 *
 * @example
 *   textBlocks(fromMarkdown('One\n\nTwo')).map((b) => b.start) // [0, 5]
 */
export function textBlocks(tree: Root): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    const text = toString(node);
    blocks.push({ node, text, start });
    start += text.length + BLOCK_SEPARATOR.length;
    return 'skip';
  });
  return blocks;
}

/** The plain text of an article: its text blocks joined by a blank line. */
export function plainTextOf(blocks: readonly TextBlock[]): string {
  return blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
}

/**
 * Offsets of `target` inside `block`, found by walking the inline tree in order and
 * summing the text lengths before it (the same text `toString` produces).
 */
export function offsetsWithin(block: Nodes, target: Nodes): { start: number; end: number } | undefined {
  let offset = 0;
  let found: { start: number; end: number } | undefined;
  const walk = (node: Nodes): boolean => {
    if (node === target) {
      found = { start: offset, end: offset + toString(node).length };
      return true;
    }
    if ('children' in node) {
      for (const child of node.children) if (walk(child)) return true;
      return false;
    }
    offset += toString(node).length;
    return false;
  };
  walk(block);
  return found;
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentence of `text` that contains offset `at`, trimmed.
 *
 * @example
 *   sentenceAt('One thing. Another thing.', 12) // 'Another thing.'
 */
export function sentenceAt(text: string, at: number): string {
  for (const { segment, index } of sentences.segment(text)) {
    if (at >= index && at < index + segment.length) return segment.trim();
  }
  return text.trim();
}
