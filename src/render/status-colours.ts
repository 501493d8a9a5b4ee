import type { ClaimStatus } from '../analysis/schema/vocabulary.ts';

/**
 * Each status's colour, light and dark: the one place they are chosen. The stylesheets
 * (global.css `--st-*`, embed-claim.css) write the same values, which a unit test checks, and the
 * share cards draw with the light ones. One hue per status, told apart by hue and lightness;
 * the glyph, the word and the underline style keep them apart in greyscale.
 *
 * @example
 *   STATUS_COLOURS.misleading.light // '#9a4a00'
 */
export const STATUS_COLOURS: Readonly<Record<ClaimStatus, { light: string; dark: string }>> = {
  supported: { light: '#1d6b33', dark: '#7fd497' },
  'missing-context': { light: '#665c00', dark: '#e3cf5f' },
  disputed: { light: '#6b3fa0', dark: '#d2b0ff' },
  false: { light: '#b0201a', dark: '#ff8f85' },
  misleading: { light: '#9a4a00', dark: '#ffb347' },
  unverified: { light: '#555555', dark: '#c4c4c4' },
  'not-checkable': { light: '#1f6570', dark: '#7fd3dd' },
};
