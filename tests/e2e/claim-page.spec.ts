import { expect, test } from '@playwright/test';

const ARTICLE = '/articles/japan-india-rare-earths/';
const CLAIM = `${ARTICLE}claims/kanai-protested/`;

test.describe('a claim page', () => {
  test('reads as a fact-check: what was claimed, by whom, our verdict, why, sources, then context', async ({
    page,
  }) => {
    await page.goto(CLAIM);
    await expect(page.getByText('What was claimed')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Kimi Masahiro, strongly protested to China.',
    );
    await expect(page.locator('h1 mark')).toHaveText(/^After the announcement, within a few hours/);
    await expect(
      page.locator('.claimed-by').getByRole('link', { name: "The article's author (unnamed)" }),
    ).toHaveAttribute('href', '/actors/toutiao-author/');
    const verdict = page.getByRole('region', { name: 'Our verdict' });
    await expect(verdict.getByRole('link', { name: 'Supported' }).first()).toHaveAttribute(
      'href',
      '/methodology/#status-supported',
    );
    await expect(verdict.locator('.finding')).toHaveText(/^Correct once the name is fixed: Kanai/);
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(
      headings.filter((h) => ['Our verdict', 'Why', 'Sources', 'In context', 'Links'].includes(h)),
    ).toEqual(['Our verdict', 'Why', 'Sources', 'In context', 'Links']);
    await expect(page.locator('.claim-paragraph blockquote')).toContainText(
      'Japan clearly cannot accept this situation',
    );
  });

  test('its h1 is the whole sentence, not the fragment the claim marks', async ({ page }) => {
    await page.goto(`${ARTICLE}claims/g7-quickly-met/`);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(
      /^The G7 countries, having experienced this incident, realized that they could not afford to provoke China and quickly held a meeting\.$/,
    );
    await expect(h1.locator('mark')).toHaveText('quickly held a meeting.');
  });

  test('names its flags in words, each linked to its definition', async ({ page }) => {
    await page.goto(`${ARTICLE}claims/g7-quickly-met/`);
    const flag = page.locator('.flags li', { hasText: 'Chronology' });
    await expect(flag).toContainText('their dates do not bear out');
    await expect(flag.getByRole('link', { name: 'Chronology' })).toHaveAttribute(
      'href',
      '/methodology/#flags-chronology',
    );
    await page.goto('/methodology/#flags-chronology');
    await expect(page.locator('#flags-chronology')).toContainText('Chronology');
  });

  test('links back into the article at the claim, which arrives highlighted with its note open', async ({
    page,
  }) => {
    await page.goto(CLAIM);
    await page.getByRole('link', { name: 'Read it in the article' }).click();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}#claim-kanai-protested$`));
    await expect(page.locator('#note-kanai-protested')).toHaveAttribute('open', '');
    expect(
      await page.locator('#claim-kanai-protested').evaluate((el) => el.matches(':target')),
    ).toBe(true);
  });

  test('offers a Text Fragment link whose words are the claim', async ({ page }) => {
    await page.goto(CLAIM);
    const href = await page
      .getByRole('link', { name: 'Find the words in the article' })
      .getAttribute('href');
    expect(href).toMatch(new RegExp(`^${ARTICLE}#:~:text=`));
    const [start, end] =
      (href ?? '').split('#:~:text=')[1]?.split(',').map(decodeURIComponent) ?? [];
    const claim = await page.locator('blockquote mark').innerText();
    expect(claim.startsWith(start ?? '-')).toBe(true);
    expect(claim.endsWith(end ?? '-')).toBe(true);
  });

  test('previous and next walk the claims in reading order', async ({ page }) => {
    await page.goto(ARTICLE);
    const [first, second] = await page
      .locator('.note a', { hasText: 'Permalink' })
      .evaluateAll((as) => as.slice(0, 2).map((a) => a.getAttribute('href') ?? ''));
    await page.goto(first ?? '/');
    await expect(page.locator('.meta').first()).toContainText('claim 1 of');
    await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`${second}$`));
    await expect(page.locator('.meta').first()).toContainText('claim 2 of');
    await page.locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(new RegExp(`${first}$`));
  });

  test('carries OpenGraph and Twitter card metadata with the verdict, finding and sentence', async ({
    page,
  }) => {
    await page.goto(`${ARTICLE}claims/g7-quickly-met/`);
    const finding = (await page.locator('.verdict .finding').innerText()).trim();
    const sentence = await page.getByRole('heading', { level: 1 }).innerText();
    expect(finding).toMatch(/^A meeting was held on 12 January 2026/);
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    for (const title of [
      await meta('meta[property="og:title"]'),
      await meta('meta[name="twitter:title"]'),
    ])
      expect(title).toBe(`Misleading: ${finding}`);
    for (const description of [
      await meta('meta[property="og:description"]'),
      await meta('meta[name="twitter:description"]'),
    ]) {
      expect(description).toContain(`“${sentence}”`);
      expect(description).toContain(finding);
    }
    expect(await page.title()).toMatch(/^Misleading: The G7 countries, having experienced/);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
      'content',
      `https://claimlens.example${ARTICLE}claims/g7-quickly-met/`,
    );
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      'content',
      'summary_large_image',
    );
    // The share image is the claim's own, and it is served.
    const image = await meta('meta[property="og:image"]');
    expect(image).toBe(`https://claimlens.example${ARTICLE}claims/g7-quickly-met/share.png`);
    const served = await page.request.get(new URL(image ?? '').pathname);
    expect(served.headers()['content-type']).toBe('image/png');
  });

  test('has ClaimReview JSON-LD exactly when the claim has a verdict', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(ARTICLE);
    const links = await page
      .locator('.note a', { hasText: 'Permalink' })
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      await page.goto(link);
      const status = (await page.locator('.verdict-word').innerText()).trim();
      const jsonLd = page.locator('script[type="application/ld+json"]');
      if (['Supported', 'Disputed', 'False', 'Misleading'].includes(status)) {
        const review = JSON.parse((await jsonLd.textContent()) ?? '');
        expect(review).toMatchObject({
          '@type': 'ClaimReview',
          url: `https://claimlens.example${link}`,
          reviewRating: { alternateName: status },
        });
        // The whole sentence (the heading: its quotation marks are drawn by CSS) is the claim
        // reviewed; claimReviewed is its start, under the 75 characters Google suggests.
        const h1 = await page.getByRole('heading', { level: 1 }).innerText();
        expect(review.itemReviewed.text).toBe(h1);
        expect([...review.claimReviewed].length).toBeLessThanOrEqual(75);
        expect(h1.startsWith(review.claimReviewed.replace(/…$/u, ''))).toBe(true);
        expect(review.itemReviewed.datePublished).toBe('2026-01-20');
        expect(review.reviewBody).toBe(
          (await page.locator('.verdict .finding').innerText()).trim(),
        );
      } else {
        await expect(jsonLd).toHaveCount(0);
      }
    }
  });
});

test.describe('a claim page with quoted sources', () => {
  test("shows each source's decisive sentence under its link, citing the source", async ({
    page,
  }) => {
    await page.goto(`${ARTICLE}claims/us-budgets/`);
    const item = page.locator('.sources li', {
      hasText: 'US$620 million direct loan',
    });
    await expect(
      item.getByRole('link', { name: /US looks to invest in rare-earth firms/ }),
    ).toBeVisible();
    const quote = item.locator('q.source-quote');
    await expect(quote).toBeVisible();
    await expect(quote).toHaveAttribute(
      'cite',
      'https://www.businesstimes.com.sg/international/us-looks-invest-rare-earth-firms-race-china',
    );
  });

  test('keeps margin notes short: the article page shows no source quotes', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('q.source-quote')).toHaveCount(0);
  });
});

for (const { width, height } of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`every claim page shows its verdict and finding on the first screen at ${width}×${height}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    await page.goto(ARTICLE);
    const links = await page
      .locator('.note a', { hasText: 'Permalink' })
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    const below: string[] = [];
    for (const link of links) {
      await page.goto(link);
      await expect(page.locator('.verdict-rating')).toBeVisible();
      const bottom = await page
        .locator('.verdict-rating, .verdict .finding')
        .evaluateAll((els) => Math.max(...els.map((el) => el.getBoundingClientRect().bottom)));
      if (bottom > height) below.push(`${link} (${Math.round(bottom)} px)`);
    }
    expect(below).toEqual([]);
  });
}

test('a permalink prints as its address', async ({ page }) => {
  await page.goto(`${ARTICLE}#claim-kanai-protested`);
  const note = page.locator('#note-kanai-protested');
  const printed = note.locator('.print-only');
  await expect(printed).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(printed).toBeVisible();
  await expect(printed).toHaveText(` (https://claimlens.example${CLAIM})`);
  await expect(note.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await page.goto(CLAIM);
  await expect(page.locator('.claim-links')).toContainText(
    `Permalink: https://claimlens.example${CLAIM}`,
  );
});
