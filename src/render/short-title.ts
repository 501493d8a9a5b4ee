/**
 * A title cut to at most `max` characters at a word boundary, with "…" when cut, for `<title>`
 * elements that quote long article titles (the full text stays in the page's heading).
 *
 * @example
 *   shortTitle('Japan has finally found a way to deal with China', 30) // 'Japan has finally found a way…'
 */
export function shortTitle(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;.–-]+$/, '')}…`;
}
