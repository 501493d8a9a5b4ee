import { test as base, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CONTENT_VERSION_META, CONTENT_VERSION_PATH } from '../../src/dev/content-status.ts';

/** Port of the dev server under test: `E2E_PORT` + 50, beside the e2e suite's (+0, +10, +100, +200). */
export const DEV_PORT = Number(process.env['E2E_PORT'] ?? 4399) + 50;

/**
 * The content folder the dev server under test reads: a fresh copy of the seed made when the
 * server starts (scripts/dev-fixture.ts), never the real content/. Fixed per port, because the
 * config is loaded again in every worker.
 */
export const DEV_CONTENT = join(tmpdir(), `claimlens-dev-e2e-${DEV_PORT}`, 'content');

/** The seed article's slug and file in that copy. */
export const SEED = 'japan-india-rare-earths';
export const seedPath = join(DEV_CONTENT, 'articles', `${SEED}.md`);

/**
 * Writes a new article from a plain `text` into the dev content, as `npm run new` does (a draft);
 * `remove` deletes it and its original again.
 */
export function newArticle(slug: string, text: string, url: string) {
  const articlePath = join(DEV_CONTENT, 'articles', `${slug}.md`);
  const originalPath = join(DEV_CONTENT, 'originals', `${slug}.txt`);
  const textFile = join(dirname(DEV_CONTENT), `${slug}.txt`);
  writeFileSync(textFile, text);
  execFileSync(
    process.execPath,
    ['scripts/new-article.ts', slug, textFile, '--url', url, '--content', DEV_CONTENT],
    { stdio: 'pipe' },
  );
  const remove = () => {
    rmSync(articlePath, { force: true });
    rmSync(originalPath, { force: true });
  };
  return { articlePath, originalPath, remove };
}

/** Opens an article once the dev server has it, and switches the Annotate app on. */
export async function openAnnotate(page: Page, slug: string): Promise<void> {
  await expect(async () => {
    expect((await page.goto(`/articles/${slug}/`))?.status()).toBe(200);
  }).toPass({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
}

/** Selects `words` in the article text; `across` selects from them into the next paragraph. */
export async function select(page: Page, words: string, across = false) {
  await page.evaluate(
    ({ words, across }) => {
      const passages = [...document.querySelectorAll('.article-body .passage-text')];
      const passage = passages.find((p) => p.textContent?.includes(words));
      const walker = document.createTreeWalker(passage!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        const next = passages[passages.indexOf(passage!) + 1]?.firstChild?.firstChild;
        if (across && next) range.setEnd(next, 5);
        else range.setEnd(node, at + words.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
      throw new Error(`"${words}" is not in one text node`);
    },
    { words, across },
  );
}

/**
 * Opens a page and waits until its Vite client is connected, so the page hears the server tell of
 * a change made next (rather than finding it out by asking when it connects).
 */
export async function openLive(page: Page, path: string) {
  const connected = page.waitForEvent('console', {
    predicate: (message) => message.text().includes('[vite] connected'),
  });
  const response = await page.goto(path);
  await connected;
  return response;
}

/**
 * Waits until a page is done reloading for the changes the server has taken in: it shows the
 * current count of changes (src/dev/live-check.ts), or is a page without live reload (the dev
 * 404). Closing a page while it reloads can hang Chromium, and the test with it.
 */
export async function settle(page: Page): Promise<void> {
  await expect(async () => {
    const state = await page.evaluate(
      async ({ meta, path }) => {
        const shown = document.querySelector<HTMLMetaElement>(`meta[name="${meta}"]`)?.content;
        if (shown === undefined) return 'no live reload';
        const current = await (await fetch(path, { cache: 'no-store' })).text();
        return document.readyState === 'complete' && shown === current ? 'current' : 'behind';
      },
      { meta: CONTENT_VERSION_META, path: CONTENT_VERSION_PATH },
    );
    expect(state).not.toBe('behind');
  }).toPass();
}

/**
 * Closes a page once it is settled, so that a change made next (putting a file back) finds no
 * page to reload.
 */
export async function leave(page: Page): Promise<void> {
  await settle(page);
  await page.close();
}

/** Playwright's `test` whose page settles before it is closed (see `settle`). */
export const test = base.extend({
  page: async ({ page }, use) => {
    await use(page);
    if (!page.isClosed()) await settle(page);
  },
});
