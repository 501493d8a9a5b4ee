import { describe, expect, test } from 'vitest';
import { articleCacheKeys } from '../../../src/analysis/article-cache-keys.ts';
import type { Corpus } from '../../../src/analysis/load-corpus.ts';
import { buildSiteData } from '../../../src/site/site-data.ts';
import { CORPORA, SEED_CORPUS } from '../exports/corpora.ts';

/** The corpus with every list reversed, so nothing can pass by keeping the input order. */
const reversed = (corpus: Corpus): Corpus => ({
  articles: [...corpus.articles].reverse(),
  claims: [...corpus.claims].reverse(),
  events: [...corpus.events].reverse(),
  actors: [...corpus.actors].reverse(),
});

describe.each(CORPORA)('buildSiteData of %s', (_name, corpus) => {
  const data = buildSiteData(reversed(corpus));

  test("groups each article's claims in number order and events in telling order", () => {
    for (const article of corpus.articles) {
      const entries = data.byArticle.get(article.id);
      expect(entries?.claims.map((c) => c.id)).toEqual(
        corpus.claims
          .filter((c) => c.article === article.id)
          .sort((a, b) => a.number - b.number)
          .map((c) => c.id),
      );
      expect(entries?.events.map((e) => e.told)).toEqual(
        corpus.events
          .filter((e) => e.article === article.id)
          .map((e) => e.told)
          .sort((a, b) => a - b),
      );
    }
  });

  test('gives each actor the claims it makes, the claims about it and its events, each once', () => {
    for (const actor of corpus.actors) {
      const entries = data.byActor.get(actor.id);
      const ids = (claims: { article: string; id: string }[]) =>
        claims.map((c) => `${c.article}/${c.id}`).sort();
      expect(ids(entries?.by ?? [])).toEqual(
        ids(corpus.claims.filter((c) => c.claimant === actor.id)),
      );
      expect(ids(entries?.about ?? [])).toEqual(
        ids(corpus.claims.filter((c) => c.about.includes(actor.id))),
      );
      expect(ids(entries?.events ?? [])).toEqual(
        ids(corpus.events.filter((e) => e.actors.includes(actor.id))),
      );
    }
  });

  test('names actors and titles articles by id, and keys every article for the cache', () => {
    const keys = articleCacheKeys(reversed(corpus));
    expect(keys.size).toBe(corpus.articles.length);
    for (const actor of corpus.actors) expect(data.actorNames.get(actor.id)).toBe(actor.name);
    for (const article of corpus.articles) {
      expect(data.articleTitles.get(article.id)).toBe(article.title);
      expect(data.cacheKeys.get(article.id)).toBe(keys.get(article.id));
    }
  });
});

test("an actor's claims come in article order, then number order", () => {
  const data = buildSiteData(reversed(SEED_CORPUS));
  const about = [...data.byActor.values()].map((e) => e.about).find((claims) => claims.length > 2);
  const order = about?.map((c) => c.number) ?? [];
  expect(order.length).toBeGreaterThan(2);
  expect(order).toEqual([...order].sort((a, b) => a - b));
});

test('an article without claims or events still has its (empty) entries', () => {
  const corpus = { ...SEED_CORPUS, claims: [], events: [] };
  const data = buildSiteData(corpus);
  for (const article of corpus.articles)
    expect(data.byArticle.get(article.id)).toEqual({ claims: [], events: [] });
});
