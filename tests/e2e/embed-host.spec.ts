import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { HOST, SITE, hostPage, snippetFor, startHost } from './helpers/host-server.ts';

// A host page on another origin (another port of 127.0.0.1) embeds the site's snippets, as a blog would.
const TIMELINE = '/embed/articles/japan-india-rare-earths/timeline/';
// Every claim card, with the snippet without the script, in a column of each width: the default
// one the oEmbed document states, and the narrowest the snippet allows.
const CLAIM_CARDS = (
  JSON.parse(readFileSync('dist/data/claims.json', 'utf8')) as { article: string; id: string }[]
).map((c) => `/embed/articles/${c.article}/claims/${c.id}/`);
const CARD_WIDTHS = [640, 320];
const cardPage = (width: number) => `/cards-${width}.html`;
let host: Server;
// One host server on one port: the tests of this file share it, so they run in one worker.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  host = await startHost({
    '/with-script.html': hostPage(
      `${snippetFor(TIMELINE, true)}<iframe src="/forger.html" title="Another widget" height="60"></iframe>`,
    ),
    '/plain.html': hostPage(snippetFor(TIMELINE, false)),
    // Another widget, which itself frames a page of the site: that nested frame has the site's origin but is
    // not one of the host page's iframes.
    '/forger.html':
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forger</title></head>' +
      `<body>Another widget<iframe src="${SITE}/embed/timeline/" title="Nested" height="40"></iframe>` +
      '</body></html>',
    // One page a width, every card on it, as a column of embeds in a blog post.
    ...Object.fromEntries(
      CARD_WIDTHS.map((width) => [
        cardPage(width),
        hostPage(
          CLAIM_CARDS.map(
            (path) => `<div style="width:${width}px">${snippetFor(path, false)}</div>`,
          ).join(''),
        ),
      ]),
    ),
    '/framing-article.html': hostPage(
      `<iframe src="${SITE}/articles/japan-india-rare-earths/" title="Article" height="400"></iframe>`,
    ),
  });
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

const embedFrame = (page: Page): Frame => {
  const frame = page.frames().find((f) => f.url().startsWith(`${SITE}${TIMELINE}`));
  if (!frame) throw new Error('the embed iframe did not load');
  return frame;
};
const iframeHeight = (page: Page) =>
  page.locator(`iframe[src^="${SITE}"]`).evaluate((el) => el.getBoundingClientRect().height);

test('the resize script fits the iframe to the embed’s content', async ({ page }) => {
  await page.goto(`${HOST}/with-script.html`);
  const iframe = page.locator(`iframe[src^="${SITE}"]`);
  await expect(iframe).toHaveAttribute('height', /^\d+$/);
  const stated = Number(snippetFor(TIMELINE, true).match(/height="(\d+)"/)?.[1]);
  // The timeline is taller than the stated height, so fitting it shows in the host page.
  await expect.poll(() => iframeHeight(page)).not.toBe(stated);
  const content = await embedFrame(page).evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );
  expect(Math.abs((await iframeHeight(page)) - content)).toBeLessThanOrEqual(1);
  // The embed has no scroll bar of its own: everything is visible in the host page.
  expect(
    await embedFrame(page).evaluate(() => document.documentElement.scrollHeight <= innerHeight),
  ).toBe(true);
});

test('messages from other frames, of other types or out of range do not set the height', async ({
  page,
}) => {
  await page.goto(`${HOST}/with-script.html`);
  await expect.poll(() => iframeHeight(page)).toBeGreaterThan(200);
  const fitted = await iframeHeight(page);
  const forger = page.frames().find((f) => f.url().endsWith('/forger.html'));
  if (!forger) throw new Error('the forger iframe did not load');
  // Another frame of the host page, and the host page itself, claim to be the embed.
  await forger.evaluate(() =>
    parent.postMessage({ type: 'claimlens:embed-height', height: 31 }, '*'),
  );
  await page.evaluate(() =>
    window.postMessage({ type: 'claimlens:embed-height', height: 32 }, '*'),
  );
  // A frame of the site's own origin that is not one of the host page's iframes.
  const nested = page.frames().find((f) => f.url() === `${SITE}/embed/timeline/`);
  if (!nested) throw new Error('the nested site frame did not load');
  await nested.evaluate(() =>
    top?.postMessage({ type: 'claimlens:embed-height', height: 34 }, '*'),
  );
  // The real embed frame sends a message of another type.
  await embedFrame(page).evaluate(() =>
    parent.postMessage({ type: 'something-else', height: 33 }, '*'),
  );
  // Let the messages arrive before checking nothing changed.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  expect(await iframeHeight(page)).toBe(fitted);
  // From the real embed, an absurd height is clamped.
  await embedFrame(page).evaluate(() =>
    parent.postMessage({ type: 'claimlens:embed-height', height: 1e9 }, '*'),
  );
  await expect.poll(() => iframeHeight(page)).toBe(20000);
});

test('without the script, the iframe keeps its stated height and scrolls', async ({ page }) => {
  await page.goto(`${HOST}/plain.html`);
  const stated = Number(snippetFor(TIMELINE, false).match(/height="(\d+)"/)?.[1]);
  await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toContainText(
    'Timeline',
  );
  expect(await iframeHeight(page)).toBe(stated);
});

test('#event-<id> inside the embed scrolls to that event', async ({ page }) => {
  await page.goto(`${HOST}/plain.html`);
  const iframe = page.locator('iframe');
  await iframe.evaluate((el: HTMLIFrameElement) => {
    el.src = `${el.src}#event-g7-meeting`;
  });
  const frame = page.frameLocator('iframe');
  const event = frame.locator('#event-g7-meeting');
  await expect(event).toBeInViewport();
  await expect(frame.locator('#event-india-discovery')).not.toBeInViewport();
  // The target is marked for the eye as well.
  const marked = await event.evaluate((el) => getComputedStyle(el).backgroundColor);
  const plain = await frame
    .locator('#event-india-discovery')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(marked).not.toBe(plain);
});

test('a page that is not an embed refuses to load in another site’s iframe', async ({ page }) => {
  const response = await page.request.get(`${SITE}/articles/japan-india-rare-earths/`);
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await page.goto(`${HOST}/framing-article.html`);
  // Chromium replaces a refused frame with its error page: the article never renders in it.
  await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
  await expect(
    page.frameLocator('iframe').getByRole('heading', { name: /Japan has finally found a way/ }),
  ).toHaveCount(0);
});

test('?theme= overrides the system colour scheme; without it the system preference applies', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.goto(`${SITE}${TIMELINE}`);
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.goto(`${SITE}${TIMELINE}?theme=dark`);
  expect(await background()).toBe('rgb(22, 22, 26)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${SITE}${TIMELINE}`);
  expect(await background()).toBe('rgb(22, 22, 26)');
  await page.goto(`${SITE}${TIMELINE}?theme=light`);
  expect(await background()).toBe('rgb(255, 255, 255)');
});

test('“Open in the full site” opens the page in the top window, not in the iframe', async ({
  page,
}) => {
  await page.goto(`${HOST}/with-script.html`);
  await page
    .frameLocator(`iframe[src^="${SITE}"]`)
    .getByRole('link', { name: 'Open in the full site' })
    .click();
  await expect(page).toHaveURL(`${SITE}/articles/japan-india-rare-earths/timeline/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Timeline');
});

for (const width of CARD_WIDTHS) {
  test(`every claim card shows all of itself in its fixed-height iframe, ${width} px wide`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const clipped: string[] = [];
    await page.goto(`${HOST}${cardPage(width)}`);
    for (const [at, path] of CLAIM_CARDS.entries()) {
      const iframe = page.locator(`iframe[src^="${SITE}"]`).nth(at);
      // The snippet's iframes load lazily: each is brought into view, as a reader scrolls.
      await iframe.scrollIntoViewIfNeeded();
      await expect(iframe.contentFrame().locator('footer')).toBeVisible();
      expect((await iframe.boundingBox())?.width).toBe(width);
      const frame = page.frames().find((f) => f.url().startsWith(`${SITE}${path}`));
      if (!frame) throw new Error(`the card ${path} did not load`);
      const { scroll, client } = await frame.evaluate(() => ({
        scroll: document.documentElement.scrollHeight,
        client: document.documentElement.clientHeight,
      }));
      if (scroll > client) clipped.push(`${path}: ${scroll} px of content in ${client} px`);
    }
    expect(clipped).toEqual([]);
  });
}
