import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { expect } from '@playwright/test';
import { portIsFree, startDevServer } from '../../scripts/dev-server.ts';
import { DEV_PORT, leave, openLive, SEED, test } from './dev-site.ts';

// A server of its own, started with a broken article already in place: the analyst's first
// `npm run dev` after a mistake. Beside the shared server's port.
const PORT = DEV_PORT + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const original = readFileSync(`content/articles/${SEED}.md`, 'utf8');
const broken = original.replace('claimant: india', 'claimant: nobody-known');
const PROBLEM =
  /broken-copy\.md:\d+:\d+: claim "[a-z0-9-]+" claimant: unknown actor "nobody-known"; add content\/actors\/nobody-known\.md or use one of the known actor ids \[unknown-actor\]$/;

let folder: string;
let server: ChildProcess;
let terminal = '';

test.describe.configure({ timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  expect(await portIsFree(PORT), `port ${PORT} is taken; set E2E_PORT to a free block`).toBe(true);
  folder = mkdtempSync(join(tmpdir(), 'claimlens-dev-broken-'));
  const content = join(folder, 'content');
  mkdirSync(join(content, 'articles'), { recursive: true });
  cpSync('content/actors', join(content, 'actors'), { recursive: true });
  writeFileSync(join(content, 'articles', `${SEED}.md`), original);
  writeFileSync(
    join(content, 'articles', 'second-copy.md'),
    original.replace(/^title: .*$/m, 'title: "A second article, without problems"'),
  );
  writeFileSync(join(content, 'articles', 'broken-copy.md'), broken);
  server = startDevServer(PORT, content, { stdio: ['ignore', 'pipe', 'pipe'], alongside: true });
  for (const stream of [server.stdout, server.stderr])
    stream?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  await expect(async () => {
    const status = await fetch(`${BASE}/`).then(
      (response) => response.status,
      () => 0,
    );
    expect(status, terminal.slice(-2000)).toBe(200);
  }).toPass({ timeout: 60_000 });
});

test.afterAll(async () => {
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(folder, { recursive: true, force: true });
});

test('every other article renders, and every page lists the problem', async ({ page }) => {
  const problems = page.locator('#content-problems li');
  for (const path of [
    '/',
    '/actors/',
    '/timeline/',
    `/articles/${SEED}/`,
    '/articles/second-copy/',
  ]) {
    const response = await page.goto(`${BASE}${path}`);
    expect(response?.status(), path).toBe(200);
    await expect(problems).toHaveText([PROBLEM]);
  }
  await expect(page.locator('.source-headline')).toHaveText('A second article, without problems');
  await page.goto(`${BASE}/`);
  // The home card leads with the verdict and quotes the article's title small.
  await expect(
    page.locator('.article-list article', { hasText: 'A second article, without problems' }),
  ).toBeVisible();
  // The terminal printed the list once, however many pages were asked for.
  expect(terminal.match(/1 content problem\b/g)).toHaveLength(1);
});

test("the broken article's page is the list, and shows the article once it is fixed", async ({
  page,
}) => {
  const response = await openLive(page, `${BASE}/articles/broken-copy/`);
  expect(response?.status()).toBe(500);
  await expect(page.locator('#content-problems li')).toHaveText([PROBLEM]);
  await expect(page.locator('.source-headline')).toHaveCount(0);
  writeFileSync(join(folder, 'content', 'articles', 'broken-copy.md'), original);
  // The page reloads itself.
  await expect(page.locator('.source-headline')).toBeVisible();
  await expect(page.locator('#content-problems')).toHaveCount(0);
  await leave(page);
});
