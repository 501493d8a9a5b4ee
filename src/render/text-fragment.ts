import type { Selector } from '../analysis/schema/entries.ts';

/**
 * Percent-encodes one term of a text directive: encodeURIComponent, plus `-`, which the Text
 * Fragments syntax reserves (https://wicg.github.io/scroll-to-text-fragment/#syntax).
 */
const term = (text: string): string => encodeURIComponent(text).replace(/-/g, '%2D');

/** Text Fragment matches must start and end on word boundaries: drop a prefix's cut-off first word and a suffix's last. */
function wholeWords(text: string, side: 'prefix' | 'suffix'): string {
  // A fragment cannot match across blocks, so context from another paragraph is useless.
  const inBlock = side === 'prefix' ? (text.split('\n\n').at(-1) ?? '') : (text.split('\n\n')[0] ?? '');
  const words = inBlock.trim().split(/\s+/).filter(Boolean);
  const startsCut = side === 'prefix' && inBlock === text && !/^\s/.test(text);
  const endsCut = side === 'suffix' && inBlock === text && !/\s$/.test(text);
  if (startsCut) words.shift();
  if (endsCut) words.pop();
  return words.join(' ');
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
  const body = words.length > EDGE_WORDS * 2 + 2
    ? `${term(words.slice(0, EDGE_WORDS).join(' '))},${term(words.slice(-EDGE_WORDS).join(' '))}`
    : term(exact);
  const unique = plainText.indexOf(exact) === plainText.lastIndexOf(exact);
  if (unique) return `:~:text=${body}`;
  const prefix = wholeWords(selector.prefix, 'prefix');
  const suffix = wholeWords(selector.suffix, 'suffix');
  return `:~:text=${prefix ? `${term(prefix)}-,` : ''}${body}${suffix ? `,-${term(suffix)}` : ''}`;
}
