/**
 * The claim to move to from `current` with `j` (forward) or `k` (back), or undefined at either end.
 * With no current claim, `j` goes to the first and `k` to the last.
 *
 * @example
 *   nextIndex(-1, 5, 'j') // 0
 *   nextIndex(4, 5, 'j')  // undefined
 */
export function nextIndex(current: number, count: number, key: 'j' | 'k'): number | undefined {
  if (count === 0) return undefined;
  if (current < 0) return key === 'j' ? 0 : count - 1;
  const next = key === 'j' ? current + 1 : current - 1;
  return next >= 0 && next < count ? next : undefined;
}
