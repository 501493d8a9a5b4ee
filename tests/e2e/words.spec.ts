import { expect, test } from '@playwright/test';

const ARTICLE = '/articles/japan-india-rare-earths/';
const HEADLINE = 'Japan has finally found a way to deal with China, and India has assured Japan';

test.describe('words as a copy editor would want them', () => {
  test('a claim without a verdict is not headed "Our verdict", and says no record was found', async ({
    page,
  }) => {
    await page.goto(`${ARTICLE}claims/india-has-what-japan-wants/`);
    const section = page.getByRole('region', { name: 'What we found' });
    await expect(section).toContainText('Unverified');
    await expect(section.locator('.finding')).toHaveText(/^No record found: /);
    await expect(page.getByRole('heading', { name: 'Our verdict' })).toHaveCount(0);
    await expect(page.locator('.claimed-by')).toContainText('Claimed by India');
    await page.goto(`${ARTICLE}claims/japan-found-a-way/`);
    await expect(page.getByRole('region', { name: 'Why we give no verdict' })).toContainText(
      'Not checkable: it is an opinion, neither true nor false.',
    );
    await expect(page.locator('.claimed-by')).toContainText("Claimed by the article's author");
  });

  test('the home card leads with our verdict, quotes the headline small, and its counts agree', async ({
    page,
  }) => {
    await page.goto('/');
    const card = page.locator('.article-list article').first();
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(
      /^Accurate on the ban, missing context on the G7/,
    );
    await expect(card.getByRole('list', { name: 'Key claims' }).getByRole('listitem')).toHaveCount(
      3,
    );
    await expect(card.locator('.quoted-source')).toHaveText(`The article: “${HEADLINE}” (Toutiao)`);
    const size = (selector: string) =>
      card.locator(selector).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size('.quoted-source')).toBeLessThan(await size('h2'));
    const perArticle = /(\d+) actors?\./.exec(await card.locator('.meta').nth(1).innerText())?.[1];
    const overall = /^(\d+) actors? across 1 article/.exec(
      await page.locator('main > p.meta').innerText(),
    )?.[1];
    expect(perArticle).toBeDefined();
    expect(perArticle).toBe(overall);
    await expect(page.locator('main')).not.toContainText(/\b1 (claims|events|actors|articles)/);
  });

  test('the actor index and pages count in agreeing plurals and quote titles in sentences', async ({
    page,
  }) => {
    await page.goto('/actors/');
    await expect(page.locator('main')).not.toContainText(/\b1 claims/);
    await expect(page.locator('main')).toContainText(/\b1 claim(?!s)/);
    await page.goto('/actors/canada/');
    const named = page.getByRole('region', { name: /Claims that name Canada/ });
    await expect(named.getByRole('listitem')).toHaveCount(1);
    await expect(named).toContainText('Misleading');
    await expect(named).toContainText(`in “${HEADLINE}”`);
    await expect(named.getByRole('link').first()).toHaveAttribute(
      'href',
      `${ARTICLE}claims/suleman-warned-g7/`,
    );
    await page.goto('/corrections/');
    await expect(page.locator('.corrections-list')).toContainText(`, in “${HEADLINE}”`);
  });

  test('source titles: ours unbracketed and said to be ours; Japanese and Chinese ones marked with lang', async ({
    page,
  }) => {
    await page.goto(`${ARTICLE}claims/motegi-jaishankar-met/`);
    const titles = page.locator('.sources a[rel~="noopener"]');
    expect(await titles.allInnerTexts()).not.toContainEqual(expect.stringMatching(/^\[/));
    await expect(page.locator('.sources')).toContainText(
      'The Indian Awaaz report: India–Japan strategic partnership on an upward trajectory, says ' +
        'Jaishankar (our description of the page; its headline was not seen), The Indian Awaaz',
    );
    await expect(page.getByRole('link', { name: /^対中念頭に/ })).toHaveAttribute('lang', 'ja');
    await page.goto('/actors/rahim-suleman/');
    await expect(page.getByRole('link', { name: /^西方主要矿企CEO/ })).toHaveAttribute(
      'lang',
      'zh',
    );
  });

  test('every page names a favicon of its own origin, and it is served', async ({
    page,
    request,
  }) => {
    await page.goto(ARTICLE);
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(href).toBe('/favicon.svg');
    const icon = await request.get(href ?? '');
    expect(icon.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  });
});

test.describe('keyboard help', () => {
  test('is offered where there is a keyboard: a fine pointer that hovers', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.getByText('Keyboard shortcuts')).toBeVisible();
  });

  test.describe('on a touch phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test('is not offered', async ({ page }) => {
      await page.goto(ARTICLE);
      expect(await page.evaluate(() => matchMedia('(pointer: fine)').matches)).toBe(false);
      await expect(page.getByText('Keyboard shortcuts')).toBeHidden();
    });
  });
});
