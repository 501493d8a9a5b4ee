import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('the index lists the seed article, led by our verdict, and opens it', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.quoted-source')).toContainText('Japan has finally found a way');
  await page.getByRole('link', { name: /^Accurate on the ban, missing context on the G7/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Our reading');
  await expect(page.locator('.source-headline')).toContainText('Japan has finally found a way');
  await expect(page.locator('#claim-mofcom-dual-use-ban')).toContainText(
    'ban on the export of dual-use items to Japan',
  );
});

test('every claim and event record has exactly one marked element on its article page, with its exact words', async ({
  page,
}) => {
  const read = (name: string) =>
    JSON.parse(readFileSync(`dist/data/${name}.json`, 'utf8')) as {
      article: string;
      id: string;
      text?: string;
      selector: { exact: string };
    }[];
  const claims = read('claims');
  const events = read('events');
  for (const slug of new Set(claims.map((c) => c.article))) {
    await page.goto(`/articles/${slug}/`);
    const mine = claims.filter((c) => c.article === slug);
    await expect(page.locator('main span.claim[id^="claim-"]')).toHaveCount(mine.length);
    await expect(page.locator('main a.event[id^="event-"]')).toHaveCount(
      events.filter((e) => e.article === slug).length,
    );
    for (const claim of mine) {
      // The note number after the words is page furniture, not the article's text.
      const words = await page.locator(`#claim-${claim.id}`).evaluate((node) => {
        const copy = node.cloneNode(true) as Element;
        copy.querySelectorAll('sup').forEach((sup) => sup.remove());
        return copy.textContent;
      });
      expect(words).toBe(claim.selector.exact);
    }
  }
});
