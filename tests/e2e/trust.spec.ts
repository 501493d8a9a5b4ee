// Against the fixture site (tests/fixtures/site/articles/fixture-updates.md): a claim whose rating
// changed and whose note was corrected, with an archived source; and the methodology and
// corrections pages.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_URL } from './helpers/fixture-site.ts';

const ARTICLE = `${FIXTURE_URL}/articles/fixture-updates/`;
const CLAIM = `${ARTICLE}claims/quota-cut/`;
const NEWEST =
  'Updated 29 November 2026: rating changed from Unverified to Supported. The quota notice was found.';
const OLDER = "Corrected 28 November 2026: The ministry's name was misspelt in the note.";

const axeViolations = async (page: Page) =>
  (
    await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);

test('the claim page shows its changes at the top, newest first, and its JSON-LD has dateModified', async ({
  page,
}) => {
  await page.goto(CLAIM);
  const log = page.getByRole('region', { name: 'Changes to this claim' });
  await expect(log.getByRole('listitem')).toHaveText([NEWEST, OLDER]);
  const logTop = (await log.boundingBox())?.y ?? Infinity;
  const reasoningTop =
    (await page.getByRole('heading', { name: 'Why', exact: true }).boundingBox())?.y ?? 0;
  expect(logTop).toBeLessThan(reasoningTop);
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  ) as Record<string, unknown>;
  expect(jsonLd['dateModified']).toBe('2026-11-29');
});

test('an archived source shows the live link and the archived copy beside it', async ({ page }) => {
  await page.goto(CLAIM);
  const source = page.getByRole('listitem').filter({ hasText: 'The quota notice' });
  await expect(source.getByRole('link', { name: 'The quota notice' })).toHaveAttribute(
    'href',
    'https://example.org/quota-notice',
  );
  await expect(source.getByRole('link', { name: 'archived 16 Jan 2026' })).toHaveAttribute(
    'href',
    'https://web.archive.org/web/20260116093000/https://example.org/quota-notice',
  );
});

test('the claim page has a mailto "Tell us" with the claim URL in its subject', async ({
  page,
}) => {
  await page.goto(CLAIM);
  const href = (await page.getByRole('link', { name: 'Tell us' }).getAttribute('href')) ?? '';
  expect(href.startsWith('mailto:')).toBe(true);
  expect(new URL(href).searchParams.get('subject')).toContain(
    'https://claimlens.example/articles/fixture-updates/claims/quota-cut/',
  );
});

test('the margin note shows the latest entry only', async ({ page }) => {
  await page.goto(`${ARTICLE}#claim-quota-cut`);
  const note = page.locator('#note-quota-cut');
  await expect(note).toHaveAttribute('open', '');
  await expect(note).toContainText(NEWEST);
  await expect(note).not.toContainText('misspelt');
});

test('/corrections/ lists both entries newest first, each linking to its claim, and has a feed', async ({
  page,
  request,
}) => {
  await page.goto(`${FIXTURE_URL}/corrections/`);
  const entries = page
    .getByRole('list')
    .filter({ hasText: 'The quota notice was found' })
    .getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText(NEWEST);
  await expect(entries.nth(1)).toContainText(OLDER);
  await entries
    .nth(1)
    .getByRole('link', { name: /Claim 1/ })
    .click();
  await expect(page).toHaveURL(
    /\/articles\/fixture-updates\/claims\/quota-cut\/#update-2026-11-28$/,
  );
  const feed = await (await request.get(`${FIXTURE_URL}/corrections/rss.xml`)).text();
  expect(feed.indexOf('Updated 29 November 2026')).toBeLessThan(
    feed.indexOf('Corrected 28 November 2026'),
  );
  expect(feed.indexOf('Updated 29 November 2026')).toBeGreaterThan(0);
});

test('every status badge and legend entry links to its definition on /methodology/', async ({
  page,
}) => {
  await page.goto(ARTICLE);
  await page.getByRole('link', { name: 'Supported' }).first().click();
  await expect(page).toHaveURL(/\/methodology\/#status-supported$/);
  await expect(page.locator('#status-supported')).toContainText('confirms the claim');
  await expect(page.locator('#status-supported')).toBeInViewport();
});

test('/methodology/ defines the terms, offers "Suggest a claim to check", and is axe clean', async ({
  page,
}) => {
  await page.goto(`${FIXTURE_URL}/methodology/`);
  for (const id of [
    'type-factual',
    'status-not-checkable',
    'confidence-likely',
    'precision-month',
    'kind-rating-change',
  ])
    await expect(page.locator(`#${id}`)).toHaveCount(1);
  const suggest = await page
    .getByRole('link', { name: 'Suggest a claim to check' })
    .getAttribute('href');
  expect(suggest).toMatch(/^mailto:/);
  expect(await axeViolations(page)).toEqual([]);
});

test('/corrections/ is axe clean', async ({ page }) => {
  await page.goto(`${FIXTURE_URL}/corrections/`);
  expect(await axeViolations(page)).toEqual([]);
});
