import type { Selector } from '../analysis/schema/entries.ts';

/** A paragraph cut around the claim it holds. */
export interface ClaimInContext {
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
 *   claimInContext('A. B. C.', { exact: 'B.', prefix: 'A. ', suffix: ' C.', start: 3, end: 5 })
 *   // { before: 'A. ', exact: 'B.', after: ' C.' }
 */
export function claimInContext(context: string, selector: Selector): ClaimInContext {
  const { exact } = selector;
  const prefix = selector.prefix.split('\n\n').at(-1) ?? '';
  const suffix = selector.suffix.split('\n\n')[0] ?? '';
  const found: number[] = [];
  for (let at = context.indexOf(exact); at !== -1; at = context.indexOf(exact, at + 1))
    found.push(at);
  const fits = (at: number) =>
    context.slice(0, at).endsWith(prefix) && context.slice(at + exact.length).startsWith(suffix);
  const at = found.find(fits) ?? found[0];
  // The parser takes both from the same text, so this is a broken invariant, not bad content.
  if (at === undefined)
    throw new Error(`claim text "${exact}" is not in its paragraph "${context}"`);
  return { before: context.slice(0, at), exact, after: context.slice(at + exact.length) };
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentence (or sentences) of the paragraph that hold the claim, cut around it: a claim that
 * is a fragment ("quickly held a meeting.") reads as what the article said.
 *
 * @example
 *   claimInSentence('A. B and c. D.', { exact: 'c.', prefix: 'A. B and ', suffix: ' D.', start: 9, end: 11 })
 *   // { before: 'B and ', exact: 'c.', after: '' }
 */
export function claimInSentence(context: string, selector: Selector): ClaimInContext {
  const { before, exact } = claimInContext(context, selector);
  const start = before.length;
  const end = start + exact.length;
  let from = 0;
  let to = context.length;
  for (const { index, segment } of sentences.segment(context)) {
    if (index <= start) from = index;
    if (index + segment.length >= end) {
      to = index + segment.length;
      break;
    }
  }
  return {
    before: context.slice(from, start).trimStart(),
    exact,
    after: context.slice(end, to).trimEnd(),
  };
}

/** A cut claim as one string, e.g. for a title. */
export const joined = (cut: ClaimInContext): string => `${cut.before}${cut.exact}${cut.after}`;
