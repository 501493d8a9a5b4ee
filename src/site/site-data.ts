/**
 * The one way pages, components and endpoints read the content: `await siteData()` gives every
 * entry with plain ids for its references (the shape of src/analysis/), indexed and grouped the
 * ways the views need, built once per build. A view never calls `getCollection` and never
 * filters a whole collection per page: that made the build quadratic in the number of articles.
 *
 * To give a page something new, add a typed function of `SiteData` beside the others in
 * src/site/ (e.g. `actorPage(data, id)` in actor-page.ts) and test it on
 * `buildSiteData(corpus)` with a corpus from `loadCorpus`; the page's frontmatter only calls it.
 */
import { getCollection } from 'astro:content';
import { articleCacheKeys } from '../analysis/article-cache-keys.ts';
import type { Corpus } from '../analysis/load-corpus.ts';
import type { Actor, Article, ArticleEvent, Claim } from '../analysis/schema/entries.ts';
import { liveContent, servingLive } from '../dev/content-status.ts';
import { oncePerBuild } from './once-per-build.ts';

/** One article's claims in number order and events in the order it tells them. */
interface ArticleEntries {
  claims: Claim[];
  events: ArticleEvent[];
}

/** What involves one actor, across articles; claims in article then number order. */
interface ActorEntries {
  /** Claims the actor makes. */
  by: Claim[];
  /** Claims about the actor. */
  about: Claim[];
  /** Claims whose words name the actor, neither by it nor about it. */
  named: Claim[];
  /** Events the actor takes part in, in corpus order. */
  events: ArticleEvent[];
}

/** Everything the views read, each entry once, referencing others by id. */
export interface SiteData {
  /** Every entry in corpus order, as the exports take them. */
  corpus: Corpus;
  articles: ReadonlyMap<string, Article>;
  actors: ReadonlyMap<string, Actor>;
  /** Every article has an entry, empty if it has no claims or events. */
  byArticle: ReadonlyMap<string, ArticleEntries>;
  /** Every actor has an entry, empty if nothing involves it. */
  byActor: ReadonlyMap<string, ActorEntries>;
  /** Actor names and article titles by id, for the views that only name them. */
  actorNames: ReadonlyMap<string, string>;
  articleTitles: ReadonlyMap<string, string>;
  /**
   * The `cacheKey` of the pages that show one article, by article id (see analysis/article-cache-keys.ts): Astro's
   * incremental build reuses such a page while its key and its code are unchanged.
   */
  cacheKeys: ReadonlyMap<string, string>;
}

const byReading = (a: Claim, b: Claim) => a.article.localeCompare(b.article) || a.number - b.number;

/**
 * Indexes and groups a corpus for the views. A function of its arguments alone: the caller says
 * whether to hash the cache keys (`cacheKeys: false` leaves `cacheKeys` empty).
 *
 * @example
 *   buildSiteData(loadCorpus('content')).byArticle.get('japan-india-rare-earths')?.claims[0]?.number // 1
 */
export function buildSiteData(
  corpus: Corpus,
  { cacheKeys = true }: { cacheKeys?: boolean } = {},
): SiteData {
  const byArticle = new Map<string, ArticleEntries>(
    corpus.articles.map((a) => [a.id, { claims: [], events: [] }]),
  );
  const byActor = new Map<string, ActorEntries>(
    corpus.actors.map((a) => [a.id, { by: [], about: [], named: [], events: [] }]),
  );
  const claimsByKey = new Map(corpus.claims.map((c) => [`${c.article}/${c.id}`, c]));
  for (const claim of corpus.claims) {
    byArticle.get(claim.article)?.claims.push(claim);
    byActor.get(claim.claimant)?.by.push(claim);
    for (const id of new Set(claim.about)) byActor.get(id)?.about.push(claim);
  }
  for (const article of corpus.articles) {
    for (const mention of article.mentions) {
      const claim = mention.claim && claimsByKey.get(`${article.id}/${mention.claim}`);
      const entries = byActor.get(mention.actor);
      if (!claim || !entries) continue;
      const involved = claim.claimant === mention.actor || claim.about.includes(mention.actor);
      if (!involved && !entries.named.includes(claim)) entries.named.push(claim);
    }
  }
  for (const event of corpus.events) {
    byArticle.get(event.article)?.events.push(event);
    for (const id of new Set(event.actors)) byActor.get(id)?.events.push(event);
  }
  for (const entries of byArticle.values()) {
    entries.claims.sort((a, b) => a.number - b.number);
    entries.events.sort((a, b) => a.told - b.told);
  }
  for (const entries of byActor.values()) {
    entries.by.sort(byReading);
    entries.about.sort(byReading);
    entries.named.sort(byReading);
  }
  return {
    corpus,
    articles: new Map(corpus.articles.map((a) => [a.id, a])),
    actors: new Map(corpus.actors.map((a) => [a.id, a])),
    byArticle,
    byActor,
    actorNames: new Map(corpus.actors.map((a) => [a.id, a.name])),
    articleTitles: new Map(corpus.articles.map((a) => [a.id, a.title])),
    cacheKeys: cacheKeys ? articleCacheKeys(corpus) : new Map(),
  };
}

/** The site data of this build: the content collections read once, then shared by every page. */
export const siteData = oncePerBuild(async (): Promise<SiteData> =>
  // Hashing every article's records is the dearest part, and only a build's pages need the keys:
  // the dev server has no incremental build and rebuilds this data after each edit.
  buildSiteData(await readCollections(), { cacheKeys: !servingLive() }),
);

async function readCollections(): Promise<Corpus> {
  // The dev server's pages read its live corpus, current as soon as a change is taken in;
  // Astro's collections there keep the corpus the server started with (src/loaders/corpus-loader.ts).
  const live = liveContent();
  if (live) return live.corpus;
  const [articles, claims, events, actors] = await Promise.all([
    getCollection('articles'),
    getCollection('claims'),
    getCollection('events'),
    getCollection('actors'),
  ]);
  const data = <T>(entries: { data: T }[]): T[] => entries.map((entry) => entry.data);
  return {
    articles: data(articles),
    claims: data(claims),
    events: data(events),
    actors: data(actors),
  };
}

/**
 * The paths of a `getStaticPaths()` with the cache key of the article each one shows
 * (`params.slug`); a path that is not one article's, such as /data/timelinejs/all.json, gets none
 * and is always built. Pages that gather every article (home, actors, the site timeline, the
 * exports) have no key and are always rendered.
 */
export async function withArticleKeys<T extends { params: { slug: string } }>(
  paths: readonly T[],
): Promise<(T & { cacheKey?: string })[]> {
  const { cacheKeys } = await siteData();
  return paths.map((path) => {
    const key = cacheKeys.get(path.params.slug);
    return key === undefined ? path : { ...path, cacheKey: key };
  });
}
