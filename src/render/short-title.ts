// What each character Astro escapes in text adds to its length in the HTML source (`'` → `&#39;`).
const EXTRA: Record<string, number> = { "'": 4, '"': 5, '&': 4, '<': 3, '>': 3 };

/** The length of `text` in the HTML source once escaped, which is what html-validate's long-title rule measures. */
export function sourceLength(text: string): number {
  let length = 0;
  for (const char of text) length += 1 + (EXTRA[char] ?? 0);
  return length;
}

/**
 * A title cut at a word boundary, with "…" when cut, so that its escaped source is at most `max`
 * characters: for `<title>` elements that quote long article titles (the full text stays in the
 * page's heading).
 *
 * @example
 *   shortTitle('Japan has finally found a way to deal with China', 30) // 'Japan has finally found a way…'
 */
export function shortTitle(text: string, max: number): string {
  if (sourceLength(text) <= max) return text;
  let cut = text;
  while (cut.length > 0 && sourceLength(cut) + 1 > max) cut = cut.slice(0, -1);
  // Cut at the last word boundary, which may be right after the cut.
  const space = text[cut.length] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > cut.length / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;.–(-]+$/, '')}…`;
}
