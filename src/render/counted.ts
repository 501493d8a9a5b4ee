const PLURAL = new Intl.PluralRules('en');

/**
 * A count with its noun agreeing, as a copy editor writes it: "1 claim", "2 claims", "0 events".
 * `many` is the plural where it is not the noun plus "s".
 *
 * @example
 *   counted(1, 'claim') // '1 claim'
 *   counted(3, 'analysis', 'analyses') // '3 analyses'
 */
export const counted = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${PLURAL.select(n) === 'one' ? one : many}`;
