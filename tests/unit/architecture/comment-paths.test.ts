import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { codeFiles, ROOT } from '../helpers/source-files.ts';

// A comment that points at a file sends the reader there; after a rename it sends them nowhere.

/** Every file of the repository outside node_modules and the build output, relative to it. */
const repoFiles = readdirSync(ROOT, { recursive: true })
  .map(String)
  .filter((path) => !/^(node_modules|dist|\.dist|\.git|\.astro|test-results)/.test(path));
const names = new Set(repoFiles.map((path) => basename(path)));

/** Whether a path named in `file` leads to a file: relative to it, or as the end of a path. */
function exists(file: string, path: string): boolean {
  if (!path.includes('/')) return names.has(path);
  if (path.startsWith('.')) return repoFiles.includes(join(dirname(file), path));
  const tail = path.replace(/^.*…\//, '').replace(/^\//, '');
  return repoFiles.some((candidate) => candidate.endsWith(tail));
}

/** The `.ts` and `.astro` files named in the comments of a file that do not exist, as `file:line: name`. */
function missingIn(file: string): string[] {
  return readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      if (!/^\s*(\/\/|\/?\*)|\s\/\/\s/.test(line)) return [];
      return [...line.matchAll(/[\w./[\]@…-]*[\w\]-]\.(?:ts|astro)\b/g)]
        .map(([path]) => path)
        .filter((path) => !exists(file, path))
        .map((path) => `${file}:${index + 1}: ${path}`);
    });
}

describe('comments of src/ and scripts/', () => {
  test('name only files that exist', () => {
    expect(codeFiles().flatMap(missingIn)).toEqual([]);
  });
});
