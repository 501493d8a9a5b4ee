import type { EventType } from '../../analysis/schema/vocabulary.ts';

/**
 * Type colours (after Okabe and Ito's colour-blind-safe set), for light and dark backgrounds. Pages
 * get them as CSS variables; the standalone .svg and the PNGs get the light ones written in.
 */
export const TYPE_COLOURS: Record<EventType, { light: string; dark: string }> = {
  announcement: { light: '#b35c00', dark: '#f0a640' },
  statement: { light: '#0064a0', dark: '#6cb8ec' },
  protest: { light: '#c0392b', dark: '#ff8a70' },
  meeting: { light: '#00795a', dark: '#3fcf9f' },
  report: { light: '#a3477f', dark: '#e59bc8' },
  agreement: { light: '#2a7fb0', dark: '#8fd0f5' },
  discovery: { light: '#7d6b00', dark: '#e3d35a' },
  policy: { light: '#5b3d99', dark: '#b9a2f0' },
  other: { light: '#555555', dark: '#b4b1aa' },
};

/** Neutral colours of the drawing when it stands alone (a file or a PNG). */
export const FILE_COLOURS = {
  text: '#1b1b1b',
  muted: '#52524e',
  rule: '#c9c4ba',
  bg: '#ffffff',
  link: '#1a4f8a',
};
