import { articleCacheKeys } from '../analysis/article-cache-keys.ts';
import { corpusFromCollections } from './corpus.ts';
import { oncePerBuild } from './once-per-build.ts';

/**
 * The `cacheKey` of every page that shows one article (its page, claim pages, timelines, embeds,
 * oEmbed documents), by article id. Astro's incremental build reuses such a page from an earlier
 * build while its key and its code are unchanged. Pages that gather every article (home, actors,
 * the site timeline, the exports) have no key and are always rendered.
 */
const articleKeys = oncePerBuild(async (): Promise<Map<string, string>> =>
  articleCacheKeys(await corpusFromCollections()),
);

/**
 * The paths of a `getStaticPaths()` with the cache key of the article each one shows (`params.slug`);
 * a path that is not one article's, such as /data/timelinejs/all.json, gets none and is always built.
 */
export async function withArticleKeys<T extends { params: { slug: string } }>(
  paths: readonly T[],
): Promise<(T & { cacheKey?: string })[]> {
  const keys = await articleKeys();
  return paths.map((path) => {
    const key = keys.get(path.params.slug);
    return key === undefined ? path : { ...path, cacheKey: key };
  });
}
