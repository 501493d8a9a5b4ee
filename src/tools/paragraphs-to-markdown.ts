import type { Root } from 'mdast';
import { stringifyMarkdown } from '../analysis/stringify-markdown.ts';

/**
 * Serialises plain paragraphs as Markdown that reads back as exactly the same text. The escaping
 * is remark-stringify's own (with remark-directive and the core's directive-colon rule):
 * a leading `#`, `>`, `- `, `1.`, a `<`, `*`, `_` or `[` stays text, never syntax.
 *
 * @example
 *   paragraphsToMarkdown(['# not a heading', 'Note:this']) // '\\# not a heading\n\nNote\\:this\n'
 */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value) => ({
      type: 'paragraph',
      children: [{ type: 'text', value }],
    })),
  };
  return stringifyMarkdown(tree);
}
