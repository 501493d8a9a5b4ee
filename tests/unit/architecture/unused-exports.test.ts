import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { codeFiles, exportedNames, namedImports, ROOT } from '../helpers/source-files.ts';

// An export is a promise that someone else uses the name. One that nothing imports is dead code a
// reader has to study for nothing, or a rule that was copied instead of imported; either way it
// goes. Tests do not count as users, with one exception: a module's own unit test (named after
// it: page-title.test.ts for src/render/page-title.ts) may import what it checks the module
// against, such as a limit or an inner step.

/**
 * Names that Astro, not our code, reads: a route's `GET`, `getStaticPaths` and `prerender`, and
 * the collections of content.config.ts.
 */
const READ_BY_ASTRO = ['src/pages/', 'src/content.config.ts'];

/**
 * Modules whose job is to be called by the tests: the built site's checks, run by the end-to-end
 * tests against dist/.
 */
const CALLED_BY_TESTS = ['scripts/quality/'];

/**
 * Names whose users are tests other than the module's own: the fixture corpora load through
 * loadCorpusFrom, the end-to-end tests type the built JSON and list the built files, and some
 * tests check a view or a drawing against the limit or inner step it is made with. Add to this
 * list only a name a test needs and no code does.
 */
const TEST_SEAMS = new Set([
  'scripts/build-steps/security-headers.ts: listFiles',
  'scripts/content-checks/figures.ts: unsourcedFigures',
  'scripts/headers.ts: headersFor',
  'src/analysis/limits.ts: MAX_ARTICLE_LENGTH',
  'src/analysis/load-corpus.ts: loadCorpusFrom',
  'src/analysis/quote-value.ts: QUOTE_LIMIT',
  'src/analysis/schema/article-frontmatter.ts: ArticleFrontmatterSchema',
  'src/exports/annotations.ts: AnnotationCollection',
  'src/exports/timelinejs.ts: TimelineJs',
  'src/render/share-images/share-svg.ts: wrapLines',
  'src/site/timeline/scopes.ts: articleScopes',
  'src/site/timeline/scopes.ts: actorScopes',
]);

const files = codeFiles();

/** The unit tests, by the name of the file they test (`page-title` for page-title.test.ts). */
const unitTests = new Map(
  readdirSync(join(ROOT, 'tests/unit'), { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => [basename(name, '.test.ts'), join('tests/unit', name)]),
);

/** Every name imported from each file, over the whole repository outside the tests. */
function importedByOthers(): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  const add = (target: string, names: Iterable<string>) => {
    const set = used.get(target) ?? new Set<string>();
    for (const name of names) set.add(name);
    used.set(target, set);
  };
  for (const file of files)
    for (const [target, names] of namedImports(file)) {
      if (target === file) continue;
      add(target, names);
    }
  for (const file of files) {
    const test = unitTests.get(basename(file).replace(/\.\w+$/, ''));
    if (test) add(file, namedImports(test).get(file) ?? []);
  }
  return used;
}

/** Each exported name of `src/` and `scripts/` that no other file imports, as `file: name`. */
export function unusedExports(): string[] {
  const used = importedByOthers();
  return files
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .filter((file) => ![...READ_BY_ASTRO, ...CALLED_BY_TESTS].some((p) => file.startsWith(p)))
    .flatMap((file) => {
      const names = used.get(file);
      if (names?.has('*')) return [];
      return exportedNames(file)
        .filter((name) => !names?.has(name))
        .map((name) => `${file}: ${name}`)
        .filter((entry) => !TEST_SEAMS.has(entry));
    });
}

describe('exports of src/ and scripts/', () => {
  test('every exported name is imported somewhere outside the tests', () => {
    expect(unusedExports()).toEqual([]);
  });

  test('the search sees imports of every kind', () => {
    const used = importedByOthers();
    // A static import, an Astro <script> block's import and a type-only import.
    expect(used.get('src/analysis/report.ts')).toContain('report');
    expect(used.get('src/client/copy-link.ts')).toContain('enableCopyLinks');
    expect(used.get('src/analysis/located-yaml.ts')).toContain('LocatedYaml');
  });
});
