import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { listFiles } from '../../scripts/build-steps/security-headers.ts';
import { servedPaths } from '../../scripts/headers.ts';
import { expectNoAxeViolations } from './helpers/axe.ts';

// Checks on the built site in dist/ (npm test builds before it runs Playwright).
const files = listFiles('dist');
const embedPages = files
  .filter((f) => f.startsWith('embed/') && f.endsWith('/index.html'))
  .map((f) => `/${f.slice(0, -'index.html'.length)}`);
const timelinePages = files.filter(
  (f) => /(^|\/)timeline\//.test(f) && !f.startsWith('embed/') && f.endsWith('.html'),
);
const BUDGET = 8 * 1024;
// A timeline embed also carries its drawing (two SVGs and, for an article, the slope chart).
// A timeline embed carries its drawing twice (wide and narrow), each with its frame (title, tally,
// source line, credit) and every label whole, never cut.
const TIMELINE_BUDGET = 11 * 1024;
const budgetOf = (path: string) => (/\/timeline\/$/.test(path) ? TIMELINE_BUDGET : BUDGET);

test('there is an embed page of every kind', () => {
  for (const kind of [
    /^\/embed\/timeline\/$/,
    /^\/embed\/articles\/[^/]+\/timeline\/$/,
    /^\/embed\/actors\/[^/]+\/timeline\/$/,
    /\/events\/[^/]+\/$/,
    /\/claims\/[^/]+\/$/,
  ])
    expect(
      embedPages.some((p) => kind.test(p)),
      String(kind),
    ).toBe(true);
});

test(
  `each embed page weighs at most ${BUDGET} bytes gzip (a timeline embed ${TIMELINE_BUDGET}) ` +
    'with all it loads, all from its own origin',
  async ({ page, baseURL }) => {
    test.setTimeout(30_000 + 1_000 * embedPages.length);
    const report: string[] = [];
    for (const path of embedPages) {
      const loaded: string[] = [];
      page.on('request', (request) => loaded.push(request.url()));
      // The load event waits for the page and everything it loads (the embed has no lazy parts).
      await page.goto(path, { waitUntil: 'load' });
      page.removeAllListeners('request');
      const origin = new URL(baseURL ?? '').origin;
      expect(
        loaded.filter((url) => new URL(url).origin !== origin),
        `${path} loads from another origin`,
      ).toEqual([]);
      // The weight of what was loaded, measured on the built files that served it.
      const bytes = loaded.reduce((sum, url) => {
        const file = new URL(url).pathname.replace(/\/$/, '/index.html');
        return sum + gzipSync(readFileSync(`dist${file}`), { level: 9 }).length;
      }, 0);
      report.push(`${bytes} B ${path} (${loaded.length} requests)`);
      expect(bytes, `${path} with everything it loads`).toBeLessThanOrEqual(budgetOf(path));
      if (path === '/embed/articles/japan-india-rare-earths/timeline/')
        expect(await page.locator('svg.tl-h, svg.tl-v, svg.tl-slope').count(), path).toBe(3);
    }
    console.log(
      `embed weights (gzip):\n${report
        .sort((a, b) => parseInt(b) - parseInt(a))
        .slice(0, 5)
        .join('\n')}\n…`,
    );
  },
);

test('the resize script is under 1 KB gzip', () => {
  expect(gzipSync(readFileSync('dist/embed.js'), { level: 9 }).length).toBeLessThan(1024);
});

test('html-validate finds nothing on the timeline and embed pages', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const problems: string[] = [];
  for (const file of [...timelinePages, ...embedPages.map((p) => `${p.slice(1)}index.html`)]) {
    const report = await validator.validateFile(`dist/${file}`);
    for (const result of report.results)
      for (const m of result.messages)
        problems.push(`dist/${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(timelinePages.length).toBeGreaterThan(3);
  expect(problems).toEqual([]);
});

test('every served path gets exactly one Content-Security-Policy; only embeds may be framed', async ({
  request,
}) => {
  const paths = servedPaths(files.filter((f) => f !== '_headers'));
  test.setTimeout(30_000 + 100 * paths.length);
  for (const path of paths) {
    const response = await request.get(path);
    const csp = response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === 'content-security-policy');
    expect(csp.length, path).toBe(1);
    const value = csp[0]?.value ?? '';
    // Two policies joined by a host would show as a second default-src.
    expect(value.match(/default-src/g)?.length, path).toBe(1);
    expect(value, path).toContain(
      path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'none'",
    );
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(response.headers()['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  }
});

test('the embeds’ inline style is allowed by its hash, and nothing is blocked by the policy', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of [
    '/embed/timeline/',
    '/embed/articles/japan-india-rare-earths/claims/mofcom-dual-use-ban/',
    '/timeline/',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // The inline CSS applied: the event list has its border.
  await page.goto('/embed/timeline/');
  expect(
    await page
      .locator('.timeline-event')
      .first()
      .evaluate((el) => getComputedStyle(el).borderLeftStyle),
  ).toBe('solid');
  expect(violations).toEqual([]);
});

test('embeds are readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/embed/articles/japan-india-rare-earths/events/kihara-statement/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /^Chief Cabinet Secretary Kihara Minoru .* calls the ban unacceptable$/,
  );
  // Counted from the record's date of the ban, which the record confirms.
  await expect(page.locator('time')).toHaveText('the next day, 7 January 2026');
  await expect(page.locator('.event-documented')).toContainText(
    'The record confirms it: 7 January 2026.',
  );
  await expect(page.getByRole('link', { name: 'Open in the full site' })).toHaveAttribute(
    'target',
    '_top',
  );
  await page.goto('/embed/articles/japan-india-rare-earths/claims/mofcom-dual-use-ban/');
  await expect(page.getByRole('blockquote')).toContainText(
    'ban on the export of dual-use items to Japan',
  );
  await context.close();
});

for (const path of [
  '/embed/timeline/',
  '/embed/actors/japan/timeline/',
  '/embed/actors/canada/timeline/',
  '/embed/articles/japan-india-rare-earths/events/g7-meeting/',
  '/embed/articles/japan-india-rare-earths/claims/kanai-protested/',
]) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}, light and dark`, async ({ page }) => {
    for (const query of ['?theme=light', '?theme=dark']) {
      await page.goto(`${path}${query}`);
      await expectNoAxeViolations(page);
    }
  });
}
