import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { SITE, snippetFor } from './helpers/host-server.ts';

// The claim cards of the built site (embed-host.spec.ts embeds them on another origin).
const claims = JSON.parse(readFileSync('dist/data/claims.json', 'utf8')) as {
  article: string;
  id: string;
  status: string;
}[];
const embedPath = (claim: { article: string; id: string }) =>
  `/embed/articles/${claim.article}/claims/${claim.id}/`;

test('a claim card is branded and shows its verdict, the sentence, the finding and a way back', async ({
  page,
}) => {
  await page.goto(`${SITE}/embed/articles/japan-india-rare-earths/claims/g7-quickly-met/`);
  await expect(page.getByText('ClaimLens fact check')).toBeVisible();
  const verdict = page.getByRole('heading', { level: 1 });
  await expect(verdict).toHaveText('Verdict: ◐ Missing context');
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
  await expect(page.locator('.card-finding')).toHaveText(
    /^A meeting was held six days after the ban, on 12 January 2026/,
  );
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

const onePerStatus = [...new Map(claims.map((c) => [c.status, c])).values()];
for (const theme of ['light', 'dark'] as const) {
  test(`claim cards of every status pass axe, ${theme} colours`, async ({ page }) => {
    for (const claim of onePerStatus) {
      await page.goto(`${SITE}${embedPath(claim)}?theme=${theme}`);
      await expectNoAxeViolations(page);
    }
  });
}
