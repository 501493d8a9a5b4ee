import { expect, test } from '@playwright/test';
import { printedPages } from './helpers/pdf-pages.ts';

const ARTICLE = '/articles/japan-india-rare-earths/';

/** The least of a page the print may leave used, but for the last page: more is waste. */
const LEAST_FILLED = 0.6;

test.describe('printing', () => {
  for (const path of [ARTICLE, `${ARTICLE}claims/g7-quickly-met/`, '/actors/canada/']) {
    test(`${path} prints on A4 with no blank page and no page left mostly empty`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(120_000);
      await page.goto(path);
      const pdf = await page.pdf({ format: 'A4' });
      const pages = await printedPages(pdf);
      await testInfo.attach('pages', {
        body: pages
          .map((p, i) => `${i + 1}: ${Math.round(p.filled * 100)}% ${p.text.length} chars`)
          .join('\n'),
        contentType: 'text/plain',
      });
      for (const [i, printed] of pages.entries())
        expect(printed.text.length, `page ${i + 1} of ${pages.length} has words`).toBeGreaterThan(
          0,
        );
      const wasted = pages
        .slice(0, -1)
        .map((p, i) => ({ page: i + 1, filled: Math.round(p.filled * 100) }))
        .filter((p) => p.filled < LEAST_FILLED * 100);
      expect(wasted, `pages used less than ${LEAST_FILLED * 100}%`).toEqual([]);
    });
  }
});
