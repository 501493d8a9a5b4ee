import { describe, expect, test } from 'vitest';
import { articleCacheKeys } from '../../../src/analysis/article-cache-keys.ts';
import { loadCorpus, type Corpus } from '../../../src/analysis/load-corpus.ts';
import { SEED } from '../helpers/seed.ts';

// An article's key decides whether a rebuild may reuse its pages: it must change with anything
// those pages show, and only then.

const seed = loadCorpus(SEED);
// A second article, the same records under another id, so one can change without the other.
const twin: Corpus = {
  ...seed,
  articles: [...seed.articles, ...seed.articles.map((a) => ({ ...a, id: 'twin' }))],
  claims: [...seed.claims, ...seed.claims.map((c) => ({ ...c, article: 'twin' }))],
  events: [...seed.events, ...seed.events.map((e) => ({ ...e, article: 'twin' }))],
};
const slug = seed.articles[0]!.id;
const before = articleCacheKeys(twin);

describe('articleCacheKeys', () => {
  test('one key per article, the same for the same corpus', () => {
    expect([...before.keys()]).toEqual([slug, 'twin']);
    expect(articleCacheKeys(structuredClone(twin))).toEqual(before);
    expect(before.get(slug)).not.toBe(before.get('twin'));
  });

  test("a changed claim changes its article's key and no other", () => {
    const claims = twin.claims.map((c, i) => (i === 0 ? { ...c, status: 'disputed' as const } : c));
    const after = articleCacheKeys({ ...twin, claims });
    expect(after.get(slug)).not.toBe(before.get(slug));
    expect(after.get('twin')).toBe(before.get('twin'));
  });

  test("a changed event changes its article's key", () => {
    const events = twin.events.map((e) =>
      e.article === 'twin' && e === twin.events.at(-1) ? { ...e, summary: `${e.summary}.` } : e,
    );
    expect(articleCacheKeys({ ...twin, events }).get('twin')).not.toBe(before.get('twin'));
  });

  test('a renamed actor changes every key: every article page may name it', () => {
    const actors = twin.actors.map((a, i) => (i === 0 ? { ...a, name: `${a.name} (renamed)` } : a));
    const after = articleCacheKeys({ ...twin, actors });
    expect(after.get(slug)).not.toBe(before.get(slug));
    expect(after.get('twin')).not.toBe(before.get('twin'));
  });
});
