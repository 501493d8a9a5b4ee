import { describe, expect, test } from 'vitest';
import { markRank } from '../../../src/analysis/claim-labels.ts';
import { articlePage, markLegend } from '../../../src/site/article-page.ts';
import { retiredLinks } from '../../../src/site/retired-links.ts';
import { buildSiteData } from '../../../src/site/site-data.ts';
import { SEED_CORPUS } from '../exports/corpora.ts';

const data = buildSiteData(SEED_CORPUS);
const slug = SEED_CORPUS.articles[0]?.id ?? '';
const page = articlePage(data, slug, new URL('https://claimlens.example'));

describe('marks that rank', () => {
  test('a verdict against a claim stands out, a supported one is light, the rest are quiet', () => {
    expect(markRank({ status: 'false' })).toBe('strong');
    expect(markRank({ status: 'misleading' })).toBe('strong');
    expect(markRank({ status: 'disputed' })).toBe('strong');
    expect(markRank({ status: 'supported' })).toBe('light');
    expect(markRank({ status: 'unverified' })).toBe('quiet');
    expect(markRank({ status: 'not-checkable' })).toBe('quiet');
  });

  test('the legend lists the statuses the text uses, strongest first, with their counts', () => {
    const legend = markLegend([
      { type: 'factual', status: 'supported' },
      { type: 'opinion', status: 'not-checkable' },
      { type: 'factual', status: 'false' },
      { type: 'attributed', status: 'supported' },
    ]);
    expect(legend.map((e) => [e.status, e.rank, e.count])).toEqual([
      ['false', 'strong', 1],
      ['supported', 'light', 2],
      ['not-checkable', 'quiet', 1],
    ]);
    expect(legend[0]?.href).toBe('/methodology/#status-false');
  });

  test("the seed's quiet legend entries count its unverified and not-checkable claims", () => {
    const quiet = page.claims.filter((c) => ['unverified', 'not-checkable'].includes(c.status));
    const quietCount = page.legend
      .filter((e) => e.rank === 'quiet')
      .reduce((sum, e) => sum + e.count, 0);
    expect(quietCount).toBe(quiet.length);
    expect(quietCount).toBeGreaterThan(0);
  });
});

describe('the key claims of the reading', () => {
  test('are the assessment’s claims, in its order, each with its verdict and finding', () => {
    expect(page.keyClaims.map((k) => k.id)).toEqual(page.article.assessment.key);
    for (const key of page.keyClaims) {
      const claim = page.claimsById.get(key.id);
      expect(key.verdict.finding).toBe(claim?.finding);
      expect(key.verdict.status).toBe(claim?.status);
      expect(key.verdict.label).toMatch(/^[A-Z]/);
      expect(key.verdict.href).toBe(`/methodology/#status-${claim?.status}`);
      expect(key.href).toBe(`#claim-${key.id}`);
    }
  });

  test('quote the whole sentence that holds each claim, its words verbatim', () => {
    for (const key of page.keyClaims) {
      const claim = page.claimsById.get(key.id);
      const { before, exact, after } = key.sentence;
      expect(exact).toBe(claim?.text);
      expect(claim?.paragraphText).toContain(`${before}${exact}${after}`);
    }
    const met = page.keyClaims.find((k) => k.id === 'g7-quickly-met');
    expect(met?.sentence.before).toMatch(/^The G7 countries/);
  });
});

describe('retired claim links', () => {
  test('the maintenance list gives every retired id its old link and where it went', () => {
    expect(retiredLinks(data)).toEqual([
      {
        title: 'Japan has finally found a way to deal with China, and India has assured Japan',
        href: '/articles/japan-india-rare-earths/',
        links: [
          {
            oldHref: '/articles/japan-india-rare-earths/#claim-india-discovery-quarter',
            oldId: 'india-discovery-quarter',
            note:
              'Split in two: the July 2025 "discovery" of a "large rare earth mine" ' +
              '(india-discovered-mine) and the rise in reserves "by a quarter" ' +
              '(india-reserves-quarter), which hold up differently.',
            // The 54th claim marker of the text.
            now: {
              href: '/articles/japan-india-rare-earths/#claim-india-discovered-mine',
              number: 54,
              id: 'india-discovered-mine',
            },
          },
        ],
      },
    ]);
  });
});
