import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { format } from 'prettier';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';

// What a reader of the fixture article gets, compared with saved files (as Starlight compares
// its rendered Markdown): a change to the markup shows as a diff of the page's main content, to be
// read and accepted with `npx vitest run -u tests/integration/site/rendered-html.test.ts`.

const root = mkdtempSync(join(tmpdir(), 'claimlens-rendered-'));
const outDir = join(root, 'dist');

beforeAll(() => {
  const result = spawnSync('node', ['scripts/build.ts'], {
    env: {
      ...process.env,
      OUT_DIR: outDir,
      CLAIMLENS_CONTENT: 'tests/fixtures/site',
      ASTRO_CACHE_DIR: join(root, 'astro-cache'),
      CLAIMLENS_CACHE: join(root, 'parse-cache'),
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the fixture site did not build:\n${result.stderr}`);
}, 300_000);

/**
 * A page's `<main>`, without what changes from build to build: Astro's scoped-style attributes
 * and the content hashes in asset names. Formatted by Prettier, one element a line, for diffs.
 */
async function mainOf(path: string): Promise<string> {
  const tree: Root = fromHtml(readFileSync(join(outDir, path), 'utf8'));
  let main: Element | undefined;
  visit(tree, 'element', (node) => {
    for (const key of Object.keys(node.properties))
      if (key.startsWith('dataAstroCid')) delete node.properties[key];
    if (node.tagName === 'main') main ??= node;
  });
  if (!main) throw new Error(`${path} has no <main>`);
  const html = toHtml(main).replace(/(\/_astro\/[^"\s]+?)\.[\w-]{8}\.(js|css)/g, '$1.[hash].$2');
  return format(html, { parser: 'html', printWidth: 100 });
}

describe('the fixture article as a reader gets it', () => {
  test.each([
    ['the article page', 'articles/fixture-retired/index.html', 'article.html'],
    ['a claim page', 'articles/fixture-retired/claims/export-ban/index.html', 'claim.html'],
    ['a claim embed', 'embed/articles/fixture-retired/claims/export-ban/index.html', 'embed.html'],
  ])('%s', async (_name, path, snapshot) => {
    await expect(await mainOf(path)).toMatchFileSnapshot(`__snapshots__/${snapshot}`);
  });
});
