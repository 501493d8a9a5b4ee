/** html-validate's `long-title` limit, a little above what search results show. */
export const MAX_TITLE = 70;

/** Extra characters each character costs once Astro escapes it in text (`"` → `&quot;`…). */
const ESCAPE_COST: Readonly<Record<string, number>> = { '"': 5, '&': 4, "'": 4, '<': 3, '>': 3 };

/**
 * The length of text as it stands in the built HTML. html-validate's `long-title` counts the
 * source text of the element, entities included, so a title is measured that way.
 */
export const servedLength = (text: string): number =>
  [...text].reduce((n, c) => n + 1 + (ESCAPE_COST[c] ?? 0), 0);

/**
 * Shortens text to at most `max` characters as served (see servedLength), cutting at a word boundary and
 * marking the cut with "…". Text that fits is returned as is.
 *
 * @example
 *   clipText('Japan has finally found a way to deal with China', 20) // 'Japan has finally…'
 */
export function clipText(text: string, max: number): string {
  if (servedLength(text) <= max) return text;
  let end = max - 1;
  while (servedLength(text.slice(0, end)) > max - 1) end -= 1;
  const cut = text.slice(0, end);
  // Keep the cut whole when it already ends a word, else back up to the last whole word.
  const space = /\s/.test(text.charAt(end)) ? cut.length : cut.lastIndexOf(' ');
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
  return servedLength(full) <= MAX_TITLE ? full : clipText(title, MAX_TITLE);
}
