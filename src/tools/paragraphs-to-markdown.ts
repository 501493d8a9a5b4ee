import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const serializer = unified().use(remarkDirective).use(remarkStringify).freeze();

/**
 * Serialises plain paragraphs as Markdown that reads back as exactly the same text. The escaping
 * is remark-stringify's own (with remark-directive, so a colon before a letter becomes `\:`):
 * a leading `#`, `>`, `- `, `1.`, a `<`, `*`, `_` or `[` stays text, never syntax.
 *
 * @example
 *   paragraphsToMarkdown(['# not a heading', 'Note:this']) // '\\# not a heading\n\nNote\\:this\n'
 */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  const tree: Root = { type: 'root', children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })) };
  return serializer.stringify(tree);
}
