import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** What a link checker and a weight budget need to know about one page. */
export interface PageRefs {
  /** Every `id` (and `name` of `a`), which fragments may point at. */
  ids: Set<string>;
  /** URLs a reader can follow: `a[href]`, `area[href]`, `link[href]` that is not a resource. */
  links: string[];
  /** URLs the page loads by itself: scripts, stylesheets, preloads, icons, images, media, frames. */
  resources: string[];
}

const RESOURCE_RELS = new Set([
  'stylesheet',
  'preload',
  'modulepreload',
  'prefetch',
  'icon',
  'apple-touch-icon',
  'manifest',
]);
const SRC_TAGS = new Set([
  'script',
  'img',
  'iframe',
  'source',
  'video',
  'audio',
  'track',
  'embed',
  'input',
]);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) ? value.join(' ') : undefined;

/**
 * Parses a page with a real HTML parser (parse5, through hast-util-from-html) and collects its
 * ids, links and loaded resources.
 *
 * @example
 *   pageRefs('<a href="/x/#y" id="z">x</a>') // { ids: Set {'z'}, links: ['/x/#y'], resources: [] }
 */
export function pageRefs(html: string): PageRefs {
  const tree: Root = fromHtml(html);
  const refs: PageRefs = { ids: new Set(), links: [], resources: [] };
  visit(tree, 'element', (node: Element) => {
    const { id, name, href, src, srcSet, poster, rel, data } = node.properties;
    if (typeof id === 'string') refs.ids.add(id);
    if (node.tagName === 'a' && typeof name === 'string') refs.ids.add(name);
    const rels = (text(rel) ?? '').split(/\s+/);
    if (typeof href === 'string') {
      if (node.tagName === 'link' && rels.some((r) => RESOURCE_RELS.has(r)))
        refs.resources.push(href);
      else if (node.tagName === 'a' || node.tagName === 'area' || node.tagName === 'link')
        refs.links.push(href);
    }
    if (typeof src === 'string' && SRC_TAGS.has(node.tagName)) refs.resources.push(src);
    if (typeof poster === 'string') refs.resources.push(poster);
    if (typeof data === 'string' && node.tagName === 'object') refs.resources.push(data);
    const set = text(srcSet);
    if (set)
      refs.resources.push(
        ...set
          .split(',')
          .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
          .filter(Boolean),
      );
  });
  return refs;
}
