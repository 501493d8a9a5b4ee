import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/**
 * A colon that could start a text directive, escaped whatever comes before it. mdast-util-directive's
 * own rule misses cases micromark-extension-directive still reads as a directive (found by the
 * property tests): inside labels, right after another escaped character (`\*:x`), and before a
 * digit, a tab, a control character or some symbols. Escaping a colon more often than needed is
 * harmless: `\:` reads back as `:`.
 */
const colonThatCouldStartDirective = {
  character: ':',
  // Anything but a space, a line ending or ASCII punctuation: micromark's name start is wider
  // than "a letter" (digits, tabs, control characters, some symbols).
  after: String.raw`[^ \n\r!-/:-@\[-\x60{-~]`,
  inConstruct: ['phrasing' as const],
  unicode: true,
};

/**
 * Serialises an article tree back to Markdown in the annotation syntax: remark-stringify's own
 * escaping, plus the directive-colon rule above.
 *
 * @example
 *   stringifyMarkdown({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a:b' }] }] })
 *   // 'a\\:b\n'
 */
export function stringifyMarkdown(tree: Root): string {
  return processor.stringify(tree);
}

const processor = unified()
  .use(remarkDirective)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, { unsafe: [colonThatCouldStartDirective] })
  .freeze();
