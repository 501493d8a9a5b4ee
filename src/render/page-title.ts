/** html-validate's `long-title` limit, a little above what search results show. */
export const MAX_TITLE = 70;

/**
 * Shortens text to at most `max` characters, cutting at a word boundary and marking the cut with
 * "…". Text that fits is returned as is.
 *
 * @example
 *   clipText('Japan has finally found a way to deal with China', 20) // 'Japan has finally…'
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // Keep the cut whole when it already ends a word, else back up to the last whole word.
  const space = /\s/.test(text.charAt(max - 1)) ? cut.length : cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * A page's `<title>`: "Title · ClaimLens" when it fits in MAX_TITLE characters, else the title
 * alone, clipped; the page's own heading still carries the full title.
 *
 * @example
 *   pageTitle('Actors') // 'Actors · ClaimLens'
 */
export function pageTitle(title: string, site = 'ClaimLens'): string {
  const full = `${title} · ${site}`;
  return full.length <= MAX_TITLE ? full : clipText(title, MAX_TITLE);
}
