import { expect, test } from '@playwright/test';

const ARTICLE = '/articles/japan-india-rare-earths/';
const CLAIM = `${ARTICLE}claims/kanai-protested/`;

test.describe('a claim page', () => {
  test('quotes the claim in its paragraph and states claimant, type, status and reasoning', async ({
    page,
  }) => {
    await page.goto(CLAIM);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Kimi Masahiro, strongly protested to China.',
    );
    await expect(page.locator('blockquote mark')).toHaveText(
      /^After the announcement, within a few hours/,
    );
    await expect(page.locator('blockquote')).toContainText(
      'Japan clearly cannot accept this situation',
    );
    const facts = page.locator('.claim-facts');
    await expect(
      facts.getByRole('link', { name: "The article's author (unnamed)" }),
    ).toHaveAttribute('href', '/actors/toutiao-author/');
    await expect(facts.locator('div', { hasText: 'Type' }).locator('dd')).toHaveText('Factual');
    // The status in words, the same as the badge says.
    const status = (await page.locator('.badges .badge-status').innerText())
      .replace(/^\W+/, '')
      .trim();
    await expect(facts.locator('div', { hasText: 'Status' }).locator('dd')).toHaveText(status);
    await expect(page.getByRole('heading', { name: 'Reasoning' })).toBeVisible();
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
    await expect(page.locator('.meta').first()).toContainText('Claim 1 of');
    await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`${second}$`));
    await expect(page.locator('.meta').first()).toContainText('Claim 2 of');
    await page.locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(new RegExp(`${first}$`));
  });

  test('carries OpenGraph and Twitter card metadata', async ({ page }) => {
    await page.goto(CLAIM);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      /Kimi Masahiro/,
    );
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
      'content',
      `https://claimlens.example${CLAIM}`,
    );
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
      'content',
      /^Claim \d+: factual, [a-z ]+\. Claimed by /,
    );
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      'content',
      'summary_large_image',
    );
    // The share image is the claim's own, and it is served.
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toBe(`https://claimlens.example${CLAIM}share.png`);
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
      const status = (
        await page.locator('.claim-facts div', { hasText: 'Status' }).locator('dd').innerText()
      ).trim();
      const jsonLd = page.locator('script[type="application/ld+json"]');
      if (['Supported', 'Disputed', 'False', 'Misleading'].includes(status)) {
        const review = JSON.parse((await jsonLd.textContent()) ?? '');
        expect(review).toMatchObject({
          '@type': 'ClaimReview',
          url: `https://claimlens.example${link}`,
          reviewRating: { alternateName: status },
        });
        expect(review.claimReviewed).toBe(
          await page.getByRole('heading', { level: 1 }).innerText(),
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
