import { expect, test } from 'vitest';
import { retryAfterMs } from '../../../../src/tools/sources/retry-after.ts';

const now = Date.parse('2026-10-21T07:27:00Z');

test.each([
  ['120', 120_000],
  [' 0 ', 0],
  ['Wed, 21 Oct 2026 07:28:00 GMT', 60_000],
  // A date already past asks for no wait at all.
  ['Wed, 21 Oct 2026 07:00:00 GMT', 0],
])('Retry-After %j asks for %i ms', (header, ms) => {
  expect(retryAfterMs(header, now)).toBe(ms);
});

test.each([null, 'soon', '-5', '1.5'])('Retry-After %j is not read as a wait', (header) => {
  expect(retryAfterMs(header, now)).toBeUndefined();
});
