import type { Page } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
