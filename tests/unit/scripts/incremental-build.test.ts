import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, test } from 'vitest';

// A rebuild reuses the pages of articles that did not change (Astro's incremental build with the
// keys of src/site/cache-keys.ts), and never serves a stale page: an edited article, or an actor
// renamed, shows on every page that shows it.

const root = mkdtempSync(join(tmpdir(), 'claimlens-incremental-'));
const content = join(root, 'content');
const outDir = join(root, 'dist');
cpSync('tests/fixtures/site', content, { recursive: true });
cpSync(join(content, 'articles', 'fixture-retired.md'), join(content, 'articles', 'second.md'));

function build(): string {
  const env = { ...process.env, OUT_DIR: outDir, CLAIMLENS_CONTENT: content, ASTRO_CACHE_DIR: join(root, 'astro-cache'), CLAIMLENS_CACHE: join(root, 'parse-cache') };
  const result = spawnSync('node', ['scripts/build.ts'], { env, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  // Astro colours its log where CI asks for colour.
  return stripVTControlCharacters(result.stdout);
}
const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const reused = (log: string, path: string) => log.split('\n').some((line) => line.includes(`${path}index.html (restored)`));

test('a rebuild reuses unchanged articles and shows every edit', { timeout: 180_000 }, () => {
  build();
  const untouched = page('articles/fixture-retired/claims/export-ban/');

  appendFileSync(join(content, 'articles', 'second.md'), '\nA paragraph added after the first build.\n');
  const afterEdit = build();
  expect(page('articles/second/')).toContain('A paragraph added after the first build.');
  expect(reused(afterEdit, '/articles/second/')).toBe(false);
  expect(reused(afterEdit, '/articles/fixture-retired/claims/export-ban/')).toBe(true);
  expect(page('articles/fixture-retired/claims/export-ban/')).toBe(untouched);

  const actor = join(content, 'actors', 'ministry.md');
  writeFileSync(actor, readFileSync(actor, 'utf8').replace('name: Ministry of Examples', 'name: Ministry of Renamed Examples'));
  const afterRename = build();
  expect(reused(afterRename, '/articles/fixture-retired/')).toBe(false);
  for (const path of ['articles/fixture-retired/', 'articles/second/claims/ministry-denies/', 'embed/articles/fixture-retired/claims/ministry-denies/']) {
    expect(page(path), path).toContain('Ministry of Renamed Examples');
  }
});
