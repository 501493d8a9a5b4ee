import { expect, test, type Page } from '@playwright/test';
import { STATUS_LABELS, TYPE_LABELS, claimCaption } from '../../src/analysis/claim-labels.ts';
import type { ClaimStatus, ClaimType } from '../../src/analysis/schema/vocabulary.ts';

const ARTICLE = '/articles/japan-india-rare-earths/';

/** Presses Tab until the focused element matches `selector` (at most `limit` times); fails otherwise. */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test.describe('the annotated article', () => {
  test('reads as an article first: title, provenance, disclaimer, then the text with marked claims', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Japan has finally found a way to deal with China, and India has assured Japan',
    );
    const provenance = page.locator('.provenance');
    await expect(provenance).toContainText('Toutiao');
    await expect(provenance).toContainText('Chinese');
    await expect(provenance).toContainText('Machine translation from Chinese into English');
    await expect(page.getByText("Author's disclaimer:")).toBeVisible();
  });

  test('every claim is marked in the text, numbered, with its type and status in words, not colour alone', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    const claims = await page.locator('.article-body .claim').evaluateAll((spans) =>
      spans.map((span) => ({
        id: (span as HTMLElement).dataset['claim'] ?? '',
        type: (span as HTMLElement).dataset['type'] ?? '',
        status: (span as HTMLElement).dataset['status'] ?? '',
      })),
    );
    expect(claims.length).toBeGreaterThan(5);
    for (const [index, claim] of claims.entries()) {
      const type = claim.type as ClaimType;
      const status = claim.status as ClaimStatus;
      const summary = page.locator(`#note-${claim.id} summary`);
      await expect(summary).toContainText(`${index + 1}`);
      await expect(summary).toContainText(TYPE_LABELS[type].label);
      await expect(summary).toContainText(STATUS_LABELS[status].label);
      await expect(page.locator(`#claim-${claim.id} a.claim-ref`)).toHaveAccessibleName(
        claimCaption({ number: index + 1, type, status }),
      );
    }
  });

  test('the summary panel counts claims, lists actors and dates the events', async ({ page }) => {
    await page.goto(ARTICLE);
    const summary = page.getByRole('complementary', { name: 'At a glance' });
    const total = await page.locator('.article-body .claim').count();
    await expect(summary.getByRole('heading', { name: `${total} claims by type` })).toBeVisible();
    await expect(
      summary.getByRole('region', { name: 'Actors' }).getByRole('link', { name: 'Kanai Masaaki' }),
    ).toHaveAttribute('href', '/actors/kanai-masaaki/');
    await expect(summary.locator('.mini-timeline li').first()).toContainText('2025');
  });

  test('actor mentions lead to actor pages and event phrases to the timeline', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('.article-body a.event#event-yahoo-report')).toHaveAttribute(
      'href',
      `${ARTICLE}timeline/#event-yahoo-report`,
    );
    await page.locator('.article-body a.actor', { hasText: 'Yahoo News Japan' }).first().click();
    await expect(page).toHaveURL(/\/actors\/yahoo-news-japan\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('a claim permalink on a cold load highlights the claim and opens exactly its note', async ({
    page,
  }) => {
    await page.goto(`${ARTICLE}#claim-kanai-protested`);
    const claim = page.locator('#claim-kanai-protested');
    await expect(claim).toBeInViewport();
    expect(
      await claim.evaluate(
        (el) =>
          el.matches(':target') && getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)',
      ),
    ).toBe(true);
    await expect(page.locator('#note-kanai-protested')).toHaveAttribute('open', '');
    await expect(page.locator('#note-kanai-protested').getByText('Claimed by')).toBeVisible();
    // The other note of the same passage stays closed.
    await expect(page.locator('#note-kihara-unacceptable')).not.toHaveAttribute('open', '');
    await expect(page.locator('#note-kihara-unacceptable').getByText('Claimed by')).toBeHidden();
  });

  test('the keyboard alone opens a note: Tab to it and press Enter', async ({ page }) => {
    await page.goto(ARTICLE);
    await tabTo(page, '#note-india-has-what-japan-wants summary');
    await page.keyboard.press('Enter');
    await expect(page.locator('#note-india-has-what-japan-wants')).toHaveAttribute('open', '');
    await expect(
      page.locator('#note-india-has-what-japan-wants').getByText('Claimed by'),
    ).toBeVisible();
  });

  test('j and k move between claims; Enter on a claim opens its note', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('.keyboard-hint')).toBeVisible();
    const claims = page.locator('.article-body .claim');
    const first = await claims.nth(0).getAttribute('data-claim');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(claims.nth(1).locator('a.claim-ref')).toBeFocused();
    await page.keyboard.press('k');
    await expect(claims.nth(0).locator('a.claim-ref')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#claim-${first}$`));
    await expect(page.locator(`#note-${first}`)).toHaveAttribute('open', '');
  });

  test('the copy-link button copies the claim page address', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${ARTICLE}#claim-mofcom-dual-use-ban`);
    const button = page.locator('#note-mofcom-dual-use-ban button.copy-link');
    await expect(button).toHaveText('Copy link');
    await button.click();
    await expect(button).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}${ARTICLE}claims/mofcom-dual-use-ban/`,
    );
  });

  test('printing gives the text with every numbered note open and no site chrome', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    const notes = page.locator('.note');
    const count = await notes.count();
    for (let i = 0; i < count; i += 1)
      await expect(notes.nth(i).getByText('Claimed by')).toBeVisible();
    await expect(notes.first().locator('.note-number')).toHaveText('1');
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a claim permalink still highlights the claim and shows its note', async ({ page }) => {
    await page.goto(`${ARTICLE}#claim-kanai-protested`);
    const claim = page.locator('#claim-kanai-protested');
    await expect(claim).toBeInViewport();
    expect(await claim.evaluate((el) => el.matches(':target'))).toBe(true);
    await expect(page.locator('#note-kanai-protested').getByText('Claimed by')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  });

  test('the keyboard alone opens a note', async ({ page }) => {
    await page.goto(ARTICLE);
    await tabTo(page, '#note-motegi-jaishankar-met summary');
    await page.keyboard.press('Enter');
    await expect(page.locator('#note-motegi-jaishankar-met')).toHaveAttribute('open', '');
    await expect(page.locator('#note-motegi-jaishankar-met').getByText('Claimed by')).toBeVisible();
  });
});

test.describe('on a 375 px wide phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('nothing scrolls sideways and a note opens inline under its paragraph', async ({ page }) => {
    await page.goto(`${ARTICLE}#claim-mofcom-dual-use-ban`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    const text = await page
      .locator('.passage', { has: page.locator('#claim-mofcom-dual-use-ban') })
      .locator('.passage-text')
      .boundingBox();
    const note = page.locator('#note-mofcom-dual-use-ban');
    await expect(note.getByText('Claimed by')).toBeVisible();
    const box = await note.boundingBox();
    expect(box && text && box.y >= text.y + text.height).toBe(true);
    expect(box && box.x + box.width).toBeLessThanOrEqual(375);
  });

  test('on a wide screen the same note sits beside its paragraph', async ({ page }) => {
    await page.setViewportSize({ width: 1300, height: 900 });
    await page.goto(`${ARTICLE}#claim-mofcom-dual-use-ban`);
    const text = await page
      .locator('.passage', { has: page.locator('#claim-mofcom-dual-use-ban') })
      .locator('.passage-text')
      .boundingBox();
    const box = await page.locator('#note-mofcom-dual-use-ban').boundingBox();
    expect(box && text && box.x >= text.x + text.width && Math.abs(box.y - text.y) < 40).toBe(true);
  });
});
