import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCorpusFrom } from '../../../src/analysis/load-corpus.ts';
import { caseNames, expectedProblems, problemsOf } from '../helpers/fixture-cases.ts';

const root = 'tests/fixtures/errors';
const cases = caseNames(root);

describe('bad input fails the build with file:line:column and the fix', () => {
  test.each(cases)('%s', (name) => {
    const dir = join(root, name);
    expect(problemsOf(dir)).toEqual(expectedProblems(dir));
  });

  test('every case states its expected message', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const name of cases) expect(existsSync(join(root, name, 'expected.txt')), name).toBe(true);
  });

  test('the ContentError message counts the problems and says warnings are errors', () => {
    expect(() =>
      loadCorpusFrom({
        actorDirs: ['tests/fixtures/actors'],
        articleDirs: [join(root, 'record-without-marker')],
      }),
    ).toThrow(
      /^1 content problem \(warnings count as errors\):\ntests\/fixtures\/errors\/record-without-marker\/input\.md:9:3: /,
    );
  });
});
