import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { caseNames, expectedProblems, problemsOf } from '../helpers/fixture-cases.ts';

const root = 'tests/fixtures/attacks/rejected';
const cases = caseNames(root);

describe('hostile input the build refuses, naming file:line:column and the fix', () => {
  test.each(cases)('%s', (name) => {
    const dir = join(root, name);
    const problems = problemsOf(dir);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toEqual(expectedProblems(dir));
    for (const problem of problems)
      expect(problem).toMatch(/^[\w/.-]+\.md:\d+:\d+: .+ \[[\w-]+\]$/);
  });

  test('the corpus is large enough to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });
});
