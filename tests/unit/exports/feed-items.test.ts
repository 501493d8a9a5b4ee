import { expect, test } from 'vitest';
import { feedItems } from '../../../src/exports/feed-items.ts';
import { CORPORA } from './corpora.ts';

test('feed items link every article, newest analysis first, dated the day of the analysis', () => {
  const articles = CORPORA.flatMap(([, corpus]) => corpus.articles);
  const items = feedItems(articles);
  expect(items.map((i) => i.link).sort()).toEqual(articles.map((a) => `/articles/${a.id}/`).sort());
  const days = items.map((i) => i.pubDate.toISOString().slice(0, 10));
  expect(days).toEqual([...days].sort().reverse());
  expect(new Set(days)).toEqual(new Set(articles.map((a) => a.analysed)));
});
