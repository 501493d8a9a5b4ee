import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { STATUS_LABELS } from '../../src/analysis/claim-labels.ts';
import type { ClaimRecord } from '../../src/exports/claim-records.ts';
import { builtSite } from './helpers/built-site.ts';
import { ATTACKS_PORT } from './servers.ts';

const dist = builtSite('dist');

const claims = dist.readJson('data/claims.json') as ClaimRecord[];
const claim = claims.find((c) => c.text.split(/\s+/).length >= 8) ?? claims[0];
if (!claim) throw new Error('the build has no claims to search for');
/** A few of the claim's own words, as a reader would remember them. */
const words = claim.text
  .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
  .split(/\s+/)
  .filter(Boolean)
  .slice(2, 7)
  .join(' ');
const articlePage = new URL(claim.articleUrl).pathname;

test.describe('search', () => {
  test('the header box finds a claim by its words and the result opens the article at that claim', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search' }).fill(words);
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/);

    // Titled by the verdict and the claim's own words.
    const result = page
      .locator('#search')
      .getByRole('link', { name: `${STATUS_LABELS[claim.status].label}: “${claim.text}”` });
    await expect(result).toBeVisible();
    await result.click();

    await expect(page).toHaveURL(`${articlePage}#claim-${claim.id}`);
    const target = page.locator(`#claim-${claim.id}`);
    await expect(target).toContainText(claim.text);
    await expect(target).toBeInViewport();
  });

  test('the search page finds articles and actors too', async ({ page }) => {
    await page.goto('/search/');
    const input = page.locator('#search').getByRole('textbox');
    await input.fill('Klingbeil');
    await expect(
      page.locator('#search').getByRole('link', { name: 'Lars Klingbeil', exact: true }),
    ).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the search page with results passes axe (WCAG 2.2 AA), ${colorScheme}`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/search/?q=${encodeURIComponent(words)}`);
      await expect(page.locator('#search').getByRole('link').first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    });
  }
});

test.describe('search excerpts', () => {
  test('quote only words a reader sees on the page: no print-only URL, no hidden label, no button', async ({
    page,
  }) => {
    // Words the article page holds only for print, for screen readers, or on a hidden button.
    for (const query of ['Permalink', 'Copy link', 'claimlens example articles']) {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const excerpts = page.locator('#search .pagefind-ui__result-excerpt');
      await expect(page.locator('#search .pagefind-ui__message')).toBeVisible();
      if (query === 'Permalink') await expect(excerpts.first()).toBeVisible();
      const texts = await excerpts.allInnerTexts();
      for (const text of texts) {
        expect(text, query).not.toContain('https://');
        expect(text, query).not.toContain('Copy link');
      }
    }
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page lists every article, claim and actor as plain links', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(words)}`);
    await expect(page.getByRole('heading', { name: 'Everything on the site' })).toBeVisible();
    const link = page.getByRole('link', { name: `Claim ${claim.number}: ${claim.text}` });
    await expect(link).toHaveAttribute('href', `${articlePage}#claim-${claim.id}`);
    const listed = await page
      .locator('#search-fallback a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(listed).toHaveLength(
      new Set(claims.map((c) => c.article)).size +
        claims.length +
        (dist.readJson('data/actors.json') as unknown[]).length,
    );
  });
});

test.describe('search over hostile words', () => {
  test.use({ baseURL: `http://127.0.0.1:${ATTACKS_PORT}` });

  test('results of the attack corpus show its words as text and run nothing', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`/search/?q=${encodeURIComponent('script alert Evil Corp')}`);
    await expect(
      page
        .locator('#search')
        .getByRole('link', { name: /^(False|Unverified): “/ })
        .first(),
    ).toBeVisible();
    await expect(page.locator('#search .pagefind-ui__result-excerpt').first()).toContainText(
      '<script>',
    );
    await expect(page.locator('#search script, #search img, #search svg')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
});
