import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cspProblems, headersFor, readHeaderRules, servedPaths } from '../../../scripts/headers.ts';
import {
  inlineStyleHashes,
  parsedStyleHashes,
  securityHeaders,
  styleHash,
} from '../../../scripts/build-steps/security-headers.ts';
import { el, text } from '../../../src/render/timeline-drawing/hast.ts';
import { svgToXml } from '../../../src/render/xml-text.ts';

const rules = readHeaderRules('public/_headers');
const csp = (path: string) => headersFor(rules, path).get('content-security-policy') ?? '';

describe('public/_headers', () => {
  test.each([
    '/embed/timeline/',
    '/embed/articles/a/claims/b/',
    '/embed/actors/x/timeline/oembed.json',
    '/embed/frame.js',
  ])('lets anyone frame %s', (path) => {
    expect(csp(path)).toContain('frame-ancestors *');
  });

  test.each([
    '/',
    '/index.html',
    '/timeline/',
    '/timeline/actor/japan/',
    '/articles/a/',
    '/articles/a/timeline/',
    '/actors/x/',
    '/_astro/x.css',
    '/embed.js',
  ])('refuses framing of %s', (path) => {
    expect(csp(path)).toContain("frame-ancestors 'none'");
    expect(headersFor(rules, path).get('x-frame-options')).toBe('DENY');
  });

  test('gives each of those paths exactly one policy, with the same directives apart from framing', () => {
    const paths = ['/', '/embed/timeline/', '/articles/a/', '/embed.js'];
    expect(cspProblems(rules, paths)).toEqual([]);
    const base = (path: string) => csp(path).replace(/frame-ancestors .*$/, '');
    expect(new Set(paths.map(base)).size).toBe(1);
    expect(csp('/')).toMatch(
      /^default-src 'self'; script-src 'self'; style-src 'self' \{\{inline-style-hashes\}\}; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'$/,
    );
  });

  test('names a path that no rule covers, and one two rules cover', () => {
    const overlapping = [
      ...rules,
      ...readHeaderRules('public/_headers')
        .filter((r) => r.pattern === '/embed/*')
        .map((r) => ({ ...r, pattern: '/*', matches: () => true })),
    ];
    expect(cspProblems(rules, ['/feed.xml'])).toEqual([
      '/feed.xml gets no Content-Security-Policy: add a block for it (or its top-level folder) to public/_headers',
    ]);
    expect(cspProblems(overlapping, ['/embed/timeline/'])[0]).toMatch(
      /^\/embed\/timeline\/ gets 2 Content-Security-Policies \(from \/embed\/\*, \/\*\)/,
    );
  });
});

describe('servedPaths', () => {
  test('serves a folder index at its folder path too', () => {
    expect(servedPaths(['index.html', 'embed/timeline/index.html', 'embed.js'])).toEqual([
      '/index.html',
      '/',
      '/embed/timeline/index.html',
      '/embed/timeline/',
      '/embed.js',
    ]);
  });
});

describe('inlineStyleHashes', () => {
  const css = 'p{color:red}\n';
  const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

  test('hashes an inline style exactly as written', () => {
    expect(inlineStyleHashes(`<!doctype html><title>x</title><style>${css}</style>`)).toEqual([
      hash,
    ]);
  });

  test('finds nothing on a page without a style element', () =>
    expect(inlineStyleHashes('<title>x</title><p>style</p>')).toEqual([]));

  test('parses pages the short cut cannot read: attributes, several styles, upper case', () => {
    expect(
      inlineStyleHashes(`<title>x</title><style media="screen">${css}</style><STYLE>a{}</STYLE>`),
    ).toEqual([hash, styleHash('a{}')]);
  });

  test('ignores a style element written as text', () => {
    expect(
      inlineStyleHashes(
        `<title>x</title><textarea>&lt;style>a{}&lt;/style></textarea><style>${css}</style>`,
      ),
    ).toEqual([hash]);
  });
});

describe('parsedStyleHashes', () => {
  test("hashes a standalone drawing's style as the browser reads it, references decoded", () => {
    const svg = svgToXml(
      el('svg', { xmlns: 'http://www.w3.org/2000/svg' }, [
        el('style', {}, [text('.a>.b{fill:red}')]),
      ]),
    );
    expect(svg).toContain('.a&#x3E;.b');
    expect(parsedStyleHashes(svg)).toEqual([styleHash('.a>.b{fill:red}')]);
  });
});

describe('the security-headers build step', () => {
  const site = (files: Record<string, string>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-headers-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    return dir;
  };
  const headers = readFileSync('public/_headers', 'utf8');

  test('writes the inline style hashes into every policy', () => {
    const dir = site({
      _headers: headers,
      'embed/timeline/index.html': '<title>x</title><style>a{}</style>',
      'index.html': '<title>x</title>',
    });
    securityHeaders.run(dir);
    const written = readFileSync(join(dir, '_headers'), 'utf8');
    const hash = `'sha256-${createHash('sha256').update('a{}').digest('base64')}'`;
    expect(written).not.toContain('{{inline-style-hashes}}');
    expect(written.split(`style-src 'self' ${hash};`).length - 1).toBe(
      written.split('Content-Security-Policy:').length - 1,
    );
  });

  test('fails on a built file that no rule covers, naming it', () => {
    const dir = site({ _headers: headers, 'index.html': '<title>x</title>', 'feed.xml': '<rss/>' });
    expect(() => securityHeaders.run(dir)).toThrow(/\/feed\.xml gets no Content-Security-Policy/);
  });
});
