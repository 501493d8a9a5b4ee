// The TimelineJS export loads, unchanged, into TimelineJS3 (the @knight-lab/timelinejs dev
// dependency) in Chromium. TimelineJS is not part of the site: this test serves its dist files and
// a host page under /__timelinejs__/ through Playwright routes on the test server's origin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { TimelineJs } from '../../src/exports/timelinejs.ts';
import { BUILT_SITES, builtSite } from './helpers/built-site.ts';
import { ATTACKS_PORT, SITE_PORT } from './servers.ts';

/** Where each built site is served (playwright.config.ts). */
const PORTS: Record<string, number> = { dist: SITE_PORT, 'dist-attacks': ATTACKS_PORT };

const TIMELINEJS_DIST = 'node_modules/@knight-lab/timelinejs/dist';
const TYPES: Record<string, string> = {
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  svg: 'image/svg+xml',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  eot: 'application/vnd.ms-fontobject',
};

/** The host page: TimelineJS's own CSS and script, and the export's URL handed to it as is. */
function hostPage(dataUrl: string): string {
  return (
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS host</title>
<link rel="stylesheet" href="/__timelinejs__/css/timeline.css">
<script src="/__timelinejs__/js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script>
  // font: null keeps TimelineJS from loading web fonts from its CDN; script_path points it at the local copy.
  window.timeline = new TL.Timeline('timeline-embed', ${JSON.stringify(dataUrl)}, ` +
    `{ font: null, script_path: '/__timelinejs__/js/' });
</script></body></html>`
  );
}

/** Serves TimelineJS and the host page; records, and blocks, every request to another origin. */
async function serveTimelineJs(
  page: Page,
  origin: string,
): Promise<{ external: string[]; errors: string[]; dialogs: string[] }> {
  const external: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.route(
    (url) => url.origin !== origin,
    (route) => {
      external.push(route.request().url());
      return route.abort();
    },
  );
  await page.route(`${origin}/__timelinejs__/**`, (route) => {
    const { pathname, searchParams } = new URL(route.request().url());
    if (pathname === '/__timelinejs__/host.html')
      return route.fulfill({
        contentType: 'text/html',
        body: hostPage(searchParams.get('data') ?? ''),
      });
    const file = join(TIMELINEJS_DIST, pathname.slice('/__timelinejs__/'.length));
    return route.fulfill({
      contentType: TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream',
      body: readFileSync(file),
    });
  });
  return { external, errors, dialogs };
}

for (const dir of BUILT_SITES) {
  const site = builtSite(dir);
  for (const name of site.list('data/timelinejs')) {
    test(`${dir}: /data/timelinejs/${name} loads into TimelineJS3 with one slide per event`, async ({
      page,
    }) => {
      const origin = `http://127.0.0.1:${PORTS[dir] ?? SITE_PORT}`;
      const data = site.readJson(`data/timelinejs/${name}`) as TimelineJs;
      expect(data.events.length).toBeGreaterThan(0);
      const { external, errors, dialogs } = await serveTimelineJs(page, origin);

      await page.goto(
        `${origin}/__timelinejs__/host.html?data=${encodeURIComponent(`/data/timelinejs/${name}`)}`,
      );
      const slides = page.locator('.tl-slide:not(.tl-slide-titleslide)');
      await expect(slides).toHaveCount(data.events.length);
      await expect(page.locator('.tl-slide-titleslide')).toHaveCount(1);
      for (const event of data.events) {
        await expect(page.locator(`#${event.unique_id}`)).toHaveCount(1);
        await expect(page.locator(`#${event.unique_id} .tl-headline-date`)).toHaveText(
          event.display_date,
        );
      }
      // Step to the first event: its headline shows the words the export's escaped HTML stands for.
      const first = data.events[0];
      await page.locator('.tl-slidenav-next').first().click();
      const words = await page.evaluate(
        (html) => new DOMParser().parseFromString(html, 'text/html').body.textContent,
        first?.text.headline ?? '',
      );
      await expect(page.locator(`#${first?.unique_id} .tl-headline`)).toBeVisible();
      await expect(page.locator(`#${first?.unique_id} .tl-headline`)).toHaveText(words ?? '');

      // Hostile words in the data (the attack corpus has them) stay words: no dialog, no error.
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
    });
  }
}
