import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { cspProblems, readHeaderRules, servedPaths } from '../headers.ts';
import type { PostBuildStep } from './index.ts';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/** The token of public/_headers that this step replaces with the inline styles' hashes. */
const STYLE_HASHES_TOKEN = '{{inline-style-hashes}}';

/** Every file under `dir`, as paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The CSP source expression of an inline style's text: `'sha256-<base64>'`. */
export const styleHash = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The CSP hashes of an HTML page's inline `<style>` elements, over their text exactly as written,
 * as browsers compute them.
 *
 * Parsing every built page costs about 3 ms each (45 s for the 14,000 pages of a 300-article
 * benchmark), so the common cases take a short cut that gives the same answer: a page without
 * "<style" has no style element; a page with one bare `<style>` tag has as its only possible style
 * text what lies between it and the first `</style` (a style element is raw text, which ends
 * there and nowhere else). If that `<style>` sat in a comment, the extra hash only allows text
 * that is never applied. Every other page is parsed by parse5, the parser browsers follow.
 *
 * @example
 *   inlineStyleHashes('<style>p{color:red}</style>') // ["'sha256-…'"]
 */
export function inlineStyleHashes(html: string): string[] {
  const lower = html.toLowerCase();
  const first = lower.indexOf('<style');
  if (first === -1) return [];
  const end = lower.indexOf('</style', first);
  if (lower.startsWith('<style>', first) && lower.indexOf('<style', first + 1) === -1 && end !== -1)
    return [styleHash(html.slice(first + '<style>'.length, end))];
  return parsedStyleHashes(html);
}

/**
 * The CSP hashes of every `<style>` of a document, parsed by parse5. Also for a standalone SVG
 * drawing, which a browser opens as XML: parse5 reads SVG content as foreign elements, whose
 * character references it decodes as an XML parser does, so a style's text (and its hash) comes
 * out as the browser sees it.
 *
 * @example
 *   parsedStyleHashes('<svg xmlns="http://www.w3.org/2000/svg"><style>a&#x3E;b{}</style></svg>') // hash of 'a>b{}'
 */
export function parsedStyleHashes(markup: string): string[] {
  const hashes: string[] = [];
  const walk = (node: ParentNode | ChildNode): void => {
    if ('tagName' in node && node.tagName === 'style')
      hashes.push(
        styleHash(node.childNodes.map((child) => ('value' in child ? child.value : '')).join('')),
      );
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
    if ('content' in node) walk(node.content);
  };
  walk(parse(markup));
  return hashes;
}

/**
 * Writes the final `_headers` of the build: the inline styles' hashes (of pages and drawings) in
 * place of the token, and checks that every served path gets exactly one Content-Security-Policy.
 * Any problem fails the build. (Handlers and inline scripts, which the policy blocks, are caught by
 * tests/e2e/inert-output.spec.ts.)
 */
export const securityHeaders: PostBuildStep = {
  name: 'security headers (inline style hashes, one CSP per path)',
  run(dir) {
    const files = listFiles(dir);
    const hashes = new Set<string>();
    const problems: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.html')))
      for (const hash of inlineStyleHashes(readFileSync(join(dir, file), 'utf8'))) hashes.add(hash);
    // The drawings' downloads (timeline.svg) are opened from the site too, under the same policy.
    for (const file of files.filter((f) => f.endsWith('.svg')))
      for (const hash of parsedStyleHashes(readFileSync(join(dir, file), 'utf8'))) hashes.add(hash);
    const headersFile = join(dir, '_headers');
    const template = readFileSync(headersFile, 'utf8');
    if (!template.includes(STYLE_HASHES_TOKEN))
      problems.push(
        `public/_headers: the token ${STYLE_HASHES_TOKEN} is missing from style-src; put it back so inline ` +
          'styles are allowed by hash',
      );
    writeFileSync(
      headersFile,
      template.replaceAll(
        ` ${STYLE_HASHES_TOKEN}`,
        [...hashes]
          .sort()
          .map((h) => ` ${h}`)
          .join(''),
      ),
    );
    problems.push(
      ...cspProblems(
        readHeaderRules(headersFile),
        servedPaths(files.filter((f) => f !== '_headers')),
      ),
    );
    if (problems.length > 0)
      throw new Error(`the security headers do not fit the built site:\n${problems.join('\n')}`);
    console.log(
      `build: ${hashes.size} inline style hash(es) written to _headers; ${files.length} files each get one ` +
        'Content-Security-Policy',
    );
  },
};
