import { expect, test } from 'vitest';
import { MAX_TITLE, clipText, pageTitle } from '../../../src/render/page-title.ts';

test('clipText cuts at a word boundary and marks the cut', () => {
  expect(clipText('Japan has finally found a way to deal with China', 20)).toBe('Japan has finally…');
  expect(clipText('Short enough', 20)).toBe('Short enough');
  expect(clipText('Japan, China, India', 14)).toBe('Japan, China…');
});

test('pageTitle keeps the site name when it fits and never exceeds the limit', () => {
  expect(pageTitle('Actors')).toBe('Actors · ClaimLens');
  const long = pageTitle('Japan has finally found a way to deal with China, and India has assured Japan');
  expect(long.length).toBeLessThanOrEqual(MAX_TITLE);
  expect(long).toBe('Japan has finally found a way to deal with China, and India has…');
});
