import type { Selector } from '../analysis/schema/entries.ts';
import { sentenceAround } from '../analysis/sentences.ts';
import { BLOCK_SEPARATOR } from '../analysis/text-blocks.ts';

/** A paragraph cut around the claim it holds. */
export interface ClaimCut {
  before: string;
  exact: string;
  after: string;
}

/**
 * Splits a claim's paragraph into the text before the claim, the claim, and the text after, so a
 * claim page can quote the paragraph with the claim marked. Where the words occur twice in the
 * paragraph, the selector's prefix and suffix pick the right one. Throws if the claim is not in it.
 *
 * @example
 *   claimInParagraph('A. B. C.', { exact: 'B.', prefix: 'A. ', suffix: ' C.', start: 3, end: 5 })
 *   // { before: 'A. ', exact: 'B.', after: ' C.' }
 */
export function claimInParagraph(paragraph: string, selector: Selector): ClaimCut {
  const { exact } = selector;
  const prefix = selector.prefix.split(BLOCK_SEPARATOR).at(-1) ?? '';
  const suffix = selector.suffix.split(BLOCK_SEPARATOR)[0] ?? '';
  const found: number[] = [];
  for (let at = paragraph.indexOf(exact); at !== -1; at = paragraph.indexOf(exact, at + 1))
    found.push(at);
  const fits = (at: number) =>
    paragraph.slice(0, at).endsWith(prefix) &&
    paragraph.slice(at + exact.length).startsWith(suffix);
  const at = found.find(fits) ?? found[0];
  // The parser takes both from the same text, so this is a broken invariant, not bad content.
  if (at === undefined)
    throw new Error(`claim text "${exact}" is not in its paragraph "${paragraph}"`);
  return { before: paragraph.slice(0, at), exact, after: paragraph.slice(at + exact.length) };
}

/**
 * The sentence (or sentences) of the paragraph that hold the claim, cut around it: a claim that
 * is a fragment ("quickly held a meeting.") reads as what the article said.
 *
 * @example
 *   claimInSentence('A. B and c. D.', { exact: 'c.', prefix: 'A. B and ', suffix: ' D.', start: 9, end: 11 })
 *   // { before: 'B and ', exact: 'c.', after: '' }
 */
export function claimInSentence(paragraph: string, selector: Selector): ClaimCut {
  const { before, exact } = claimInParagraph(paragraph, selector);
  const start = before.length;
  const end = start + exact.length;
  const sentence = sentenceAround(paragraph, start, end);
  return {
    before: paragraph.slice(sentence.start, start),
    exact,
    after: paragraph.slice(end, sentence.end),
  };
}

/** A cut claim as one string, e.g. for a title. */
export const joined = (cut: ClaimCut): string => `${cut.before}${cut.exact}${cut.after}`;
