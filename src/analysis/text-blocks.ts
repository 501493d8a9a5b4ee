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

/** Where a node's text lies: its text block, and offsets within the block and the plain text. */
interface Span {
  paragraph: number;
  /** Offset inside the block's own text. */
  offset: number;
  start: number;
  end: number;
}

/**
 * The span of every text directive, from one walk over each block (the text `toString` yields,
 * summed in order), so locating markers stays linear in the article's size.
 */
export function directiveSpans(blocks: readonly TextBlock[]): Map<Nodes, Span> {
  const spans = new Map<Nodes, Span>();
  blocks.forEach((block, paragraph) => {
    let offset = 0;
    const walk = (node: Nodes): void => {
      if (node.type === 'textDirective') {
        const length = toString(node).length;
        spans.set(node, {
          paragraph,
          offset,
          start: block.start + offset,
          end: block.start + offset + length,
        });
      }
      if ('children' in node) for (const child of node.children) walk(child);
      else offset += toString(node).length;
    };
    walk(block.node);
  });
  return spans;
}
