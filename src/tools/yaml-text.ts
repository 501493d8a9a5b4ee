import type { Root } from 'mdast';

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

/**
 * The frontmatter of a parsed article: the YAML between its fences, exactly as the file has it
 * (line endings included, where the parser's `node.value` has CRLFs made LF), and where it starts.
 * `fail` makes the caller's error for a file with no frontmatter or an unclosed one.
 *
 * @example
 *   frontmatterText(tree, '---\ntitle: T\n---\nText', 'a.md', (m) => new Error(m)) // { text: 'title: T\n', start: 4 }
 */
export function frontmatterText(
  tree: Root,
  source: string,
  path: string,
  fail: (message: string) => Error,
): { text: string; start: number } {
  const node = tree.children[0];
  const [from, to] = [node?.position?.start.offset, node?.position?.end.offset];
  if (node?.type !== 'yaml' || from === undefined || to === undefined)
    throw fail(`${path} has no frontmatter; fix the file first`);
  // From the line after the opening fence to the closing fence, so every line ends with its break.
  const start = source.indexOf('\n', from) + 1;
  const text = source.slice(start, to - '---'.length);
  if (!text.endsWith('\n'))
    throw fail(`${path}: the frontmatter's closing --- must be on its own line`);
  return { text, start };
}
