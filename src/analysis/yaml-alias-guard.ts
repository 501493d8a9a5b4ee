import { isAlias, isMap, isNode, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { MAX_ALIAS_EXPANSION, MAX_YAML_DEPTH, reportYamlTooDeep } from './limits.ts';
import { quoteValue } from './quote-value.ts';
import { report } from './report.ts';

/**
 * Measures what the aliases of `doc` stand for, in one walk of its syntax tree that expands
 * nothing: each node's expanded size is computed once, and an alias costs its anchor's size.
 * Reports, at the alias, the first one that takes the total over `MAX_ALIAS_EXPANSION`, and any
 * alias that points into its own value. Returns false when it reported.
 */
export function checkAliases(
  doc: Document,
  file: VFile,
  place: (offset: number) => Point | undefined,
): boolean {
  const anchors = new Map<string, YamlNode>();
  const sizes = new Map<unknown, number>();
  const open = new Set<unknown>();
  let added = 0;
  const walk = (node: unknown, depth: number): number | undefined => {
    if (depth > MAX_YAML_DEPTH) {
      reportYamlTooDeep(file, place(yamlNodeStart(node) ?? 0));
      return undefined;
    }
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const name = quoteValue(`*${node.source}`);
      if (target && open.has(target)) {
        report(
          file,
          `alias ${name} points into the value it belongs to, which would never end; write the value out`,
          place(yamlNodeStart(node) ?? 0),
          'yaml-alias',
        );
        return undefined;
      }
      const size = sizes.get(target) ?? 1;
      added += size;
      if (added > MAX_ALIAS_EXPANSION) {
        report(
          file,
          `alias ${name} stands for ${size.toLocaleString('en-US')} values, which takes the frontmatter's ` +
            `aliases over ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} values once expanded, too many to ` +
            'check; aliases are for a few shared values such as sources: write the value out instead',
          place(yamlNodeStart(node) ?? 0),
          'yaml-alias',
        );
        return undefined;
      }
      return size;
    }
    if (isNode(node) && node.anchor) anchors.set(node.anchor, node);
    let size = 1;
    open.add(node);
    const children = isMap(node)
      ? node.items.flatMap((pair) => [pair.key, pair.value])
      : isSeq(node)
        ? node.items
        : [];
    for (const child of children) {
      const childSize = child === null || child === undefined ? 1 : walk(child, depth + 1);
      if (childSize === undefined) return undefined;
      size += childSize;
    }
    open.delete(node);
    sizes.set(node, size);
    return size;
  };
  return walk(doc.contents, 0) !== undefined;
}

/** The file offset a node of the `yaml` syntax tree starts at, relative to its block. */
export function yamlNodeStart(node: unknown): number | undefined {
  return node && typeof node === 'object' && 'range' in node
    ? (node as YamlNode).range?.[0]
    : undefined;
}
