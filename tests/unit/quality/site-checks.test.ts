import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkLinks } from '../../../scripts/quality/link-check.ts';
import { pageWeight } from '../../../scripts/quality/page-weight.ts';
import { validatePages } from '../../../scripts/quality/validate-html.ts';

const SITE = 'https://claimlens.example';
const page = (body: string, head = '') =>
  '<!DOCTYPE html><html lang="en"><head><meta ' +
  `charset="utf-8"><title>Fixture</title>${head}</head><body><main>${body}</main></body></html>\n`;

/** Writes a small built site into a temporary folder. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-site-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  made.push(dir);
  return dir;
}
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('checkLinks', () => {
  test('passes a site whose links and fragments all resolve, and ignores other origins and text directives', () => {
    const dir = site({
      'index.html': page(
        '<a href="/a/#claim-x">a</a> <a href="a/">a</a> <a href="https://example.org/nowhere">out</a> <a href="/a/#:~:text=Hello">words</a>',
        `<link rel="canonical" href="${SITE}/">`,
      ),
      'a/index.html': page(
        '<span id="claim-x">Hello</span><a href="#claim-x">self</a><a href="/">home</a>',
      ),
    });
    expect(checkLinks(dir, SITE)).toEqual([]);
  });

  test('reports a missing page, a missing fragment, an empty fragment and a missing stylesheet', () => {
    const dir = site({
      'index.html': page(
        '<a href="/gone/">x</a> <a href="/a/#claim-y">y</a> <a href="#">z</a>',
        '<link rel="stylesheet" href="/_astro/x.css">',
      ),
      'a/index.html': page('<span id="claim-x">Hello</span>'),
    });
    expect(checkLinks(dir, SITE).map((b) => b.reason)).toEqual([
      'no page at /gone/',
      '/a/ has no element with id "claim-y"',
      'an empty fragment goes nowhere',
      'no page at /_astro/x.css',
    ]);
  });

  test('reads ids with a real HTML parser, not text that merely looks like one', () => {
    const dir = site({
      'index.html': page(
        '<a href="#claim-x">x</a><!-- <p id="claim-x"> --><p data-id="claim-x">not an id</p>',
      ),
    });
    expect(checkLinks(dir, SITE)).toHaveLength(1);
  });
});

describe('pageWeight', () => {
  test('weighs the page, its stylesheets and every module it imports, once each', async () => {
    const dir = site({
      'index.html': page(
        '<p>Hi</p>',
        '<link rel="stylesheet" href="/s.css"><script type="module" src="/a.js"></script>',
      ),
      's.css': 'body { background: url(/bg.png) }',
      'bg.png': 'not really a png',
      'a.js': 'import { b } from "./b.js"; import "./b.js"; b();',
      'b.js': 'export const b = () => console.log("b");',
    });
    const weight = await pageWeight(dir, '/', SITE);
    expect(weight.files).toEqual(['/', '/s.css', '/a.js', '/bg.png', '/b.js']);
    expect(weight.js).toBeGreaterThan(40);
    expect(weight.total).toBe(weight.html + weight.css + weight.js);
    expect(weight.foreign).toEqual([]);
  });

  test('lists loads from another origin: a CDN script, a web font, a remote image', async () => {
    const dir = site({
      'index.html': page(
        '<img src="https://cdn.example/x.png" alt="">',
        '<script src="https://cdn.example/lib.js"></script><link rel="stylesheet" href="/s.css">',
      ),
      's.css': '@font-face { font-family: F; src: url(https://fonts.example/f.woff2) }',
    });
    const { foreign } = await pageWeight(dir, '/', SITE);
    expect(foreign.sort()).toEqual([
      'https://cdn.example/lib.js',
      'https://cdn.example/x.png',
      'https://fonts.example/f.woff2',
    ]);
  });
});

describe('validatePages', () => {
  test('finds duplicate ids and other markup errors with the project config', async () => {
    const dir = site({ 'index.html': page('<p id="x">a</p><p id="x">b</p><div><span></div>') });
    const rules = (await validatePages(dir)).map((p) => p.rule);
    expect(rules).toContain('no-dup-id');
    expect(rules.length).toBeGreaterThan(1);
  });

  test('passes a clean page', async () => {
    expect(await validatePages(site({ 'index.html': page('<p>Clean.</p>') }))).toEqual([]);
  });
});
