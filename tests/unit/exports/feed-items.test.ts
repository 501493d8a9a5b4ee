import { expect, test } from 'vitest';
import type { Article } from '../../../src/analysis/schema/entries.ts';
import { feedItems } from '../../../src/exports/feed-items.ts';
import { SEED_CORPUS } from './corpora.ts';

/** Copies of the published article analysed on different days, listed out of date order. */
const base = SEED_CORPUS.articles[0] as Article;
const articles = [
  { ...base, id: 'middle', analysed: '2026-02-10' },
  { ...base, id: 'newest', analysed: '2026-03-01' },
  { ...base, id: 'oldest', analysed: '2025-12-31' },
  { ...base, id: 'also-newest', analysed: '2026-03-01' },
];

test('feed items come newest analysis first, same-day analyses by slug', () => {
  expect(feedItems(articles, SEED_CORPUS.claims).map((i) => i.link)).toEqual([
    '/articles/also-newest/',
    '/articles/newest/',
    '/articles/middle/',
    '/articles/oldest/',
  ]);
});

test('each feed item is dated the day of its analysis, at midnight UTC', () => {
  const dated = new Map(
    feedItems(articles, SEED_CORPUS.claims).map((i) => [i.link, i.pubDate.toISOString()]),
  );
  expect(dated.get('/articles/oldest/')).toBe('2025-12-31T00:00:00.000Z');
  expect(dated.get('/articles/newest/')).toBe('2026-03-01T00:00:00.000Z');
});

test('an item leads with our verdict and key findings, the headline only quoted and attributed', () => {
  const [item] = feedItems([base], SEED_CORPUS.claims);
  expect(item?.title).toBe(base.assessment.verdict);
  expect(item?.title).not.toContain(base.title);
  expect(item?.description).toMatch(/^Key claims: /);
  expect(item?.description).toContain(`The article: “${base.title}” (${base.source.publisher}).`);
});
