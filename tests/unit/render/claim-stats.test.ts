import { expect, test } from 'vitest';
import { countClaims } from '../../../src/render/claim-stats.ts';
import { articleActors } from '../../../src/render/article-actors.ts';

test('countClaims counts by type and status in vocabulary order, leaving out zeros', () => {
  const counts = countClaims([
    { type: 'opinion', status: 'unverified' },
    { type: 'factual', status: 'false' },
    { type: 'opinion', status: 'unverified' },
  ]);
  expect(counts.byType).toEqual([
    ['factual', 1],
    ['opinion', 2],
  ]);
  expect(counts.byStatus).toEqual([
    ['false', 1],
    ['unverified', 2],
  ]);
});

test('articleActors lists each actor once, mentions first, then claimants, subjects and event actors', () => {
  const ids = articleActors(
    [{ actor: 'japan' }, { actor: 'china' }, { actor: 'japan' }],
    [{ claimant: 'author', about: ['india', 'china'] }],
    [{ actors: ['g7', 'author'] }],
  );
  expect(ids).toEqual(['japan', 'china', 'author', 'india', 'g7']);
});
