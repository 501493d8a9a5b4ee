import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { DEV_CONTENT, leave, openLive, SEED, seedPath, test } from './dev-site.ts';

const original = readFileSync(`content/articles/${SEED}.md`, 'utf8');
const withTitle = (title: string) => original.replace(/^title: .*$/m, `title: "${title}"`);

// The page is closed first, so putting the article back finds no page to reload.
test.afterEach(async ({ page }) => {
  await leave(page);
  writeFileSync(seedPath, original);
});

test('an edit to an article shows on its open page without a restart', async ({ page }) => {
  await openLive(page, `/articles/${SEED}/`);
  const headline = page.locator('.source-headline');
  await expect(headline).toBeVisible();
  writeFileSync(seedPath, withTitle('Edited while the server runs'));
  // The page reloads itself when the content changes.
  await expect(headline).toHaveText('Edited while the server runs');
});

test('an edit saved while a page is still loading shows there once it is live', async ({
  page,
}) => {
  // The page's Vite client is held back, so the page does not hear the server tell of the edit.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/@vite/client', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/articles/${SEED}/`, { waitUntil: 'commit' });
  const headline = page.locator('.source-headline');
  await expect(headline).toBeVisible();
  writeFileSync(seedPath, withTitle('Saved while the page loaded'));
  await expect(async () => {
    const served = await (await page.request.get(`/articles/${SEED}/`)).text();
    expect(served).toContain('Saved while the page loaded');
  }).toPass();
  release();
  await expect(headline).toHaveText('Saved while the page loaded');
});

test('a content problem shows on every page with its place and fix, and goes when fixed', async ({
  page,
}) => {
  await openLive(page, '/');
  writeFileSync(seedPath, original.replace('claimant: india', 'claimant: nobody-known'));
  const problems = page.locator('#content-problems li');
  await expect(problems).toHaveCount(1);
  await expect(problems).toHaveText(
    /^\S*content\/articles\/japan-india-rare-earths\.md:\d+:\d+: claim "[a-z0-9-]+" claimant: unknown actor "nobody-known"; add content\/actors\/nobody-known\.md or use one of the known actor ids \[unknown-actor\]$/,
  );
  // Every page says it, not only the broken article's, which is the list where its text would be.
  for (const [path, status] of [
    ['/actors/', 200],
    ['/timeline/', 200],
    [`/articles/${SEED}/`, 500],
  ] as const) {
    const response = await openLive(page, path);
    expect(response?.status()).toBe(status);
    await expect(problems).toHaveCount(1);
  }
  await expect(page.locator('body')).not.toContainText(/unhandled ?rejection|\n\s+at /i);
  writeFileSync(seedPath, original);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('The content has problems');
  await expect(problems).toHaveCount(0);
  expect((await page.goto(`/articles/${SEED}/`))?.status()).toBe(200);
});

test('an added article appears, and a deleted one answers 404', async ({ page }) => {
  const added = join(DEV_CONTENT, 'articles', 'added-copy.md');
  writeFileSync(added, withTitle('An article added while the server runs'));
  try {
    // The home card leads with the verdict and quotes the article's title small.
    const addedCard = page.locator('.article-list article', {
      hasText: 'An article added while the server runs',
    });
    await expect(async () => {
      await page.goto('/');
      await expect(addedCard).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 10_000 });
    await addedCard.getByRole('heading').getByRole('link').click();
    await expect(page).toHaveURL(/\/articles\/added-copy\/$/);
    const renamed = join(DEV_CONTENT, 'articles', 'renamed-copy.md');
    cpSync(added, renamed);
    rmSync(added);
    // What the server answers, asked over HTTP: an open page's live reload (sent for each change)
    // would abort a navigation made at that moment.
    const status = async (path: string) => (await page.request.get(path)).status();
    await expect(async () => {
      expect(await status('/articles/added-copy/')).toBe(404);
      expect(await status('/articles/renamed-copy/')).toBe(200);
    }).toPass({ timeout: 10_000 });
    rmSync(renamed);
    await expect(async () => {
      expect(await status('/articles/renamed-copy/')).toBe(404);
    }).toPass({ timeout: 10_000 });
  } finally {
    rmSync(added, { force: true });
    rmSync(join(DEV_CONTENT, 'articles', 'renamed-copy.md'), { force: true });
  }
});

test('a draft renders with what is still to write, and without it once written', async ({
  page,
}) => {
  const path = join(DEV_CONTENT, 'articles', 'draft-copy.md');
  const assessment = /^assessment:(\n {2}.*)+\n/m;
  const written = original.match(assessment)?.[0] ?? '';
  const draft = original.replace(/^---\n/, '---\ndraft: true\n').replace(assessment, '');
  writeFileSync(path, draft);
  try {
    await expect(async () => {
      expect((await page.request.get('/articles/draft-copy/')).status()).toBe(200);
    }).toPass();
    await openLive(page, '/articles/draft-copy/');
    const toWrite = page.locator('#draft-to-write li');
    await expect(toWrite).toHaveText([
      /draft-copy\.md:2:1: assessment: missing required field; add assessment: .* \[missing-assessment\]$/,
    ]);
    await expect(page.locator('.source-headline')).toBeVisible();
    // Nothing is an error: no page lists a problem.
    await expect(page.locator('#content-problems')).toHaveCount(0);
    writeFileSync(path, draft.replace('draft: true\n', `draft: true\n${written}`));
    await expect(page.getByRole('heading', { name: /0 things to write/ })).toBeVisible();
  } finally {
    rmSync(path, { force: true });
  }
});
