import { articleCacheKeys } from '../analysis/cache-keys.ts';
import { corpusFromCollections } from './corpus.ts';
import { oncePerBuild } from './once-per-build.ts';

/**
 * The `cacheKey` of every page that shows one article (its page, claim pages, timelines, embeds,
 * oEmbed documents), by article id. Astro's incremental build copies such a page from the previous
 * build while its key and its code are unchanged. Pages that gather every article (home, actors,
 * the site timeline, the exports) have no key and are always rendered.
 */
export const articleKeys = oncePerBuild(async (): Promise<Map<string, string>> => articleCacheKeys(await corpusFromCollections()));

/** The `cacheKey` part of a `getStaticPaths()` entry: none for a path that is not one article's. */
export const cacheKeyOf = (keys: ReadonlyMap<string, string>, slug: string): { cacheKey?: string } => {
  const key = keys.get(slug);
  return key === undefined ? {} : { cacheKey: key };
};
