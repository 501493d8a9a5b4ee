import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { STATUS_COLOURS } from '../../../src/render/status-colours.ts';
import { ClaimStatusSchema } from '../../../src/analysis/schema/vocabulary.ts';

const CLAIM_STATUSES = ClaimStatusSchema.options;

/** Every `<prefix><status>: <hex>` a stylesheet sets, in the order it sets them. */
function declared(file: string, prefix: string): Map<string, string[]> {
  const css = readFileSync(file, 'utf8');
  const found = new Map<string, string[]>();
  for (const [, status = '', hex = ''] of css.matchAll(
    new RegExp(`--${prefix}([a-z-]+):\\s*(#[0-9a-f]{3,6})`, 'gi'),
  )) {
    found.set(status, [...(found.get(status) ?? []), hex.toLowerCase()]);
  }
  return found;
}

/** `#555` → `#555555`, so both spellings compare equal. */
const long = (hex: string) =>
  hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;

describe('status colours are chosen in one place', () => {
  test.each([
    ['src/styles/global.css', 'st-'],
    ['src/styles/embed-claim.css', ''],
  ])('%s sets each status to its light colour, then its dark one', (file, prefix) => {
    const found = declared(file, prefix);
    for (const status of CLAIM_STATUSES) {
      const [light, ...dark] = (found.get(status) ?? []).map(long);
      expect(light, `${status} (light)`).toBe(STATUS_COLOURS[status].light);
      expect(dark.length, `${status} has a dark colour`).toBeGreaterThan(0);
      for (const value of dark) expect(value, `${status} (dark)`).toBe(STATUS_COLOURS[status].dark);
    }
  });

  test('no two statuses share a colour in either theme', () => {
    for (const theme of ['light', 'dark'] as const) {
      const colours = Object.values(STATUS_COLOURS).map((c) => c[theme]);
      expect(new Set(colours).size).toBe(colours.length);
    }
  });
});
