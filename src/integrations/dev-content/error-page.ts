import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { CONTENT_VERSION_META, type ContentStatus } from '../../dev/content-status.ts';

const el = (tagName: string, children: ElementContent[], properties = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * The dev server's page while the content has problems: each `file:line:column: message [rule]`
 * line exactly as `npm run build` prints it, and Vite's client, so the page reloads itself once
 * the files are fixed; `live.script` (src/dev/live-check.ts) reloads it if that happened while it
 * loaded, `live.version` being the count of changes announced when it was asked for.
 *
 * @example
 *   errorPage(
 *     { problems: ['content/articles/a.md:3:5: unknown actor "x"; … [unknown-actor]'] },
 *     { version: 3, script: '/@fs/…/src/dev/live-check.ts' },
 *   )
 */
export function errorPage(
  status: ContentStatus,
  live: { version: number; script: string },
): string {
  const count = status.problems.length;
  const heading = status.summary ?? `${count} content problem${count === 1 ? '' : 's'}`;
  const body = el('body', [
    el('main', [
      el('h1', [text('The content has problems')]),
      el('p', [text(heading.replace(/:$/, '.'))]),
      el(
        'ul',
        status.problems.map((line) => el('li', [el('code', [text(line)])])),
        { id: 'content-problems' },
      ),
      el('p', [
        text('Fix the file and save it: this page reloads by itself. '),
        text('npm run build prints the same list.'),
      ]),
    ]),
    el('script', [], { type: 'module', src: '/@vite/client' }),
    el('script', [], { type: 'module', src: live.script }),
  ]);
  const head = el('head', [
    el('meta', [], { charset: 'utf-8' }),
    el('meta', [], { name: CONTENT_VERSION_META, content: String(live.version) }),
    el('title', [text('Content problems · ClaimLens (dev)')]),
    el('style', [text(STYLE)]),
  ]);
  return `<!doctype html>\n${toHtml(el('html', [head, body], { lang: 'en' }))}`;
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:2rem;color:#1a1a1a;background:#fff}
main{max-width:60rem}h1{color:#a00;font-size:1.5rem}
ul{padding:0;list-style:none}li{margin:.5rem 0;padding:.5rem .75rem;background:#fff3f3;border-left:4px solid #a00}
code{white-space:pre-wrap;word-break:break-word;font-size:.95rem}`;
