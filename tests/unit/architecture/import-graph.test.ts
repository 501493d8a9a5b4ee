import { describe, expect, test } from 'vitest';
import { importsOf, sourceFiles } from '../helpers/source-files.ts';
import { LAYERS, TOP } from '../../../scripts/layers.ts';

// Layers point down: the core is read, tested and reused without the site around it, and a
// change above never reaches below. These rules are also ESLint's (eslint.config.js), which
// says so in the editor; this test holds the whole graph, which a per-file linter cannot.

const files = sourceFiles();
const graph = new Map(files.map((file) => [file, importsOf(file)]));

/** The folder under src/ a file belongs to (`src/content.config.ts` belongs to `content.config`). */
const layerOf = (path: string): string => path.split('/')[1]!.replace(/\.(ts|astro)$/, '');

/** The edges from a folder that its layer rule forbids, as `from → to`. */
function forbiddenEdges(folder: string): string[] {
  const { may, astro } = LAYERS[folder]!;
  return [...graph]
    .filter(([file]) => layerOf(file) === folder)
    .flatMap(([file, targets]) =>
      targets
        .filter((target) =>
          target.startsWith('src/')
            ? layerOf(target) !== folder && !may.includes(layerOf(target))
            : !astro && /^astro(:|\/|$)/.test(target),
        )
        .map((target) => `${file} → ${target}`),
    );
}

/** Every import cycle among the files, each as the path that closes it. */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const walk = (file: string, path: string[]): void => {
    state.set(file, 'open');
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (state.get(target) === 'open') found.push([...path.slice(path.indexOf(target)), target]);
      else if (!state.has(target)) walk(target, [...path, target]);
    }
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) walk(file, [file]);
  return found;
}

describe('the import graph of src/', () => {
  test('is read whole: every relative import names a file that exists', () => {
    const missing = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((t) => /^src\/.*\.(ts|astro)$/.test(t) && !graph.has(t))
        .map((t) => `${file} → ${t}`),
    );
    expect(missing).toEqual([]);
    expect(graph.get('src/analysis/parse-article.ts')).toContain(
      'src/analysis/remark-annotations.ts',
    );
  });

  test('every folder of src/ has its place: a layer, or the top', () => {
    const unplaced = [...new Set(files.map(layerOf))].filter(
      (folder) => !(folder in LAYERS) && !TOP.includes(folder),
    );
    expect(unplaced).toEqual([]);
  });

  test.each(Object.keys(LAYERS))('src/%s/ imports only from the layers below it', (folder) => {
    expect(forbiddenEdges(folder)).toEqual([]);
  });

  test('has no cycle', () => {
    expect(cycles()).toEqual([]);
  });
});
