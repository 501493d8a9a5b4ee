/**
 * The one sentence segmenter of the project (`Intl.Segmenter`, English rules): the parser's event
 * quotes, the claim and mention sentences on the pages, the assessment's sentence count and the
 * analyst's tools all cut sentences the same way.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Where a sentence sits in its text: `[start, end)`, white space around it left out. */
interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * The sentences of `text` in order, as trimmed spans; a segment of white space only is none.
 *
 * @example
 *   sentenceSpans('One thing. Another thing.') // [{ start: 0, end: 10 }, { start: 11, end: 25 }]
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  return [...segmenter.segment(text)].flatMap(({ segment, index }) => {
    const trimmed = segment.trim();
    if (trimmed === '') return [];
    const start = index + segment.length - segment.trimStart().length;
    return [{ start, end: start + trimmed.length }];
  });
}

/**
 * The sentence of `text` around the span `[start, end)`: from the start of the sentence that
 * `start` falls in to the end of the sentence that `end` falls in, trimmed. A span across a
 * sentence break gets both sentences; `sentenceAround(text, at)` is the sentence at one offset.
 *
 * @example
 *   sentenceAround('One thing. Another thing.', 12) // { start: 11, end: 25 }
 *   sentenceAround('A. B and c. D.', 9, 11) // { start: 3, end: 11 }
 */
export function sentenceAround(text: string, start: number, end = start): SentenceSpan {
  let from = 0;
  let to = text.length;
  for (const { segment, index } of segmenter.segment(text)) {
    const stop = index + segment.length;
    if (index <= start) from = index;
    if (stop > start && stop >= end) {
      to = stop;
      break;
    }
  }
  const cut = text.slice(from, to);
  return {
    start: Math.min(from + cut.length - cut.trimStart().length, start),
    end: Math.max(from + cut.trimEnd().length, end),
  };
}
