/**
 * Where `j` (forward) or `k` (back) goes: the index, in `stops`, of the first stop after `from`
 * (or the last before it), or undefined at either end. `stops` are the document positions of the
 * claims the keys visit, ascending; `from` is the position of the claim the reader is on, which
 * need not be a stop (a quiet claim focused with Tab), or -1 for none: then `j` goes to the
 * first stop and `k` to the last.
 *
 * @example
 *   nextIndex([0, 2, 4], -1, 'j') // 0
 *   nextIndex([0, 2, 4], 3, 'j')  // 2 (position 4: the next stop after the quiet claim at 3)
 *   nextIndex([0, 2, 4], 4, 'j')  // undefined
 */
export function nextIndex(
  stops: readonly number[],
  from: number,
  key: 'j' | 'k',
): number | undefined {
  if (stops.length === 0) return undefined;
  if (from < 0) return key === 'j' ? 0 : stops.length - 1;
  const index =
    key === 'j'
      ? stops.findIndex((stop) => stop > from)
      : stops.findLastIndex((stop) => stop < from);
  return index < 0 ? undefined : index;
}
