import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/**
 * A colon that could start a text directive, escaped whatever comes before it. mdast-util-directive's
 * own rule misses two cases micromark-extension-directive still reads as a directive (both found by
 * the property test): a colon right after another escaped character (`\*:x`: mdast-util-to-markdown
 * drops an escape whose `before` context was itself escaped), and a colon before a tab, a control
 * character or some symbols. Escaping a colon more often than needed is harmless: `\:` reads back as `:`.
 */
const colonThatCouldStartDirective = {
  character: ':',
  // Anything but a space, a line ending or ASCII punctuation: micromark's name start is wider
  // than "a letter" (digits, tabs, control characters, some symbols).
  after: String.raw`[^ \n\r!-/:-@\[-\x60{-~]`,
  inConstruct: ['phrasing' as const],
  unicode: true,
};

const serializer = unified().use(remarkDirective).use(remarkStringify, { unsafe: [colonThatCouldStartDirective] }).freeze();

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
