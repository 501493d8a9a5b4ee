import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { cspProblems, readHeaderRules, servedPaths } from '../headers.ts';
import type { PostBuildStep } from './index.ts';

/** The token of public/_headers that this step replaces with the inline styles' hashes. */
export const STYLE_HASHES_TOKEN = '{{inline-style-hashes}}';

/** Every file under `dir`, as paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** What the CSP of a page must allow, or refuse to: its inline styles, and what it cannot allow. */
export interface InlineFindings {
  /** CSP source expressions (`'sha256-…'`) of the page's inline `<style>` elements. */
  styleHashes: string[];
  /** Things `script-src 'self'` and a hash-only `style-src` would block, described for an error. */
  blocked: string[];
}

/**
 * The CSP hashes of an HTML page's inline `<style>` elements, and the inline code no policy of this
 * site allows (`style` attributes, `on…` handlers, inline scripts other than JSON data blocks).
 * The hash is over the element's text exactly as written, as browsers compute it.
 *
 * @example
 *   inspectInline('<style>p{color:red}</style>').styleHashes // ["'sha256-…'"]
 */
export function inspectInline(html: string): InlineFindings {
  const tree: Root = fromHtml(html);
  const styleHashes: string[] = [];
  const blocked: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const at = node.position ? `line ${node.position.start.line}` : 'somewhere';
    if (node.tagName === 'style') {
      const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
      styleHashes.push(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
    }
    if (node.properties['style'] !== undefined) blocked.push(`a style attribute on <${node.tagName}> at ${at}`);
    for (const name of Object.keys(node.properties)) if (/^on[A-Z]/.test(name)) blocked.push(`an ${name} handler on <${node.tagName}> at ${at}`);
    const type = String(node.properties['type'] ?? '');
    if (node.tagName === 'script' && node.properties['src'] === undefined && !/json/.test(type) && node.children.length > 0) blocked.push(`an inline <script> at ${at}`);
  });
  return { styleHashes, blocked };
}

/**
 * Writes the final `_headers` of the build: the inline styles' hashes in place of the token, after
 * checking that no page carries inline code the policy would block and that every served path gets
 * exactly one Content-Security-Policy. Any problem fails the build.
 */
export const securityHeaders: PostBuildStep = {
  name: 'security headers (inline style hashes, one CSP per path)',
  run(dir) {
    const files = listFiles(dir);
    const hashes = new Set<string>();
    const problems: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const { styleHashes, blocked } = inspectInline(readFileSync(join(dir, file), 'utf8'));
      for (const hash of styleHashes) hashes.add(hash);
      for (const what of blocked) problems.push(`${file}: ${what}, which the Content-Security-Policy blocks; move it into a file of the site`);
    }
    const headersFile = join(dir, '_headers');
    const template = readFileSync(headersFile, 'utf8');
    if (!template.includes(STYLE_HASHES_TOKEN)) problems.push(`public/_headers: the token ${STYLE_HASHES_TOKEN} is missing from style-src; put it back so inline styles are allowed by hash`);
    writeFileSync(headersFile, template.replaceAll(` ${STYLE_HASHES_TOKEN}`, [...hashes].sort().map((h) => ` ${h}`).join('')));
    problems.push(...cspProblems(readHeaderRules(headersFile), servedPaths(files.filter((f) => f !== '_headers'))));
    if (problems.length > 0) throw new Error(`the security headers do not fit the built site:\n${problems.join('\n')}`);
    console.log(`build: ${hashes.size} inline style hash(es) written to _headers; ${files.length} files each get one Content-Security-Policy`);
  },
};
