import type { Nodes, Parent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { mayHold, type MarkerName } from '../analysis/markers.ts';
import type { SourceMap } from './source-map.ts';

/** Which inline nodes a new marker may be placed inside. */
type MayEnter = (node: Nodes) => boolean;

/**
 * Where a new marker of kind `marker` may be placed: in emphasis, and in another marker only when
 * the core's nesting rule lets that marker hold it; never in a link.
 */
export function mayEnterFor(marker: MarkerName): MayEnter {
  return (node) =>
    node.type === 'emphasis' || node.type === 'strong' || mayHold(node, marker) === true;
}

/**
 * The source offsets to wrap so a new marker covers exactly plain-text `[start, end)` of a block,
 * or `undefined` when that would cut through a marker, link or emphasis (the marker could not
 * close where it opened). `base` is the block's offset in the plain text.
 *
 * @example
 *   spliceSpan(paragraph, 0, 4, 9, map, () => false) // [41, 46]: the source of the 5th–9th characters
 */
export function spliceSpan(
  container: Parent,
  base: number,
  start: number,
  end: number,
  map: SourceMap,
  mayEnter: MayEnter,
): [number, number] | undefined {
  let offset = base;
  const children = container.children.map((child) => {
    const from = offset;
    offset += toString(child).length;
    return { child: child as Nodes, from, to: offset };
  });
  for (const { child, from, to } of children) {
    const composite = 'children' in child;
    if (composite && from <= start && end <= to && !(start === from && end === to)) {
      return mayEnter(child) ? spliceSpan(child, from, start, end, map, mayEnter) : undefined;
    }
  }
  let sourceStart = map.start(start);
  let sourceEnd = map.end(end);
  for (const { child, from, to } of children) {
    if (!('children' in child) || from === to) continue;
    if ((from < start && start < to) || (from < end && end < to)) return undefined;
    if (from === start) sourceStart = child.position?.start.offset ?? sourceStart;
    if (to === end) sourceEnd = child.position?.end.offset ?? sourceEnd;
  }
  return sourceStart < sourceEnd ? [sourceStart, sourceEnd] : undefined;
}
