import { getCollection, type CollectionEntry } from 'astro:content';
import { oncePerBuild } from './once-per-build.ts';

/** One article's claims in number order and events in the order it tells them, as the collections type them. */
export interface ArticleEntries {
  claims: CollectionEntry<'claims'>['data'][];
  events: CollectionEntry<'events'>['data'][];
}

/**
 * Claims and events grouped by article, read from the collections once per build: filtering the
 * whole collection on every article's page made the build quadratic in the number of articles.
 */
export const entriesByArticle = oncePerBuild(async (): Promise<Map<string, ArticleEntries>> => {
  const [claims, events] = await Promise.all([getCollection('claims'), getCollection('events')]);
  const byArticle = new Map<string, ArticleEntries>();
  const of = (slug: string) =>
    byArticle.get(slug) ?? byArticle.set(slug, { claims: [], events: [] }).get(slug)!;
  for (const { data } of claims) of(data.article.id).claims.push(data);
  for (const { data } of events) of(data.article.id).events.push(data);
  for (const entries of byArticle.values()) {
    entries.claims.sort((a, b) => a.number - b.number);
    entries.events.sort((a, b) => a.told - b.told);
  }
  return byArticle;
});

/** The actors by id. */
export const actorsById = oncePerBuild(
  async (): Promise<Map<string, CollectionEntry<'actors'>['data']>> =>
    new Map((await getCollection('actors')).map((a) => [a.id, a.data])),
);
