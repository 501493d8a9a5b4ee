// The checks' one sentence segmenter. When the core exports its shared "sentences of a text"
// helper (issue 24, item 1), this file gives way to it.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentences of a text as `Intl.Segmenter` cuts them, each with its offset.
 *
 * @example
 *   sentencesIn('One. Two.') // [{ text: 'One. ', at: 0 }, { text: 'Two.', at: 5 }]
 */
export const sentencesIn = (text: string): { text: string; at: number }[] =>
  Array.from(segmenter.segment(text), ({ segment, index }) => ({ text: segment, at: index }));
