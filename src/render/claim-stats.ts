import {
  ClaimStatusSchema,
  ClaimTypeSchema,
  type ClaimStatus,
  type ClaimType,
} from '../analysis/schema/vocabulary.ts';

/** Claim counts of one article, in vocabulary order, zero counts left out. */
interface ClaimCounts {
  byType: [ClaimType, number][];
  byStatus: [ClaimStatus, number][];
}

/** Counts of each value of `values` among `items`, in the order of `values`, zero counts left out. */
function countIn<T extends string>(values: readonly T[], items: readonly T[]): [T, number][] {
  return values
    .map((value): [T, number] => [value, items.filter((item) => item === value).length])
    .filter(([, n]) => n > 0);
}

/**
 * Counts claims by type and by status, for an article's summary panel and the index.
 *
 * @example
 *   countClaims([{ type: 'opinion', status: 'unverified' }]).byType // [['opinion', 1]]
 */
export function countClaims(
  claims: readonly { type: ClaimType; status: ClaimStatus }[],
): ClaimCounts {
  return {
    byType: countIn(
      ClaimTypeSchema.options,
      claims.map((c) => c.type),
    ),
    byStatus: countIn(
      ClaimStatusSchema.options,
      claims.map((c) => c.status),
    ),
  };
}
