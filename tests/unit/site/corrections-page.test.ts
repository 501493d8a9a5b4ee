import { describe, expect, test } from 'vitest';
import { loadCorpusFrom } from '../../../src/analysis/load-corpus.ts';
import { correctionItems } from '../../../src/site/corrections-page.ts';
import { methodologyPage } from '../../../src/site/methodology-page.ts';
import { buildSiteData } from '../../../src/site/site-data.ts';
import { latestUpdate, updateViews } from '../../../src/render/update-log.ts';

const data = buildSiteData(
  loadCorpusFrom({
    actorDirs: ['tests/fixtures/site/actors'],
    articleDirs: ['tests/fixtures/site/articles'],
  }),
);

describe('the corrections page', () => {
  test('lists every entry newest first, each linking to its place on the claim page', () => {
    expect(correctionItems(data).map((i) => [i.sentence, i.href])).toEqual([
      [
        'Updated 29 November 2026: rating changed from Unverified to Supported. The quota notice was found.',
        '/articles/fixture-updates/claims/quota-cut/#update-2026-11-29',
      ],
      [
        "Corrected 28 November 2026: The ministry's name was misspelt in the note.",
        '/articles/fixture-updates/claims/quota-cut/#update-2026-11-28',
      ],
    ]);
  });

  test('is empty when nothing has changed', () => {
    const unchanged = buildSiteData(
      loadCorpusFrom({
        actorDirs: ['tests/fixtures/actors'],
        articleDirs: ['tests/fixtures/exports/articles'],
      }),
    );
    const claimsOnly = {
      ...unchanged,
      articles: new Map([...unchanged.articles].map(([k, a]) => [k, { ...a, updates: [] }])),
    };
    for (const entries of claimsOnly.byArticle.values())
      for (const c of entries.claims) c.updates = [];
    expect(correctionItems(claimsOnly)).toEqual([]);
  });
});

describe('update views', () => {
  test('entries of one day keep their anchors when a newer one is added', () => {
    const entry = { date: '2026-11-28', kind: 'update' as const, note: 'x' };
    expect(updateViews([entry, entry]).map((v) => v.anchor)).toEqual([
      'update-2026-11-28-2',
      'update-2026-11-28',
    ]);
    expect(updateViews([{ ...entry, note: 'newer' }, entry, entry]).map((v) => v.anchor)).toEqual([
      'update-2026-11-28-3',
      'update-2026-11-28-2',
      'update-2026-11-28',
    ]);
  });

  test('the margin note gets the newest entry, with the status it led to', () => {
    const claim = data.byArticle.get('fixture-updates')?.claims[0];
    expect(claim && latestUpdate(claim)?.change).toBe(
      'rating changed from Unverified to Supported.',
    );
  });
});

describe('the methodology page', () => {
  test('defines every term with the anchor badges link to, and a mailto to suggest a claim', () => {
    const page = methodologyPage();
    expect(page.terms.status.map((t) => t.anchor)).toContain('status-not-checkable');
    expect(page.terms.kind.map((t) => t.label)).toEqual(['Correction', 'Update', 'Rating change']);
    expect(page.suggestHref).toMatch(/^mailto:[^?]+\?subject=Suggest%20a%20claim%20to%20check$/);
  });
});
