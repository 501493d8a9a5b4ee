import type { Element, Root as HastRoot, RootContent } from 'hast';
import { remove } from 'unist-util-remove';
import { toHtml } from 'hast-util-to-html';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { rehypeScriptLang } from './rehype-script-lang.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/**
 * The tail every content pipeline shares: mdast → hast with raw HTML dropped, then the allow-list,
 * last, after everything that can introduce HTML, then `lang` on Chinese, Japanese and Korean
 * words, then `rel="noopener noreferrer"` on external links.
 */
export const safeHtmlPlugins: PluggableList = [
  [remarkRehype, { allowDangerousHtml: false }],
  [rehypeSanitize, sanitizeSchema],
  rehypeDropEmptyImages,
  rehypeScriptLang,
  [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: false }],
];

/**
 * Removes images the allow-list left without a `src` (it was on another origin): an empty `<img>`
 * is invalid and useless.
 */
function rehypeDropEmptyImages() {
  return (tree: HastRoot): void => {
    remove(
      tree,
      (node) =>
        node.type === 'element' &&
        (node as Element).tagName === 'img' &&
        !(node as Element).properties['src'],
    );
  };
}

const notes = unified().use(remarkParse).use(safeHtmlPlugins).use(rehypeStringify).freeze();

/**
 * Renders a short Markdown text of the analysis (a note, an actor description) to safe HTML.
 *
 * @example
 *   renderNote('See [the report](https://example.org).')
 *   // '<p>See <a href="https://example.org" rel="noopener noreferrer">the report</a>.</p>'
 */
export function renderNote(markdown: string): string {
  return String(notes.processSync(markdown));
}

/** One rendered top-level block and the claim ids it holds. */
interface RenderedBlock {
  html: string;
  claims: string[];
}

/**
 * Renders each top-level block on its own, so pages can set margin notes beside the block that
 * holds their claims.
 */
export function toHtmlBlocks(hast: HastRoot): RenderedBlock[] {
  return hast.children
    .filter((node) => !(node.type === 'text' && node.value.trim() === ''))
    .map((node: RootContent) => {
      const claims: string[] = [];
      visit(node, 'element', (element) => {
        const id = element.properties['dataClaim'];
        if (element.tagName === 'span' && typeof id === 'string') claims.push(id);
      });
      return { html: toHtml(node), claims };
    });
}
