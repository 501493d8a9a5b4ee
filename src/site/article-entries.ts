import { getCollection, type CollectionEntry } from 'astro:content';

/** One article's claims in number order and events in the order it tells them, as the collections type them. */
export interface ArticleEntries {
  claims: CollectionEntry<'claims'>['data'][];
  events: CollectionEntry<'events'>['data'][];
}

let cached: Promise<Map<string, ArticleEntries>> | undefined;

/**
 * Claims and events grouped by article, read from the collections once per build: filtering the
 * whole collection on every article's page made the build quadratic in the number of articles.
 * The dev server reads them afresh each time, so edits show.
 */
export function entriesByArticle(): Promise<Map<string, ArticleEntries>> {
  if (import.meta.env.DEV) return read();
  cached ??= read();
  return cached;
}

async function read(): Promise<Map<string, ArticleEntries>> {
  const [claims, events] = await Promise.all([getCollection('claims'), getCollection('events')]);
  const byArticle = new Map<string, ArticleEntries>();
  const of = (slug: string) => byArticle.get(slug) ?? byArticle.set(slug, { claims: [], events: [] }).get(slug)!;
  for (const { data } of claims) of(data.article.id).claims.push(data);
  for (const { data } of events) of(data.article.id).events.push(data);
  for (const entries of byArticle.values()) {
    entries.claims.sort((a, b) => a.number - b.number);
    entries.events.sort((a, b) => a.told - b.told);
  }
  return byArticle;
}

/** The actors by id, read once per build. */
let actorsCached: Promise<Map<string, CollectionEntry<'actors'>['data']>> | undefined;
export function actorsById(): Promise<Map<string, CollectionEntry<'actors'>['data']>> {
  const read = async () => new Map((await getCollection('actors')).map((a) => [a.id, a.data]));
  if (import.meta.env.DEV) return read();
  actorsCached ??= read();
  return actorsCached;
}
