import { expect, test } from 'vitest';
import { actorRecords } from '../../../src/exports/actor-records.ts';
import { articleRecords } from '../../../src/exports/article-records.ts';
import { claimRecords } from '../../../src/exports/claim-records.ts';
import { claimSearchPages } from '../../../src/exports/claim-search-pages.ts';
import { FIXTURE, SEED_CORPUS, SITE } from './corpora.ts';

const pagesOf = (corpus: typeof FIXTURE) =>
  claimSearchPages(
    claimRecords(corpus.claims, SITE),
    articleRecords(corpus.articles, SITE),
    actorRecords(corpus.actors, corpus.articles, corpus.claims, SITE),
  );

test('each claim gets one search page that opens the article at the claim', () => {
  const pages = pagesOf(SEED_CORPUS);
  expect(pages.map((p) => p.url)).toEqual(
    claimRecords(SEED_CORPUS.claims, SITE).map((c) => `/articles/${c.article}/#claim-${c.id}`),
  );
});

test("a search page holds the claim's words escaped, its verdict, its claimant by name, and the sanitised note", () => {
  const page = pagesOf(FIXTURE).find((p) => p.url.endsWith('#claim-script-claim'));
  expect(page?.html).toMatch(
    /<h1 data-pagefind-meta="title" data-pagefind-ignore="">Unverified: “[^”]*the &#x3C;script> tag/,
  );
  expect(page?.html).toContain('the &#x3C;script> tag &#x26; "quotes" stay words');
  // An unverified claim gets no verdict: the result says what was not found.
  expect(page?.html).toContain('<p>What we found: Unverified. No record found: ');
  expect(page?.html).not.toContain('Our verdict');
  expect(page?.html).toContain(
    '<p>Claimed by Japan (quote), in “A &#x3C;b>bold&#x3C;/b> title &#x26; more”.</p>',
  );
  expect(page?.html).toContain('<p>A note with emphasis &#x26; an ampersand.</p>');
  expect(page?.html).not.toContain('<script>');
});

test('a result with a verdict is titled by it and carries its one-line finding', () => {
  const claims = claimRecords(SEED_CORPUS.claims, SITE);
  const misleading = claims.find((c) => c.status === 'misleading');
  const page = pagesOf(SEED_CORPUS).find((p) => p.url.endsWith(`#claim-${misleading?.id}`));
  expect(page?.html).toContain('data-pagefind-ignore="">Misleading: “');
  expect(page?.html).toContain(`<p>Our verdict: Misleading. ${misleading?.finding}</p>`);
});

test('a claim whose article is missing from the articles export fails loudly', () => {
  const claims = claimRecords(SEED_CORPUS.claims, SITE);
  expect(() => claimSearchPages(claims, [], [])).toThrow(/not in articles.json/);
});
