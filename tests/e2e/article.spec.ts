import { expect, test, type Page } from '@playwright/test';
import { clickClaim } from './helpers/click-claim.ts';
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
  test('opens with our reading: the source headline quoted, our verdict, the summary, the key claims', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('.source-headline')).toHaveText(
      'Japan has finally found a way to deal with China, and India has assured Japan',
    );
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(/^Our reading: Accurate on the ban, misleading on the G7/);
    await expect(page).toHaveTitle(/^Accurate on the ban, misleading on the G7/);
    await expect(page.locator('.assessment-summary')).toContainText('$36 billion');
    const key = page.getByRole('region', { name: 'Key claims' }).getByRole('listitem');
    await expect(key).toHaveCount(3);
    await expect(key.first()).toContainText('Misleading');
    await expect(key.first()).toContainText('no record shows it was called over it');
    // The key claim is quoted in its whole sentence and leads to its place in the text.
    await expect(key.first().locator('q')).toContainText('The G7 countries, having experienced');
    await key
      .first()
      .getByRole('link', { name: /quickly held a meeting/ })
      .click();
    await expect(page).toHaveURL(/#claim-g7-quickly-met$/);
    await expect(page.locator('#note-g7-quickly-met')).toHaveAttribute('open', '');
  });

  test('the source details and the counts fold away under the reading, and open', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    const provenance = page.locator('.provenance');
    await expect(provenance).toBeHidden();
    await page.getByText('About the source, and the article at a glance').click();
    await expect(provenance).toContainText('Toutiao');
    await expect(provenance).toContainText('Machine translation from Chinese into English');
    await expect(page.getByText("Author's disclaimer:")).toBeVisible();
    // The working-out of the date is a note of its own, not the date's table cell.
    await expect(provenance).not.toContainText('Unix timestamp');
    await expect(page.locator('.source-note')).toContainText('Unix timestamp');
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
      await expect(summary).toContainText(STATUS_LABELS[status].label);
      await expect(page.locator(`#note-${claim.id} .note-body`)).toContainText(
        TYPE_LABELS[type].label,
      );
      await expect(page.locator(`#claim-${claim.id} a.claim-ref`)).toHaveAccessibleName(
        claimCaption({ number: index + 1, type, status }),
      );
    }
  });

  test('the summary panel counts claims, lists actors and dates the events', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.getByText('About the source, and the article at a glance').click();
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

  test('the keyboard alone opens a note: Tab to a claim and press Enter', async ({ page }) => {
    await page.goto(ARTICLE);
    await tabTo(page, '#claim-motegi-jaishankar-met');
    await page.keyboard.press('Enter');
    const note = page.locator('#note-motegi-jaishankar-met');
    await expect(note).toHaveAttribute('open', '');
    await expect(note.getByText('Claimed by')).toBeVisible();
    // An opened note quotes its claim: the words marked in the text, without the note number.
    const words = await page.locator('#claim-motegi-jaishankar-met').evaluate((el) =>
      [...el.childNodes]
        .filter((n) => n.nodeName !== 'SUP')
        .map((n) => n.textContent)
        .join(''),
    );
    await expect(note.locator('.note-quote')).toHaveText(words);
  });

  test("a click on a claim's words opens its note; a click on a name inside still follows it", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    const note = page.locator('#note-suleman-warned-g7');
    await expect(note).toHaveCount(1);
    await expect(note).not.toHaveAttribute('open', '');
    await clickClaim(page, 'suleman-warned-g7');
    await expect(note).toHaveAttribute('open', '');
    await expect(note.locator('.note-quote')).toContainText('warned the G7 not to offend China');
    await expect(note).toBeInViewport();
    await page.locator('#claim-japan-found-a-way a.actor').first().click();
    await expect(page).toHaveURL(/\/actors\/japan\/$/);
  });

  test('j and k move between the marked claims and open the note they land on', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await page.getByText('Keyboard shortcuts').click();
    await expect(page.locator('.keyboard-help')).toContainText('next claim');
    const marked = page.locator('.article-body .claim:not([data-rank="quiet"])');
    const first = await marked.nth(0).getAttribute('data-claim');
    const second = await marked.nth(1).getAttribute('data-claim');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(marked.nth(1)).toBeFocused();
    await expect(page.locator(`#note-${second}`)).toHaveAttribute('open', '');
    await page.keyboard.press('k');
    await expect(marked.nth(0)).toBeFocused();
    await expect(page.locator(`#note-${first}`)).toHaveAttribute('open', '');
    // Opening one note never closes or hides another.
    await expect(page.locator(`#note-${second}`)).toHaveAttribute('open', '');
  });

  test('from a quiet claim reached with Tab, j and k go on from its place in the text', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    // A quiet claim with marked claims on both sides, and the marked claims next to it.
    const around = await page.evaluate(() => {
      const claims = [
        ...document.querySelectorAll<HTMLElement>('.article-body .claim[data-claim]'),
      ];
      const isMarked = (c: HTMLElement) => c.dataset['rank'] !== 'quiet';
      for (const [i, claim] of claims.entries()) {
        const before = claims.slice(0, i).findLast(isMarked);
        const after = claims.slice(i + 1).find(isMarked);
        if (!isMarked(claim) && before && after) {
          return { quiet: claim.id, before: before.id, after: after.id };
        }
      }
      return undefined;
    });
    expect(around).toBeDefined();
    const { quiet, before, after } = around ?? { quiet: '', before: '', after: '' };
    await page.locator(`[id="${quiet}"]`).focus();
    await page.keyboard.press('j');
    await expect(page.locator(`[id="${after}"]`)).toBeFocused();
    await page.locator(`[id="${quiet}"]`).focus();
    await page.keyboard.press('k');
    await expect(page.locator(`[id="${before}"]`)).toBeFocused();
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

  test('printing gives the reading, the source details, the text with every note open, and no chrome', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.our-reading h1')).toBeVisible();
    await expect(page.locator('.assessment-summary')).toBeVisible();
    await expect(page.locator('.provenance')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'At a glance' })).toBeVisible();
    await expect(page.locator('.retired')).toBeHidden();
    await expect(page.locator('.reading-tools')).toBeHidden();
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
    await expect(page.locator('.keyboard-help')).toBeHidden();
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

test.describe('the first screen', () => {
  for (const { width, height, textWithin } of [
    { width: 1280, height: 800, textWithin: 800 },
    { width: 390, height: 844, textWithin: 1270 },
  ]) {
    test(`at ${width}×${height}: the verdict, a key claim, and the text within ${textWithin} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto(ARTICLE);
      await expect(page.locator('.verdict-line')).toBeInViewport({ ratio: 1 });
      const firstKey = page.locator('.key-claims li').first();
      await expect(firstKey.locator('.verdict-word')).toBeInViewport({ ratio: 1 });
      await expect(firstKey.locator('q')).toBeInViewport();
      const firstSentence = await page
        .locator('.article-body .passage-text')
        .first()
        .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      expect(firstSentence).toBeLessThanOrEqual(textWithin);
    });
  }
});

/** The claims whose underline a reader can see (computed style, not classes). */
const underlined = (page: Page) =>
  page.locator('.article-body .claim').evaluateAll((spans) =>
    spans
      .filter((span) => {
        const style = getComputedStyle(span);
        return (
          style.textDecorationLine.includes('underline') &&
          style.textDecorationColor !== 'rgba(0, 0, 0, 0)'
        );
      })
      .map((span) => (span as HTMLElement).dataset['status']),
  );

for (const javaScriptEnabled of [true, false]) {
  test.describe(`marks that rank, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('only verdicts that matter are marked until "Show all annotations" is ticked', async ({
      page,
    }) => {
      await page.goto(ARTICLE);
      const total = await page.locator('.article-body .claim').count();
      const marked = await underlined(page);
      expect(new Set(marked)).toEqual(new Set(['supported', 'disputed', 'misleading']));
      expect(marked.length).toBeLessThan(total);
      // Quiet claims' notes stay out of the margin too.
      await expect(page.locator('.note[data-rank="quiet"]').first()).toBeHidden();
      await page.getByLabel('Show all annotations').check();
      expect((await underlined(page)).length).toBe(total);
      await expect(page.locator('.note[data-rank="quiet"]').first()).toBeVisible();
    });
  });
}

test("each legend entry's sample is underlined as that status's claims are in the text", async ({
  page,
}) => {
  await page.goto(ARTICLE);
  await page.getByLabel('Show all annotations').check();
  const underline = (element: Element) => {
    const style = getComputedStyle(element);
    return [style.textDecorationStyle, style.textDecorationThickness, style.textDecorationColor];
  };
  const samples = page.locator('.mark-legend .status-sample');
  expect(await samples.count()).toBeGreaterThan(2);
  for (const sample of await samples.all()) {
    const status = await sample.getAttribute('data-status');
    const claim = page.locator(`.article-body .claim[data-status="${status}"]`).first();
    expect(await sample.evaluate(underline), String(status)).toEqual(
      await claim.evaluate(underline),
    );
  }
});

test('the switch is remembered from one visit to the next', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.getByLabel('Show all annotations').check();
  await page.reload();
  await expect(page.getByLabel('Show all annotations')).toBeChecked();
  await page.getByLabel('Show all annotations').uncheck();
  await page.reload();
  await expect(page.getByLabel('Show all annotations')).not.toBeChecked();
});

test('actor links are quiet in the text until hovered', async ({ page }) => {
  await page.goto(ARTICLE);
  const actor = page.locator('.article-body a.actor').first();
  const text = await page
    .locator('.article-body p')
    .first()
    .evaluate((p) => getComputedStyle(p).color);
  expect(await actor.evaluate((a) => getComputedStyle(a).color)).toBe(text);
  await actor.hover();
  expect(await actor.evaluate((a) => getComputedStyle(a).color)).not.toBe(text);
});

test('a closed note shows its number, verdict and finding; quiet ones their type', async ({
  page,
}) => {
  await page.goto(ARTICLE);
  await page.getByLabel('Show all annotations').check();
  const misleading = page.locator('#note-g7-quickly-met summary');
  await expect(misleading).toContainText('Misleading');
  await expect(misleading.locator('.note-finding')).toContainText('A meeting was held');
  // The superscript in the text carries the same number, after the verdict's icon.
  const number = (await misleading.locator('.note-number').textContent()) ?? '';
  await expect(page.locator('#claim-g7-quickly-met a.claim-ref')).toHaveText(`! ${number}`);
  const quiet = page.locator('.note[data-rank="quiet"] summary').first();
  await expect(quiet.locator('.note-type')).toBeVisible();
});
