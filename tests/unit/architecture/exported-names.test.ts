import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportedNames, sourceFiles } from '../helpers/source-files.ts';

// A reader finds a thing by its name, so one name means one thing. Route files under src/pages/
// are named by their URL and export what Astro asks of them (`GET`, `getStaticPaths`), so they
// are left out.
const files = sourceFiles().filter((path) => !path.startsWith('src/pages/'));

/** Each key that more than one file claims, with those files. */
function sharedBy(pairs: [key: string, path: string][]): Record<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const [key, path] of pairs) owners.set(key, [...(owners.get(key) ?? []), path]);
  return Object.fromEntries([...owners].filter(([, paths]) => paths.length > 1));
}

describe('names in src/', () => {
  test('no two files export a type, function or constant of the same name', () => {
    const pairs = files.flatMap((path) =>
      exportedNames(path).map((name): [string, string] => [name, path]),
    );
    expect(pairs.length).toBeGreaterThan(100);
    expect(sharedBy(pairs)).toEqual({});
  });

  test('no two files share a name', () => {
    expect(sharedBy(files.map((path) => [basename(path).replace(/\.\w+$/, ''), path]))).toEqual({});
  });
});
