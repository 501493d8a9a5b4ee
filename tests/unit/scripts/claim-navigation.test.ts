import { expect, test } from 'vitest';
import { nextIndex } from '../../../src/scripts/claim-navigation.ts';

test.each([
  [-1, 3, 'j', 0],
  [-1, 3, 'k', 2],
  [0, 3, 'j', 1],
  [1, 3, 'k', 0],
  [2, 3, 'j', undefined],
  [0, 3, 'k', undefined],
  [-1, 0, 'j', undefined],
] as const)('from %i of %i, %s goes to %s', (current, count, key, expected) => {
  expect(nextIndex(current, count, key)).toBe(expected);
});
