import escapeStringRegexp from 'escape-string-regexp';
import type { Nodes, Root } from 'mdast';
import type { Node as UnistNode } from 'unist';
import type { TextDirective } from 'mdast-util-directive';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { isDirective } from './markers.ts';

/** Alias → actor id, for every actor of the site. */
export type AliasIndex = ReadonlyMap<string, string>;

/**
 * A regular expression matching any alias as a whole word; longer aliases are tried first, so
 * "Indian Foreign Minister Sujan Singh" wins over "Sujan Singh".
 *
 * @example
 *   aliasPattern(new Map([['India', 'india']])).test('Indian') // false: not a whole word
 */
export function aliasPattern(aliases: AliasIndex): RegExp | undefined {
  if (aliases.size === 0) return undefined;
  const alternatives = [...aliases.keys()]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeStringRegexp);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
}

/**
 * Wraps every alias occurrence in an `:actor` marker with `ref` set, as if the author had marked it.
 * Text already inside an `:actor` or `:event` marker, a link or code is left alone
 * (an event marker becomes a link, and links do not nest).
 */
export function markAliases(tree: Root, aliases: AliasIndex): void {
  const pattern = aliasPattern(aliases);
  if (!pattern) return;
  findAndReplace(
    tree,
    [
      pattern,
      (value: string): TextDirective => ({
        type: 'textDirective',
        name: 'actor',
        attributes: { ref: aliases.get(value) ?? '' },
        children: [{ type: 'text', value }],
        data: { found: true },
      }),
    ],
    { ignore: isOpaque },
  );
}

/** Nodes whose text must not gain actor links. */
function isOpaque(node: Nodes | UnistNode): boolean {
  if (node.type === 'link' || node.type === 'inlineCode' || node.type === 'code') return true;
  return isDirective(node as Nodes, 'actor') || isDirective(node as Nodes, 'event');
}

declare module 'mdast' {
  interface Data {
    /** Set on `:actor` markers the alias matcher added. */
    found?: boolean;
  }
}
