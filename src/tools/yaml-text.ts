/** Offsets in frontmatter YAML text, for edits that rewrite whole lines and leave the rest as written. */

/** Where the line holding `at` starts. */
export const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;

/** Where the line holding `at` ends, after its line break; `at` itself when it starts a line. */
export const lineEnd = (text: string, at: number): number => {
  if (at > 0 && text[at - 1] === '\n') return at;
  const next = text.indexOf('\n', at);
  return next === -1 ? text.length : next + 1;
};

/** A YAML node's source range, when it has one. */
export const rangeOf = (node: unknown): readonly [number, number, number] | undefined =>
  node && typeof node === 'object' && 'range' in node
    ? ((node as { range?: [number, number, number] }).range ?? undefined)
    : undefined;
