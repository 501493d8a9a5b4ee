import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { SITE, hostPage, snippetFor } from './helpers/host-server.ts';

// The claim cards of the built site, as another site embeds them with the snippet that has no
// script: a fixed-height iframe, whose height the build computed from the card's text.
const claims = JSON.parse(readFileSync('dist/data/claims.json', 'utf8')) as {
  article: string;
  id: string;
  status: string;
}[];
const embedPath = (claim: { article: string; id: string }) =>
  `/embed/articles/${claim.article}/claims/${claim.id}/`;

/** Puts the snippet in a host page column `width` pixels wide; returns the iframe's document size. */
async function embedAt(page: Page, path: string, width: number) {
  const snippet = snippetFor(path, false);
  await page.setContent(hostPage(`<div style="width:${width}px">${snippet}</div>`));
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('footer')).toBeVisible();
  const iframe = page.locator('iframe');
  const size = await iframe.evaluate((el: HTMLIFrameElement) => {
    const root = el.contentDocument?.documentElement;
    return { scroll: root?.scrollHeight ?? Infinity, client: root?.clientHeight ?? 0 };
  });
  return { ...size, width: (await iframe.boundingBox())?.width ?? 0 };
}

test('a claim card is branded and shows its verdict, the sentence, the finding and a way back', async ({
  page,
}) => {
  await page.goto(`${SITE}/embed/articles/japan-india-rare-earths/claims/g7-quickly-met/`);
  await expect(page.getByText('ClaimLens fact check')).toBeVisible();
  const verdict = page.getByRole('heading', { level: 1 });
  await expect(verdict).toHaveText('Verdict: ! Misleading');
  // Coloured: the verdict has a background of its own, not the page's.
  const [badge, body] = await Promise.all([
    verdict.evaluate((el) => getComputedStyle(el).backgroundColor),
    page.evaluate(() => getComputedStyle(document.body).backgroundColor),
  ]);
  expect(badge).not.toBe(body);
  await expect(page.getByRole('blockquote')).toHaveText(
    /^“The G7 countries, having experienced this incident, .* quickly held a meeting\.”$/,
  );
  await expect(page.locator('blockquote mark')).toHaveText('quickly held a meeting.');
  await expect(page.locator('.card-finding')).toHaveText(/^A meeting was held on 12 January 2026/);
  await expect(page.getByRole('link', { name: 'Open in the full site' })).toHaveAttribute(
    'href',
    '/articles/japan-india-rare-earths/claims/g7-quickly-met/',
  );
});

test('the snippet states the height the build computed, and the card’s narrowest width', () => {
  const snippet = snippetFor(embedPath(claims[0] ?? { article: '', id: '' }), false);
  expect(snippet).toMatch(/height="\d+"/);
  expect(snippet).toContain('min-width:320px');
});

for (const width of [640, 320]) {
  test(`every fixed-height claim card shows all of itself without scrolling, ${width} px wide`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const clipped: string[] = [];
    for (const claim of claims) {
      const size = await embedAt(page, embedPath(claim), width);
      expect(size.width).toBe(width);
      if (size.scroll > size.client) clipped.push(`${claim.id}: ${size.scroll} > ${size.client}`);
    }
    expect(clipped).toEqual([]);
  });
}

const onePerStatus = [...new Map(claims.map((c) => [c.status, c])).values()];
for (const theme of ['light', 'dark'] as const) {
  test(`claim cards of every status pass axe, ${theme} colours`, async ({ page }) => {
    for (const claim of onePerStatus) {
      await page.goto(`${SITE}${embedPath(claim)}?theme=${theme}`);
      await expectNoAxeViolations(page);
    }
  });
}
