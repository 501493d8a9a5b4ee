import type { ActorRegistry } from '../analysis/parse-state.ts';
import {
  createArticleProcessor,
  parseArticle,
  type ParsedArticle,
} from '../analysis/parse-article.ts';
import type { ClaimStatus } from '../analysis/schema/vocabulary.ts';

/** A claim whose status changed since the last commit with no `rating-change` entry saying so. */
export interface StatusChange {
  claim: string;
  from: ClaimStatus;
  to: ClaimStatus;
  /** The place of the claim's `status:` in the current file. */
  line: number;
  column: number;
}

/**
 * The claims of `current` whose status differs from the committed version's (`previous`) without
 * an entry `{ kind: rating-change, from: <the committed status> }` in their `updates`. A claim
 * retired with `to:` is followed to its new id. When the committed version does not parse, there
 * is nothing reliable to compare with, and none are reported.
 *
 * @example
 *   unloggedStatusChanges(parsed, committedSource, registry)
 *   // [{ claim: 'india-strong-support', from: 'unverified', to: 'supported', line: 41, column: 5 }]
 */
export function unloggedStatusChanges(
  current: ParsedArticle,
  previous: string,
  registry: ActorRegistry,
): StatusChange[] {
  const path = current.file.path;
  const before = parseArticle(createArticleProcessor(registry), previous, path, {
    allowUnwritten: true,
  });
  if (before.claims.length === 0) return [];
  const movedTo = new Map(
    (current.article?.retired ?? []).flatMap((r) => (r.to ? [[r.id, r.to]] : [])),
  );
  const changes: StatusChange[] = [];
  for (const old of before.claims) {
    const claim = current.claims.find((c) => c.id === (movedTo.get(old.id) ?? old.id));
    if (!claim || claim.status === old.status) continue;
    if (claim.updates.some((u) => u.kind === 'rating-change' && u.from === old.status)) continue;
    const { yaml, location } = current.file.data;
    const point = yaml && location?.toPoint(yaml.offsetOf(['claims', claim.id, 'status']));
    changes.push({
      claim: claim.id,
      from: old.status,
      to: claim.status,
      line: point?.line ?? 1,
      column: point?.column ?? 1,
    });
  }
  return changes;
}
