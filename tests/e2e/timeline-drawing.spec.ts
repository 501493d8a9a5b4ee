import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { htmlPages } from './built-files.ts';

// The drawn timeline on every timeline page and embed of the built site (dist/).
const timelinePages = htmlPages('dist').filter((p) =>
  /(^|\/)timeline\/(|actor\/[^/]+\/|type\/[^/]+\/)$/.test(p),
);
// Pages of a scope with no events (an actor without any) show no drawing, only "No events".
const pages = timelinePages.filter((p) =>
  readFileSync(`dist${p}index.html`, 'utf8').includes('class="timeline-event"'),
);
const SEED_EMBED = '/embed/articles/japan-india-rare-earths/timeline/';
const SEED_PAGE = '/articles/japan-india-rare-earths/timeline/';

/** Each drawn event of the wide drawing: its date, the record's, and where its told mark starts. */
async function drawnMarks(page: Page) {
  return page.locator('svg.tl-h a.tl-ev[data-date]').evaluateAll((links) =>
    links.map((a) => {
      const mark = a.querySelector('rect.tl-m') ?? a.querySelector('path.tl-m');
      const box = (mark as SVGGraphicsElement).getBoundingClientRect();
      const bar = mark?.tagName === 'rect';
      return {
        href: a.getAttribute('href') ?? '',
        date: a.getAttribute('data-date') ?? '',
        record: a.getAttribute('data-record'),
        start: bar ? box.left : box.left + box.width / 2,
        end: bar ? box.right : box.left + box.width / 2,
        arrow: a.querySelector('.tl-ar') !== null && a.querySelector('.tl-rec') !== null,
      };
    }),
  );
}

/** Start of a date at its precision, in ms. */
const startOf = (value: string): number => {
  const [y = 0, m = 1, d = 1] = value.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

test('there are timeline pages and embeds to check', () => {
  expect(pages).toContain(SEED_PAGE);
  expect(pages).toContain(SEED_EMBED);
  expect(pages).toContain('/timeline/');
  expect(pages.length).toBeGreaterThan(6);
});

test('every timeline page and embed shows the drawing, its marks in date order along the axis', async ({
  page,
}) => {
  test.setTimeout(30_000 + 1_500 * pages.length);
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator('svg.tl-h'), path).toBeVisible();
    const marks = await drawnMarks(page);
    expect(marks.length, path).toBeGreaterThan(0);
    // Any two marks: the one whose date starts earlier starts no further right (6 px: a glyph's half).
    for (const a of marks)
      for (const b of marks)
        if (startOf(a.date) < startOf(b.date) && !(a.date.length === 4 || b.date.length === 4))
          expect(
            a.start,
            `${path}: ${a.href} (${a.date}) before ${b.href} (${b.date})`,
          ).toBeLessThanOrEqual(b.start + 6);
    // Tab order is date order too: the links come in the order of their marks.
    const starts = marks.map((m) => startOf(m.date));
    expect(
      [...starts].sort((x, y) => x - y),
      path,
    ).toEqual(starts);
  }
});

test('the caption mentions the // axis break only where the drawing has one', async ({ page }) => {
  test.setTimeout(30_000 + 1_000 * pages.length);
  const seen = { withBreak: 0, without: 0 };
  for (const path of [...pages, '/actors/japan/']) {
    await page.goto(path);
    const axis = (await page.locator('svg.tl-h .tl-ax').getAttribute('d')) ?? '';
    // A break is drawn as two slanted strokes across the axis.
    const hasBreak = /l4-12/.test(axis);
    const caption = page.locator('figure.timeline-drawing figcaption');
    if (hasBreak)
      await expect(caption, path).toContainText('// marks a stretch with nothing in it');
    else await expect(caption, path).not.toContainText('//');
    seen[hasBreak ? 'withBreak' : 'without']++;
  }
  expect(seen.withBreak).toBeGreaterThan(0);
  expect(seen.without).toBeGreaterThan(0);
});

test('only a contradiction is drawn as a discrepancy: its arrow, the record’s mark and its words', async ({
  page,
}) => {
  test.setTimeout(30_000 + 1_500 * pages.length);
  let checked = 0;
  for (const path of pages) {
    await page.goto(path);
    const entries = await page
      .locator('.timeline-event:has(.event-documented)')
      .evaluateAll((items) =>
        items.map((li) => ({
          href: `#${li.id}`,
          comparison: li.querySelector('.event-documented')?.getAttribute('data-comparison'),
        })),
      );
    for (const { href, comparison } of entries) {
      const link = page.locator(`svg.tl-h a.tl-ev[href="${href}"]`);
      if ((await link.count()) === 0) continue;
      const contradicts = comparison === 'contradicts';
      await expect(link.locator('.tl-ar'), `${path} ${href}: arrow`).toHaveCount(
        contradicts ? 1 : 0,
      );
      await expect(link.locator('.tl-rec'), `${path} ${href}: record's mark`).toHaveCount(
        contradicts ? 1 : 0,
      );
      if (contradicts) await expect(link).toContainText('the record puts it');
      if (comparison === 'refines') await expect(link).toContainText('the record');
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(10);
  await page.goto(SEED_PAGE);
  await expect(page.locator('svg.tl-h .tl-ar')).toHaveCount(1);
});

test('the seed shows the break between July 2025 and January 2026, relative dates tied to their anchors', async ({
  page,
}) => {
  await page.goto(SEED_PAGE);
  const wide = page.locator('svg.tl-h');
  await expect(wide.locator('text.tl-k', { hasText: 'Jul 2025' })).toHaveCount(1);
  await expect(wide.locator('text.tl-k', { hasText: /Jan/ }).first()).toBeVisible();
  expect(await wide.locator('.tl-ax').getAttribute('d')).toMatch(/l4-12/);
  expect(await wide.locator('.tl-rel').first().getAttribute('d')).toMatch(/C/);
  await expect(wide.locator('a[href="#event-kihara-statement"]')).toContainText('the next day');
  // The record dates the remark the text leaves undated: it is on the axis, not apart.
  await expect(wide).not.toContainText('Undated in the text');
  await expect(wide.locator('text.tl-span')).toHaveCount(3);
  await expect(page.locator('svg.tl-slope')).toHaveAttribute('aria-label', /out of date order/);
});

test('with JavaScript disabled the same drawing appears', async ({ browser, page }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  for (const path of [SEED_PAGE, SEED_EMBED, '/timeline/']) {
    await page.goto(path);
    await noScript.goto(path);
    const drawn = (p: Page) => p.locator('figure.timeline-drawing').evaluate((f) => f.innerHTML);
    expect(await drawn(noScript), path).toBe(await drawn(page));
    await expect(noScript.locator('svg.tl-h'), path).toBeVisible();
  }
  await context.close();
});

test('at 375 px the narrow drawing shows and nothing overflows', async ({ page }) => {
  test.setTimeout(30_000 + 1_500 * pages.length);
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator('svg.tl-v'), path).toBeVisible();
    await expect(page.locator('svg.tl-h'), path).toBeHidden();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
    const right = await page
      .locator('svg.tl-v')
      .evaluate((svg) => svg.getBoundingClientRect().right);
    expect(right, path).toBeLessThanOrEqual(375);
  }
});

test('the marks are links to the list, reached by Tab in date order, with a visible focus', async ({
  page,
}) => {
  await page.goto(SEED_EMBED);
  const first = page.locator('svg.tl-h a.tl-ev').first();
  await first.focus();
  const outline = await first.evaluate((a) => getComputedStyle(a).outlineStyle);
  expect(outline).toBe('solid');
  const href = await first.getAttribute('href');
  await first.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(`${href}`)).toBeVisible();
});

for (const [name, width, theme] of [
  ['700', 700, 'light'],
  ['375', 375, 'light'],
  ['dark', 700, 'dark'],
] as const) {
  test(`the seed's article timeline embed looks as it should (${name})`, async ({ browser }) => {
    // A fixed font (DejaVu, which the share images use too) so the picture does not depend on
    // which sans font the machine has; CSP is bypassed only to inject that one rule.
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      bypassCSP: true,
      colorScheme: theme,
    });
    const page = await context.newPage();
    await page.goto(`${SEED_EMBED}?theme=${theme}`);
    await page.addStyleTag({ content: '*{font-family:"DejaVu Sans",sans-serif!important}' });
    await expect(page.locator('figure.timeline-drawing')).toHaveScreenshot(
      `seed-embed-drawing-${name}.png`,
      {
        animations: 'disabled',
      },
    );
    await context.close();
  });
}

test('share images and downloads exist at their stated sizes, and pages point to them', async ({
  page,
}) => {
  const size = (file: string) => {
    const png = readFileSync(`dist${file}`);
    return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  };
  const share = '/articles/japan-india-rare-earths/share.png';
  expect(size(share)).toEqual({ width: 1200, height: 630 });
  expect(size('/articles/japan-india-rare-earths/claims/bone-marrow/share.png')).toEqual({
    width: 1200,
    height: 630,
  });
  expect(size(`${SEED_PAGE}timeline.png`).width).toBe(1600);
  expect(size('/timeline/timeline.png').width).toBe(1600);
  expect(readFileSync(`dist${SEED_PAGE}timeline.svg`, 'utf8')).toMatch(/^<svg[^>]*viewBox/);
  await page.goto(SEED_PAGE);
  await expect(page.getByRole('link', { name: 'SVG' })).toHaveAttribute(
    'href',
    `${SEED_PAGE}timeline.svg`,
  );
  await expect(page.getByRole('link', { name: /PNG, 1600 pixels wide/ })).toHaveAttribute(
    'href',
    `${SEED_PAGE}timeline.png`,
  );
});

test("an actor's page draws that actor's events, each mark linking to its entry on the page", async ({
  page,
}) => {
  await page.goto('/actors/japan/');
  const marks = page.locator('svg.tl-h a.tl-ev');
  expect(await marks.count()).toBeGreaterThan(0);
  for (const href of await marks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^#event-/);
    await expect(page.locator(`[id="${href?.slice(1)}"]`), href ?? '').toHaveCount(1);
  }
});

test("a filter page offers no downloads of its parent's drawing, only the way to it", async ({
  page,
}) => {
  for (const path of [`${SEED_PAGE}type/statement/`, '/timeline/actor/japan/']) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: 'SVG' }), path).toHaveCount(0);
    await expect(page.getByRole('link', { name: /PNG/ }), path).toHaveCount(0);
    await expect(page.locator('a[download]'), path).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'unfiltered timeline' }), path).toHaveAttribute(
      'href',
      path.startsWith('/timeline/') ? '/timeline/' : SEED_PAGE,
    );
  }
});

test('a tall timeline embed shows its first events, the rest behind "Show all", and its snippet fits', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const embeds = pages.filter((p) => p.startsWith('/embed/'));
  let folded = 0;
  for (const path of embeds) {
    const { height } = JSON.parse(readFileSync(`dist${path}oembed.json`, 'utf8')) as {
      height: number;
    };
    // The fixed-height snippet's iframe, in a 700 px column: what shows before "Show all" fits.
    await page.setViewportSize({ width: 700, height });
    await page.goto(path);
    const scrolled = () => page.evaluate(() => document.documentElement.scrollHeight);
    expect(await scrolled(), `${path} fits its ${height} px snippet`).toBeLessThanOrEqual(height);
    const more = page.locator('details.embed-more');
    if ((await more.count()) === 0) continue;
    folded++;
    await expect(more.locator('summary')).toHaveText(/^Show all \d+ events/);
    await expect(page.locator('main > .timeline li.timeline-event').first()).toBeVisible();
    await expect(more.locator('li.timeline-event').first()).toBeHidden();
    await more.locator('summary').click();
    await expect(more.locator('li.timeline-event').first()).toBeVisible();
    expect(await scrolled(), `${path}: opened, it is taller than its snippet`).toBeGreaterThan(
      height,
    );
  }
  expect(folded).toBeGreaterThan(1);
  // A mark of a folded event still leads to its entry: the browser opens the details for it.
  await page.setViewportSize({ width: 700, height: 900 });
  await page.goto(SEED_EMBED);
  const last = page.locator('details.embed-more li.timeline-event').last();
  const id = await last.getAttribute('id');
  await page.locator(`svg.tl-h a[href="#${id}"]`).click();
  await expect(last).toBeVisible();
  await context.close();
});
