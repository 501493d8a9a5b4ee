// Against the fixture site (tests/fixtures/site): an article with retired claim ids and claims with verdicts.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FIXTURE_URL } from './helpers/fixture-site.ts';

const ARTICLE = `${FIXTURE_URL}/articles/fixture-retired/`;

test.describe('a link to a retired claim id', () => {
  test('says the id is retired and where the claim went', async ({ page }) => {
    await page.goto(`${ARTICLE}#claim-old-ban`);
    const notice = page.getByRole('status');
    await expect(notice).toBeInViewport();
    await expect(page.locator('#claim-old-ban')).toBeInViewport();
    await expect(notice).toContainText('#claim-old-ban');
    await expect(notice).toContainText('Renamed when the claim ids were made clearer.');
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await notice.getByRole('link', { name: 'claim 1' }).click();
    await expect(page).toHaveURL(/#claim-export-ban$/);
    await expect(page.locator('#note-export-ban')).toHaveAttribute('open', '');
  });

  test('a removed claim says so too, with no claim to go to', async ({ page }) => {
    await page.goto(`${ARTICLE}#claim-dropped-figure`);
    await expect(page.getByRole('status')).toContainText('Removed: the sentence states no claim.');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('status')).toBeHidden();
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('the old fragment lands on the list of retired claim links, highlighted, with the way on', async ({
      page,
    }) => {
      await page.goto(`${ARTICLE}#claim-old-ban`);
      const entry = page.locator('#claim-old-ban');
      await expect(entry).toBeInViewport();
      expect(await entry.evaluate((el) => el.matches(':target'))).toBe(true);
      await expect(
        page.getByRole('heading', { name: 'You followed a retired claim link' }),
      ).toBeVisible();
      await expect(entry.getByRole('link', { name: 'claim 1' })).toHaveAttribute(
        'href',
        '#claim-export-ban',
      );
      // Only the entry the visitor arrived at shows, never the whole maintenance list.
      await expect(page.locator('.retired li:not(:target)')).toHaveCount(
        (await page.locator('.retired li').count()) - 1,
      );
      for (const other of await page.locator('.retired li:not(:target)').all())
        await expect(other).toBeHidden();
    });
  });

  test('without a retired fragment the article shows no retired list, on screen or in print', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('.retired')).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.retired')).toBeHidden();
    // Printed from a retired link, the page still leaves the list out.
    await page.goto(`${ARTICLE}#claim-old-ban`);
    await expect(page.locator('.retired')).toBeHidden();
  });

  test('the full list lives on the maintenance page, each old link with its way on', async ({
    page,
  }) => {
    await page.goto(`${FIXTURE_URL}/maintenance/retired-links/`);
    const item = page.getByRole('listitem').filter({ hasText: '#claim-old-ban' });
    await expect(item.getByRole('link', { name: '#claim-old-ban' })).toHaveAttribute(
      'href',
      '/articles/fixture-retired/#claim-old-ban',
    );
    await expect(item.getByRole('link', { name: 'claim 1' })).toHaveAttribute(
      'href',
      '/articles/fixture-retired/#claim-export-ban',
    );
  });
});

test.describe('claims with a verdict', () => {
  test('carry ClaimReview JSON-LD with the required fields', async ({ page }) => {
    await page.goto(`${FIXTURE_URL}/articles/fixture-retired/claims/export-ban/`);
    const review = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    );
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      url: 'https://claimlens.example/articles/fixture-retired/claims/export-ban/',
      claimReviewed: 'On 3 January 2026 a ban on exports was announced.',
      reviewRating: { alternateName: 'False' },
    });
  });

  test('show the verdict in words and its sources as real links', async ({ page }) => {
    await page.goto(`${ARTICLE}#claim-ministry-denies`);
    const note = page.locator('#note-ministry-denies');
    await expect(note.locator('summary')).toContainText('Supported');
    await expect(note.getByRole('link', { name: 'Statement' })).toHaveAttribute(
      'href',
      'https://example.org/statement',
    );
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`verdict badges and the retired list pass axe in ${scheme} colours`, async ({ page }) => {
    // Four full axe runs in one test.
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of [
      '/articles/fixture-retired/#claim-old-ban',
      '/articles/fixture-retired/claims/export-ban/',
      '/articles/fixture-retired/claims/ministry-denies/',
      '/actors/ministry/',
    ]) {
      await page.goto(`${FIXTURE_URL}${path}`);
      await page
        .locator('details.note')
        .evaluateAll((notes) => notes.forEach((note) => note.setAttribute('open', '')));
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
    }
  });
}
