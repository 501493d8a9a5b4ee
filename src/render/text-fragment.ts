import type { Selector } from '../analysis/schema/entries.ts';
import { BLOCK_SEPARATOR } from '../analysis/text-blocks.ts';

/**
 * Percent-encodes one term of a text directive: encodeURIComponent, plus `-`, which the Text
 * Fragments syntax reserves (https://wicg.github.io/scroll-to-text-fragment/#syntax).
 */
const term = (text: string): string => encodeURIComponent(text).replace(/-/g, '%2D');

/**
 * The selector's prefix and suffix cut to what a text directive can use: matches must start and
 * end on word boundaries and cannot cross blocks, so words from another paragraph and words the
 * selector's window cut in half are dropped.
 */
function affixes(plainText: string, selector: Selector): { prefix: string; suffix: string } {
  const block = plainText.lastIndexOf(BLOCK_SEPARATOR, selector.start);
  const blockStart = block === -1 ? 0 : block + BLOCK_SEPARATOR.length;
  const after = plainText.indexOf(BLOCK_SEPARATOR, selector.end);
  const blockEnd = after === -1 ? plainText.length : after;
  const from = Math.max(blockStart, selector.start - selector.prefix.length);
  const to = Math.min(blockEnd, selector.end + selector.suffix.length);
  const prefixWords = plainText.slice(from, selector.start).trim().split(/\s+/).filter(Boolean);
  const suffixWords = plainText.slice(selector.end, to).trim().split(/\s+/).filter(Boolean);
  if (from > blockStart && /\S/.test(plainText.charAt(from - 1))) prefixWords.shift();
  if (to < blockEnd && /\S/.test(plainText.charAt(to))) suffixWords.pop();
  return { prefix: prefixWords.join(' '), suffix: suffixWords.join(' ') };
}

/** Words of a long quotation kept at each end when it is linked as `start,end`. */
const EDGE_WORDS = 5;

/**
 * The `#:~:text=` fragment that finds a claim's words in its article, for browsers that scroll
 * to text. Prefix and suffix (from the selector, whole words within the paragraph) are added only
 * when the words occur more than once in the article, because the rendered page puts note
 * numbers between claims that the plain text does not have. Long quotations are linked as
 * `start,end` to keep the link short.
 *
 * @example
 *   textFragment('A short claim.', selector) // ':~:text=A%20short%20claim.'
 */
export function textFragment(plainText: string, selector: Selector): string {
  const { exact } = selector;
  const words = exact.trim().split(/\s+/);
  const body =
    words.length > EDGE_WORDS * 2 + 2
      ? `${term(words.slice(0, EDGE_WORDS).join(' '))},${term(words.slice(-EDGE_WORDS).join(' '))}`
      : term(exact);
  // Browsers match text directives case-insensitively.
  const lower = plainText.toLowerCase();
  const unique = lower.indexOf(exact.toLowerCase()) === lower.lastIndexOf(exact.toLowerCase());
  if (unique) return `:~:text=${body}`;
  const { prefix, suffix } = affixes(plainText, selector);
  return `:~:text=${prefix ? `${term(prefix)}-,` : ''}${body}${suffix ? `,-${term(suffix)}` : ''}`;
}
