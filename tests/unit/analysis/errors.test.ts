import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCorpusFrom } from '../../../src/analysis/corpus.ts';
import { ContentError } from '../../../src/analysis/report.ts';

const root = 'tests/fixtures/errors';
const cases = readdirSync(root).sort();

/** Runs one fixture folder through the corpus loader and returns the problems it reports. */
function problemsOf(dir: string): string[] {
  const actorDirs = ['tests/fixtures/actors', ...(existsSync(join(dir, 'actors')) ? [join(dir, 'actors')] : [])];
  try {
    loadCorpusFrom({ actorDirs, articleDirs: [dir] });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.message.split('\n').slice(1).map((line) => line.replaceAll(`${dir}/`, ''));
  }
  return [];
}

describe('bad input fails the build with file:line:column and the fix', () => {
  test.each(cases)('%s', (name) => {
    const dir = join(root, name);
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trim().split('\n');
    expect(problemsOf(dir)).toEqual(expected);
  });

  test('every case states its expected message', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const name of cases) expect(existsSync(join(root, name, 'expected.txt')), name).toBe(true);
  });

  test('the ContentError message counts the problems and says warnings are errors', () => {
    try {
      loadCorpusFrom({ actorDirs: ['tests/fixtures/actors'], articleDirs: [join(root, 'record-without-marker')] });
      expect.unreachable('the fixture must fail');
    } catch (error) {
      expect(String(error)).toMatch(/^ContentError: 1 content problem \(warnings count as errors\):/);
    }
  });
});
