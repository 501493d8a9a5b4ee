import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { manifestOutputs, pruneTo, removeFiles } from '../../../scripts/output-slots.ts';

// The folder a rebuild goes into must hold only pages its manifest vouches for: anything else
// could be published stale.

function folder(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-slots-'));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), file);
  }
  return dir;
}

describe('the output before last', () => {
  test('is pruned to the files its manifest lists, and folders left empty go', () => {
    const dir = folder([
      'articles/a/index.html',
      'articles/a/claims/c1/index.html',
      'actors/x/index.html',
      'pagefind/fragment/1.pf',
      '_headers',
    ]);
    expect(pruneTo(dir, new Set(['articles/a/claims/c1/index.html']))).toBe(4);
    expect(existsSync(join(dir, 'articles/a/claims/c1/index.html'))).toBe(true);
    for (const gone of ['articles/a/index.html', 'actors', 'pagefind', '_headers'])
      expect(existsSync(join(dir, gone)), gone).toBe(false);
  });

  test('loses the pages no longer built, and their empty folders', () => {
    const dir = folder(['articles/a/index.html', 'articles/b/claims/c1/index.html']);
    removeFiles(dir, ['articles/b/claims/c1/index.html']);
    expect(existsSync(join(dir, 'articles/b'))).toBe(false);
    expect(existsSync(join(dir, 'articles/a/index.html'))).toBe(true);
  });

  test("reads the files Astro's manifest lists; a manifest it cannot read lists none", () => {
    const cache = folder([]);
    writeFileSync(
      join(cache, 'incremental-build.json'),
      JSON.stringify({
        routes: {
          'src/pages/a.astro': { paths: { '/a/': { cacheKey: 'k', outputFile: 'a/index.html' } } },
        },
      }),
    );
    expect(manifestOutputs(cache)).toEqual(new Set(['a/index.html']));
    writeFileSync(join(cache, 'incremental-build.json'), '{"routes": [1, 2');
    expect(manifestOutputs(cache)).toEqual(new Set());
    expect(manifestOutputs(folder([]))).toEqual(new Set());
  });
});
