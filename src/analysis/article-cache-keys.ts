import type { Corpus } from './load-corpus.ts';
import { digest } from './parse-cache.ts';

/**
 * A key per article that changes whenever anything its pages show changes: the article, its
 * claims and events, and any actor (an article's pages name actors, and an actor's name or
 * aliases may change without the article changing). An incremental build reuses an article's
 * pages from the previous build only while this key is the same.
 */
export function articleCacheKeys(corpus: Corpus): Map<string, string> {
  const actors = digest(
    JSON.stringify([...corpus.actors].sort((a, b) => a.id.localeCompare(b.id))),
  );
  const parts = new Map<string, unknown[]>(
    corpus.articles.map((article) => [article.id, [article]]),
  );
  for (const record of [...corpus.claims, ...corpus.events])
    parts.get(record.article)?.push(record);
  return new Map(
    [...parts].map(([slug, records]) => [slug, digest(actors, JSON.stringify(records))]),
  );
}
