import { expect, test } from 'vitest';
import { nextIndex } from '../../../src/client/claim-navigation.ts';

test.each([
  [[0, 1, 2], -1, 'j', 0],
  [[0, 1, 2], -1, 'k', 2],
  [[0, 1, 2], 0, 'j', 1],
  [[0, 1, 2], 1, 'k', 0],
  [[0, 1, 2], 2, 'j', undefined],
  [[0, 1, 2], 0, 'k', undefined],
  [[], -1, 'j', undefined],
  // From a claim the keys skip (a quiet one), they go on from its place in the text.
  [[0, 2, 5], 3, 'j', 2],
  [[0, 2, 5], 3, 'k', 1],
  [[2, 5], 1, 'k', undefined],
  [[2, 5], 6, 'j', undefined],
] as const)('stops %j, from %i, %s goes to %s', (stops, from, key, expected) => {
  expect(nextIndex(stops, from, key)).toBe(expected);
});
