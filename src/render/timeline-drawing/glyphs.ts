import type { EventType } from '../../analysis/schema/vocabulary.ts';

/**
 * Each event type's glyph (an SVG path centred on 0,0, about 12 px across) and word. Type is never
 * told by colour alone: the glyph differs in shape, and the legend and each link's name say the word.
 */
export const TYPE_GLYPHS: Record<EventType, { path: string; word: string }> = {
  announcement: {
    path: 'M0-6l1.8 3.7 4 .5-3 2.8.8 4L0 3.1-3.6 5l.8-4-3-2.8 4-.5z',
    word: 'announcement',
  },
  statement: { path: 'M-5 0a5 5 0 1 0 10 0a5 5 0 1 0-10 0z', word: 'statement' },
  protest: { path: 'M0-6l5.5 10h-11z', word: 'protest' },
  meeting: { path: 'M0-6l6 6-6 6-6-6z', word: 'meeting' },
  report: { path: 'M-4.5-4.5h9v9h-9z', word: 'report' },
  agreement: { path: 'M-5.2-3l5.2-3 5.2 3v6l-5.2 3-5.2-3z', word: 'agreement' },
  discovery: { path: 'M-2-6h4v4h4v4h-4v4h-4v-4h-4v-4h4z', word: 'discovery' },
  policy: { path: 'M0 6l5.5-10h-11z', word: 'policy' },
  other: { path: 'M-5-2h10v4h-10z', word: 'other' },
};
