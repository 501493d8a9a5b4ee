import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpusFrom } from '../../../src/analysis/load-corpus.ts';
import { ContentError } from '../../../src/analysis/content-error.ts';

/** The case folders under `root`, each holding `input.md`, `expected.txt` and maybe `actors/`. */
export function caseNames(root: string): string[] {
  return readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'input.md')))
    .sort();
}

/** The expected problem lines of a case. */
export function expectedProblems(dir: string): string[] {
  return readFileSync(join(dir, 'expected.txt'), 'utf8').trim().split('\n');
}

/**
 * Loads one case folder with the shared fixture actors (plus its own `actors/`) and returns the
 * problems reported, with paths relative to the case folder.
 */
export function problemsOf(dir: string): string[] {
  const actorDirs = [
    'tests/fixtures/actors',
    ...(existsSync(join(dir, 'actors')) ? [join(dir, 'actors')] : []),
  ];
  try {
    loadCorpusFrom({ actorDirs, articleDirs: [dir] });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.message
      .split('\n')
      .slice(1)
      .map((line) => line.replaceAll(`${dir}/`, ''));
  }
  return [];
}
