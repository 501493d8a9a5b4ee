import { expect, test, type Page } from '@playwright/test';
import { loadCorpus } from '../../src/analysis/load-corpus.ts';
import { filterEvents, orderAsTold, orderByBestKnownDate } from '../../src/analysis/timeline.ts';
import { expectNoAxeViolations } from './helpers/axe.ts';

const ARTICLE_TIMELINE = '/articles/japan-india-rare-earths/timeline/';
// The pages must show the orders the core computes (tests/unit/analysis/timeline-grouping.test.ts
// pins those for the seed article): events by their best-known dates, then the undated ones.
const events = loadCorpus('content').events.filter((e) => e.article === 'japan-india-rare-earths');
const ids = (list: { id: string }[]) => list.map((e) => e.id);
const { dated: DATED, undated: UNDATED } = orderByBestKnownDate(events);
const AS_DATED = [...ids(DATED), ...ids(UNDATED)];
const AS_TOLD = ids(orderAsTold(events));
const byDate = (list: typeof events) => AS_DATED.filter((id) => ids(list).includes(id));

const datedIds = (page: Page) =>
  page
    .locator('.as-dated li.timeline-event:visible')
    .evaluateAll((items) => items.map((li) => li.id.replace(/^event-/, '')));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the article timeline lists every event by year and month, and as told', async ({
    page,
  }) => {
    await page.goto(ARTICLE_TIMELINE);
    const dated = page.getByRole('region', { name: 'As dated' });
    // Filed under the best-known date: the record fixes every date the article leaves vague.
    await expect(dated.getByRole('heading', { level: 3 })).toHaveText(['2025', '2026']);
    await expect(dated.getByRole('heading', { level: 4 })).toHaveText([
      'July 2025',
      'September 2025',
      'November 2025',
      'January 2026',
    ]);
    expect(UNDATED).toEqual([]);
    expect(await datedIds(page)).toEqual(AS_DATED);
    const told = page.getByRole('region', { name: 'As told' }).getByRole('link');
    expect(
      await told.evaluateAll((links) =>
        links.map((a) => a.getAttribute('href')?.replace('#event-', '')),
      ),
    ).toEqual(AS_TOLD);
  });

  test('each event shows its date at its precision, its actors and the article’s sentence, linked back', async ({
    page,
  }) => {
    await page.goto(ARTICLE_TIMELINE);
    // Filed under the record's date, with the article's own dating beside it.
    const discovery = page.locator('#event-india-discovery .event-date');
    await expect(discovery.locator('time')).toHaveText('21 July 2025');
    await expect(discovery).toContainText('21 July 2025 · Article: July 2025');
    await expect(page.locator('#event-yahoo-report time')).toHaveText('19 January 2026');
    await expect(page.locator('#event-mofcom-ban .event-date')).toHaveText(
      '6 January 2026 · Article: 2026, month not stated',
    );
    // Relative dates say so, counted from the record's date of their anchor, and name it.
    const kihara = page.locator('#event-kihara-statement');
    await expect(kihara.locator('time')).toHaveText('the next day, 7 January 2026');
    await expect(kihara.locator('.event-anchor').getByRole('link')).toHaveAttribute(
      'href',
      '#event-mofcom-ban',
    );
    await expect(page.locator('#event-kanai-protest time')).toHaveText(
      /^within a few hours, 6\s?–\s?7 January 2026$/,
    );
    // The record confirms, refines or contradicts; only a contradiction is a discrepancy.
    await expect(kihara.locator('.event-documented')).toContainText(
      'The record confirms it: 7 January 2026. At his press conference',
    );
    await expect(kihara.locator('.event-documented strong')).toHaveCount(0);
    await expect(page.locator('#event-mofcom-ban .event-documented')).toContainText(
      'The article gives 2026; the record: 6 January 2026. Published',
    );
    const suleman = page.locator('#event-suleman-remarks .event-documented');
    await expect(suleman.locator('strong')).toHaveText(
      'The record puts it at about 24 September 2025',
    );
    await expect(suleman).toContainText(
      ', not before this meeting, about 11 January 2026 as the article has it. At a rare-earth',
    );
    await expect(page.locator('.event-documented strong')).toHaveCount(1);
    await expect(page.locator('[data-tally]')).toHaveText(
      "The record confirms 7 of the article's dates, refines 4 and contradicts 1.",
    );
    await expect(page.locator('#event-india-discovery .event-documented')).toContainText(
      "The article gives July 2025; the record: 21 July 2025. The mines minister G. Kishan Reddy's",
    );
    await expect(kihara.locator('.event-documented a').first()).toHaveAttribute('href', /^https:/);
    await expect(page.locator('#event-takaichi-taiwan-remark .event-date')).toContainText(
      '7 November 2025 · Article: undated',
    );
    await expect(kihara.getByRole('link', { name: 'Kihara Minoru' })).toHaveAttribute(
      'href',
      '/actors/kihara-minoru/',
    );
    await expect(kihara.locator('blockquote')).toHaveText(
      events.find((e) => e.id === 'kihara-statement')?.quote ?? 'missing',
    );
    await kihara.getByRole('link', { name: 'Read it in the article' }).click();
    await expect(page).toHaveURL(/\/articles\/japan-india-rare-earths\/#event-kihara-statement$/);
    await expect(page.locator('#event-kihara-statement')).toHaveText('The next day');
    await expect(page.locator('#event-kihara-statement')).toBeInViewport();
  });

  test('filters are links to static pages', async ({ page }) => {
    await page.goto(ARTICLE_TIMELINE);
    await page
      .getByRole('navigation', { name: 'Filter the timeline' })
      .getByRole('link', { name: /^Kihara Minoru/ })
      .click();
    await expect(page).toHaveURL(`${ARTICLE_TIMELINE}actor/kihara-minoru/`);
    expect(await datedIds(page)).toEqual(['kihara-statement']);
    // Its anchor, filtered out here, is linked on the unfiltered page.
    await expect(page.locator('#event-kihara-statement .event-anchor a')).toHaveAttribute(
      'href',
      `${ARTICLE_TIMELINE}#event-mofcom-ban`,
    );
    await page.getByRole('link', { name: /^protest/ }).click();
    await expect(page).toHaveURL(`${ARTICLE_TIMELINE}type/protest/`);
    expect(await datedIds(page)).toEqual(byDate(filterEvents(events, { type: 'protest' })));
    await expect(page.getByRole('link', { name: /^protest/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('the Embed control shows both snippets', async ({ page }) => {
    await page.goto(ARTICLE_TIMELINE);
    await page.getByText('Embed', { exact: true }).click();
    const withScript = page.getByLabel('Snippet that fits its height to the content');
    await expect(withScript).toBeVisible();
    await expect(withScript).toHaveValue(
      /<iframe src="https:\/\/claimlens\.example\/embed\/articles\/japan-india-rare-earths\/timeline\/"[^>]*><\/iframe><script src="https:\/\/claimlens\.example\/embed\.js" async><\/script>/,
    );
    await expect(page.getByLabel(/Snippet without script/)).toHaveValue(
      /^<iframe [^>]*height="\d+"[^>]*><\/iframe>$/,
    );
    // Copying needs the script; without it the text is there to select.
    await expect(page.getByRole('button', { name: 'Copy' })).toHaveCount(0);
  });

  test('the timeline of all articles names each event’s article and links its anchor', async ({
    page,
  }) => {
    await page.goto('/timeline/#event-g7-meeting');
    await expect(page.locator('#event-g7-meeting')).toBeInViewport();
    await expect(
      page
        .locator('#event-g7-meeting')
        .getByRole('link', { name: /Japan has finally found a way/ }),
    ).toHaveAttribute('href', '/articles/japan-india-rare-earths/');
    // Every article's events are on it (the seed is the only article so far).
    expect(await datedIds(page)).toEqual(AS_DATED);
  });
});

test('with JavaScript, a filter applies in place and the address is the filter page', async ({
  page,
}) => {
  await page.goto(ARTICLE_TIMELINE);
  const filters = page.getByRole('navigation', { name: 'Filter the timeline' });
  await filters.getByRole('link', { name: /^Japan \(/ }).click();
  await expect(page).toHaveURL(`${ARTICLE_TIMELINE}actor/japan/`);
  const japan = byDate(filterEvents(events, { actor: 'japan' }));
  expect(japan.length).toBeLessThan(events.length);
  expect(await datedIds(page)).toEqual(japan);
  await expect(page.getByRole('status')).toHaveText(`Showing ${japan.length} events: Japan`);
  // The as-told list follows the filter.
  await expect(page.getByRole('region', { name: 'As told' }).getByRole('link')).toHaveCount(
    japan.length,
  );
  // So does the drawing: the other events' marks fade and leave the tab order.
  const marks = page.locator('svg.tl-h a.tl-ev');
  const drawn = () =>
    marks.evaluateAll((links) =>
      links
        .filter(
          (a) => Number(getComputedStyle(a).opacity) > 0.5 && a.getAttribute('tabindex') !== '-1',
        )
        .map((a) => a.getAttribute('href')?.replace('#event-', ''))
        .sort(),
    );
  expect(await drawn()).toEqual([...japan].sort());
  await page.goBack();
  await expect(page).toHaveURL(ARTICLE_TIMELINE);
  expect(await datedIds(page)).toEqual(AS_DATED);
  expect(await drawn()).toEqual([...AS_DATED].sort());
  // Reloading a filter address gives the same events, from the static page.
  await page.goto(`${ARTICLE_TIMELINE}actor/japan/`);
  expect(await datedIds(page)).toEqual(japan);
});

test('the Embed control copies its snippet', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/timeline/');
  await page.getByText('Embed', { exact: true }).click();
  await page.getByRole('button', { name: 'Copy' }).first().click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await page.getByLabel('Snippet that fits its height to the content').inputValue(),
  );
});

test('embeddable pages announce a static oEmbed document', async ({ page, request }) => {
  for (const [path, embed] of [
    ['/timeline/', '/embed/timeline/'],
    [ARTICLE_TIMELINE, '/embed/articles/japan-india-rare-earths/timeline/'],
    ['/timeline/actor/india/', '/embed/actors/india/timeline/'],
    ['/actors/japan/', '/embed/actors/japan/timeline/'],
    [
      '/articles/japan-india-rare-earths/claims/mofcom-dual-use-ban/',
      '/embed/articles/japan-india-rare-earths/claims/mofcom-dual-use-ban/',
    ],
  ] as const) {
    await page.goto(path);
    const href = await page
      .locator('link[rel="alternate"][type="application/json+oembed"]')
      .getAttribute('href');
    expect(href).toBe(`https://claimlens.example${embed}oembed.json`);
    const oembed = await (await request.get(new URL(href ?? '').pathname)).json();
    expect(oembed).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'ClaimLens',
      width: 640,
    });
    expect(oembed.html).toContain(`src="https://claimlens.example${embed}"`);
    expect(oembed.height).toBeGreaterThan(0);
    // The page's visible Embed control offers the same snippet.
    await page.getByText('Embed', { exact: true }).click();
    await expect(page.getByLabel('Snippet that fits its height to the content')).toHaveValue(
      oembed.html,
    );
  }
});

test('printing shows every event and no controls', async ({ page }) => {
  await page.goto(ARTICLE_TIMELINE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Filter the timeline' })).toBeHidden();
  await expect(page.locator('.embed-control')).toBeHidden();
  expect(await datedIds(page)).toEqual(AS_DATED);
});

for (const path of [
  '/timeline/',
  ARTICLE_TIMELINE,
  `${ARTICLE_TIMELINE}actor/japan/`,
  '/timeline/type/protest/',
]) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}, light and dark`, async ({ page }) => {
    // Two full axe runs over a page with the drawing's SVG marks take longer on a busy machine.
    test.setTimeout(120_000);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await page.getByText('Embed', { exact: true }).or(page.locator('h1')).first().click();
      await expectNoAxeViolations(page);
    }
  });
}
