import { describe, expect, test } from 'vitest';
import { articleCacheKeys } from '../../../src/analysis/article-cache-keys.ts';
import { loadCorpus, type Corpus } from '../../../src/analysis/load-corpus.ts';
import { buildSiteData } from '../../../src/site/site-data.ts';
import { CORPORA } from '../exports/corpora.ts';

/** The corpus with every list reversed, so nothing can pass by keeping the input order. */
const reversed = (corpus: Corpus): Corpus => ({
  articles: [...corpus.articles].reverse(),
  claims: [...corpus.claims].reverse(),
  events: [...corpus.events].reverse(),
  actors: [...corpus.actors].reverse(),
});

describe.each(CORPORA)('buildSiteData of %s', (_name, corpus) => {
  const data = buildSiteData(reversed(corpus));

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

// Two small articles whose frontmatter lists claims and events in the reverse of the text.
const ORDERED = loadCorpus('tests/fixtures/site-data');

test("each article's claims come in reading order and its events in telling order", () => {
  const data = buildSiteData(reversed(ORDERED));
  const byArticle = (id: string) => ({
    claims: data.byArticle.get(id)?.claims.map((c) => c.id),
    events: data.byArticle.get(id)?.events.map((e) => e.id),
  });
  expect(byArticle('a-first')).toEqual({
    claims: ['early-claim', 'late-claim'],
    events: ['first-event', 'second-event'],
  });
  expect(byArticle('b-second')).toEqual({ claims: ['only-claim'], events: [] });
});

test("an actor's claims come in article order, then reading order", () => {
  const ministry = buildSiteData(reversed(ORDERED)).byActor.get('ministry');
  expect(ministry?.about.map((c) => `${c.article}/${c.id}`)).toEqual([
    'a-first/early-claim',
    'a-first/late-claim',
    'b-second/only-claim',
  ]);
  expect(ministry?.by.map((c) => c.id)).toEqual(['late-claim']);
});
