import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, test } from 'vitest';

// A rebuild reuses the pages of articles that did not change (Astro's incremental build with the
// keys of src/site/site-data.ts, into the output before last: scripts/output-slots.ts), and never
// serves a stale page: an edited article, or an actor renamed, shows on every page that shows it,
// and a deleted article's pages are gone.

const root = mkdtempSync(join(tmpdir(), 'claimlens-incremental-'));
const content = join(root, 'content');
const outDir = join(root, 'dist');
cpSync('tests/fixtures/site', content, { recursive: true });
cpSync(join(content, 'articles', 'fixture-retired.md'), join(content, 'articles', 'second.md'));

function build(): string {
  const env = {
    ...process.env,
    OUT_DIR: outDir,
    CLAIMLENS_CONTENT: content,
    ASTRO_CACHE_DIR: join(root, 'astro-cache'),
    CLAIMLENS_CACHE: join(root, 'parse-cache'),
  };
  const result = spawnSync('node', ['scripts/build.ts'], { env, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  // Astro colours its log where CI asks for colour.
  return stripVTControlCharacters(result.stdout);
}
const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
// Astro logs a reused page as `(cached)` when it is already in the folder the build goes into, `(restored)`
// when it copies it from its cache.
const reused = (log: string, path: string) =>
  log
    .split('\n')
    .some((line) => new RegExp(`${path}index\\.html \\((cached|restored)\\)`).test(line));

test('a rebuild reuses unchanged articles and shows every edit', { timeout: 180_000 }, () => {
  build();
  const untouched = page('articles/fixture-retired/claims/export-ban/');

  appendFileSync(
    join(content, 'articles', 'second.md'),
    '\nA paragraph added after the first build.\n',
  );
  const afterEdit = build();
  expect(page('articles/second/')).toContain('A paragraph added after the first build.');
  expect(reused(afterEdit, '/articles/second/')).toBe(false);
  expect(reused(afterEdit, '/articles/fixture-retired/claims/export-ban/')).toBe(true);
  expect(page('articles/fixture-retired/claims/export-ban/')).toBe(untouched);

  const actor = join(content, 'actors', 'ministry.md');
  writeFileSync(
    actor,
    readFileSync(actor, 'utf8').replace(
      'name: Ministry of Examples',
      'name: Ministry of Renamed Examples',
    ),
  );
  const afterRename = build();
  expect(reused(afterRename, '/articles/fixture-retired/')).toBe(false);
  for (const path of [
    'articles/fixture-retired/',
    'articles/second/claims/ministry-denies/',
    'embed/articles/fixture-retired/claims/ministry-denies/',
  ]) {
    expect(page(path), path).toContain('Ministry of Renamed Examples');
  }

  // Two builds, so each of the two folders the build alternates between has seen the deletion.
  rmSync(join(content, 'articles', 'second.md'));
  for (const run of [1, 2]) {
    const afterDelete = build();
    expect(reused(afterDelete, '/articles/fixture-retired/'), `run ${run}`).toBe(run === 2);
    expect(existsSync(join(outDir, 'articles', 'second')), `run ${run}`).toBe(false);
    expect(existsSync(join(outDir, 'embed', 'articles', 'second')), `run ${run}`).toBe(false);
    expect(page('articles/fixture-retired/'), `run ${run}`).toContain(
      'Ministry of Renamed Examples',
    );
  }
});
