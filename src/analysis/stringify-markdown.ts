import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/**
 * Serialises an article tree back to Markdown in the annotation syntax. remark-stringify escapes
 * what Markdown needs; one rule is added: a colon directly before anything but whitespace or
 * punctuation starts a directive when read back (`:a`, `:30`, `:é`), and mdast-util-directive
 * does not escape it inside labels.
 *
 * @example
 *   stringifyMarkdown({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a:b' }] }] })
 *   // 'a\\:b\n'
 */
export function stringifyMarkdown(tree: Root): string {
  return processor.stringify(tree);
}

const processor = unified()
  // micromark-extension-directive: a name starts with any character but whitespace and punctuation.
  .use(remarkStringify, { unsafe: [{ character: ':', after: '[^\\s!-/:-@\\[-`{-~]' }] })
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkDirective)
  .freeze();
