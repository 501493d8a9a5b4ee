import { expect, test } from 'vitest';
import { MAX_TITLE, clipText, pageTitle, servedLength } from '../../../src/render/page-title.ts';

test('clipText cuts at a word boundary and marks the cut', () => {
  expect(clipText('Japan has finally found a way to deal with China', 20)).toBe(
    'Japan has finally…',
  );
  expect(clipText('Short enough', 20)).toBe('Short enough');
  expect(clipText('Japan, China, India', 14)).toBe('Japan, China…');
});

test('pageTitle keeps the site name when it fits and never exceeds the limit', () => {
  expect(pageTitle('Actors')).toBe('Actors · ClaimLens');
  const long = pageTitle(
    'Japan has finally found a way to deal with China, and India has assured Japan',
  );
  expect(long.length).toBeLessThanOrEqual(MAX_TITLE);
  expect(long).toBe('Japan has finally found a way to deal with China, and India has…');
});

test('quotes count as the entities they are served as, so the built title stays within the limit', () => {
  const title = pageTitle('Claim 1: India has assured Japan: "What you want, I have."');
  expect(title).not.toContain('ClaimLens');
  expect(title.replaceAll('"', '&quot;').length).toBeLessThanOrEqual(MAX_TITLE);
});

test('a long title with quotes is cut at a word and stays within the limit as served', () => {
  const title = pageTitle(
    'Timeline: events involving "Asano Hayato" (unidentified official) across every article of the site',
  );
  expect(servedLength(title)).toBeLessThanOrEqual(MAX_TITLE);
  expect(title).toMatch(/^Timeline: events involving "Asano Hayato".*…$/);
});
