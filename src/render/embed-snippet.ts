import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { embedScriptPath } from '../analysis/urls.ts';

/** What an embed snippet needs: the embed page's path, its title and a starting height. */
export interface EmbedTarget {
  /** Root-relative path of the embed page, e.g. `/embed/timeline/`. */
  path: string;
  /** The iframe's accessible name, e.g. "Timeline: Japan has finally found a way…". */
  title: string;
  /** Height in CSS pixels the iframe has before (or without) the resize script. */
  height: number;
  /** The narrowest the iframe may be, in CSS pixels, where `height` holds only down to a width. */
  minWidth?: number;
}

/** The width every snippet and oEmbed document states; the iframe itself is fluid (100%). */
const EMBED_WIDTH = 640;

/** The iframe element of a snippet, as hast, so every attribute is escaped by hast-util-to-html. */
function iframe(target: EmbedTarget, site: URL): Element {
  return {
    type: 'element',
    tagName: 'iframe',
    properties: {
      src: new URL(target.path, site).href,
      title: target.title,
      width: '100%',
      height: String(target.height),
      loading: 'lazy',
      style: `border:0;max-width:100%${target.minWidth ? `;min-width:${target.minWidth}px` : ''}`,
    },
    children: [],
  };
}

/**
 * The HTML a host page pastes: an iframe with a stated height that works as it is, and with
 * `withScript`, the site's resize script after it, which fits the iframe to its content.
 *
 * @example
 *   embedSnippet({ path: '/embed/timeline/', title: 'Timeline', height: 600 }, new URL('https://claimlens.example'), false)
 *   // '<iframe src="https://claimlens.example/embed/timeline/" title="Timeline" width="100%" height="600" loading="lazy" style="border:0;max-width:100%"></iframe>'
 */
export function embedSnippet(target: EmbedTarget, site: URL, withScript: boolean): string {
  const nodes: Element[] = [iframe(target, site)];
  if (withScript)
    nodes.push({
      type: 'element',
      tagName: 'script',
      properties: { src: new URL(embedScriptPath(), site).href, async: true },
      children: [],
    });
  return toHtml({ type: 'root', children: nodes });
}

/** An oEmbed 1.0 response of type `rich` (https://oembed.com/#section2.3.4). */
interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/**
 * The static oEmbed document for an embed page; its `html` is the snippet with the resize script.
 *
 * @example
 *   oembedFor({ path: '/embed/timeline/', title: 'Timeline', height: 600 }, new URL('https://claimlens.example')).type // 'rich'
 */
export function oembedFor(target: EmbedTarget, site: URL): OEmbedRich {
  return {
    version: '1.0',
    type: 'rich',
    title: target.title,
    provider_name: 'ClaimLens',
    provider_url: new URL('/', site).href,
    html: embedSnippet(target, site, true),
    width: EMBED_WIDTH,
    height: target.height,
  };
}
