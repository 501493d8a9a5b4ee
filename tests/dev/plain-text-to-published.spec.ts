import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, type Page } from '@playwright/test';
import { DEV_CONTENT, newArticle, openAnnotate, select, test } from './dev-site.ts';

// The analyst's whole path in the browser (issue 29): a plain text becomes a draft, is marked and
// assessed through the Annotate app, is published there, and `npm run build` publishes it.
const slug = 'plain-text-to-published';
const text = [
  'Rare earth exports halted',
  'The ministry announced on Monday that rare earth exports would stop at once.',
  'Officials said exports had fallen by half last year.',
  'The minister said the stop would protect national security.',
].join('\n\n');
const VERDICT = 'Partly supported: the stop is on record, the fall in exports is not';

let folder = '';
let remove = () => {};
test.beforeAll(() => {
  ({ remove } = newArticle(slug, text, 'https://example.org/halted'));
});
test.afterAll(() => {
  remove();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Selects `words`, marks them as a `kind`, fills the form with `fill`, and saves it. */
async function mark(page: Page, kind: 'claim' | 'event', words: string, fill: () => Promise<void>) {
  // The app is on again after each save's reload before words can be marked.
  await expect(page.getByText('Select words to mark them')).toBeVisible();
  // A reader selects words they see; the bar of Mark buttons is placed beside them on screen.
  await page.locator('.article-body .passage-text', { hasText: words }).scrollIntoViewIfNeeded();
  await select(page, words);
  await page.getByRole('button', { name: `Mark as ${kind}` }).click();
  await fill();
  await page
    .getByRole('dialog', { name: 'Annotate' })
    .getByRole('button', { name: 'Save' })
    .click();
  await expect(page.getByRole('dialog', { name: 'Annotate' })).toBeHidden();
}

test('a plain text becomes a published article through the browser, and the build publishes it', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const articlePath = join(DEV_CONTENT, 'articles', `${slug}.md`);
  expect(readFileSync(articlePath, 'utf8')).toMatch(/^draft: true$/m);

  // The dev server shows the draft, with what is still to write before publishing.
  await openAnnotate(page, slug);
  const heading = /^Draft, not published: \d+ things? to write before publishing$/;
  await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  const toWrite = page.locator('#draft-to-write');
  await expect(toWrite).toContainText(`articles/${slug}.md:`);
  await expect(toWrite).toContainText('[missing-assessment]');

  const form = page.getByRole('dialog', { name: 'Annotate' });
  await mark(page, 'claim', 'rare earth exports would stop at once', async () => {
    await form.getByLabel('Id').fill('exports-stop');
    await form.getByLabel('Type').selectOption('attributed');
    await form.getByLabel('Status').selectOption('supported');
    await form
      .getByLabel('Finding (the verdict in one sentence)')
      .fill('Correct: the ministry published a notice of the stop on 5 January 2026.');
    await form.getByLabel('Note').fill('The ministry published the notice of the stop that day.');
    await form.getByText('Add a source').click();
    await form.getByLabel('URL').fill('https://example.org/notice');
    await form.getByLabel('Title').fill('Notice on rare earth exports');
    await form.getByLabel('Publisher').fill('Example Ministry');
    await form.getByLabel('Date published').fill('2026-01-05');
  });
  await mark(page, 'claim', 'exports had fallen by half last year', async () => {
    await form.getByLabel('Id').fill('exports-halved');
    await form.getByLabel('Type').selectOption('attributed');
    await form.getByLabel('Status').selectOption('unverified');
    await form.getByLabel('Note').fill('No trade figures for last year were found.');
  });
  await mark(page, 'claim', 'the stop would protect national security', async () => {
    await form.getByLabel('Id').fill('protects-security');
    await form.getByLabel('Type').selectOption('opinion');
    await form.getByLabel('Status').selectOption('not-checkable');
    await form.getByLabel('Note').fill("The minister's view of the stop's purpose.");
  });
  await mark(page, 'event', 'announced', async () => {
    await form.getByLabel('Id').fill('stop-announced');
    await form.getByLabel('Summary').fill('The ministry announces the stop of exports');
    await form.getByLabel('Type').selectOption('announcement');
    await form.getByLabel('Date (YYYY, YYYY-MM or YYYY-MM-DD)').fill('2026-01-05');
  });
  for (const id of ['exports-stop', 'exports-halved', 'protects-security'])
    await expect(page.locator(`#claim-${id}`)).toBeVisible();
  await expect(page.locator('#event-stop-announced')).toBeVisible();

  // The assessment, with the supported claim as its key claim.
  await page.getByRole('button', { name: 'Article', exact: true }).click();
  await form.getByLabel('Verdict (one line)').fill(VERDICT);
  await form
    .getByLabel('Summary (2–3 sentences)')
    .fill('The stop of exports is on record in the notice. The fall in exports is not.');
  await form
    .getByLabel('Key claims (claims with a verdict, at most 5)')
    .selectOption('exports-stop');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  // Nothing is left to write: publishing clears the draft.
  await page.getByRole('button', { name: 'Article', exact: true }).click();
  const left = form.getByRole('region', { name: 'Still to write before publishing' });
  await expect(left).toContainText('Nothing left to write: the draft can be published.');
  await form.getByLabel('Publish: set draft to false').check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { name: heading })).toHaveCount(0);
  expect(readFileSync(articlePath, 'utf8')).toMatch(/^draft: false$/m);

  // `npm run build` on a copy of that content passes and publishes the article with its verdict.
  folder = mkdtempSync(join(tmpdir(), 'claimlens-published-'));
  const content = join(folder, 'content');
  const out = join(folder, 'dist');
  cpSync(DEV_CONTENT, content, { recursive: true });
  await promisify(execFile)('npm', ['run', 'build'], {
    env: {
      ...process.env,
      CLAIMLENS_CONTENT: content,
      OUT_DIR: out,
      ASTRO_CACHE_DIR: join(folder, 'cache'),
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  await page.goto(pathToFileURL(join(out, 'articles', slug, 'index.html')).href);
  await expect(page.locator('.verdict-line')).toHaveText(VERDICT);
});
