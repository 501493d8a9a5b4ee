// The typed corpus back from the content collections: the shared step of every /data/ endpoint and of the pages' cache keys.
import { getCollection } from 'astro:content';
import type { Corpus } from '../analysis/load-corpus.ts';
import { oncePerBuild } from './once-per-build.ts';

/**
 * The typed entries back from the content collections, with Astro references turned back into
 * the ids the exports use. No Markdown is read again; a build asks once and every endpoint shares
 * the answer.
 */
export const corpusFromCollections = oncePerBuild(fromCollections);

async function fromCollections(): Promise<Corpus> {
  const [articles, claims, events, actors] = await Promise.all([
    getCollection('articles'),
    getCollection('claims'),
    getCollection('events'),
    getCollection('actors'),
  ]);
  return {
    articles: articles.map(({ data }) => ({ ...data, author: data.author.id })),
    claims: claims.map(({ data }) => ({
      ...data,
      article: data.article.id,
      claimant: data.claimant.id,
      about: data.about.map((a) => a.id),
    })),
    events: events.map(({ data }) => ({
      ...data,
      article: data.article.id,
      actors: data.actors.map((a) => a.id),
    })),
    actors: actors.map(({ data }) => data),
  };
}

/** The configured `site`, which every canonical URL needs. */
export function requireSite(site: URL | undefined): URL {
  if (!site)
    throw new Error(
      'astro.config.ts must set `site`: the data exports carry absolute, canonical URLs',
    );
  return site;
}

/** A JSON response, compact: the largest exports run to megabytes, and browsers indent JSON themselves. */
export function json(value: unknown, type = 'application/json'): Response {
  return new Response(`${JSON.stringify(value)}\n`, {
    headers: { 'Content-Type': `${type}; charset=utf-8` },
  });
}

/** A CSV response. */
export function csv(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
