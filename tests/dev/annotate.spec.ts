import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { loadCorpus } from '../../src/analysis/load-corpus.ts';
import { BLOCK_SEPARATOR } from '../../src/analysis/text-blocks.ts';
import { annotateArticle } from '../../src/tools/annotate-article.ts';
import { contentActors } from '../../src/tools/content-actors.ts';
import {
  DEV_CONTENT,
  newArticle,
  openAnnotate as openDevAnnotate,
  select,
  test,
} from './dev-site.ts';

const slug = 'plain-text-article';
const articlePath = join(DEV_CONTENT, 'articles', `${slug}.md`);
const originalPath = join(DEV_CONTENT, 'originals', `${slug}.txt`);
const text = [
  'Rare earth talks stall',
  'The ministry said on Monday that exports of rare earths would stop at once.',
  'Officials in Tokyo protested the next day and asked for talks.',
].join('\n\n');

/** The article's lines that are not in `before`. */
const newLines = (before: string, after: string) => {
  const old = new Set(before.split('\n'));
  return after.split('\n').filter((line) => !old.has(line));
};

let remove = () => {};

test.beforeAll(() => {
  ({ remove } = newArticle(slug, text, 'https://example.org/talks'));
  // `npm run new` writes no assessment, which every article now needs: add the analyst's first one.
  const created = readFileSync(articlePath, 'utf8');
  if (!/^assessment:/m.test(created))
    writeFileSync(
      articlePath,
      created.replace(
        /^claims: \{\}$/m,
        'assessment:\n  verdict: Not assessed yet.\n  summary: The analysis of this article is still to be ' +
          'written. It was made for a test.\n  key: []\nclaims: {}',
      ),
    );
});
const openAnnotate = (page: Page) => openDevAnnotate(page, slug);

test.afterAll(() => remove());

test('select words, mark them as a claim, then edit its status: only those bytes change', async ({
  page,
}) => {
  await openAnnotate(page);
  await expect(page.getByText('Select words to mark them')).toBeVisible();

  const before = readFileSync(articlePath, 'utf8');
  await select(page, 'exports of rare earths would stop at once');
  await page.getByRole('button', { name: 'Mark as claim' }).click();
  const form = page.getByRole('dialog', { name: 'Annotate' });
  await expect(form.getByLabel('Id')).toHaveValue('exports-of-rare-earths-would-stop-at');
  // The bar of Mark buttons goes while the form is open.
  await expect(page.getByRole('button', { name: 'Mark as claim' })).toBeHidden();
  await form.getByLabel('Type').selectOption('factual');
  await form.getByLabel('Note').fill('Said by the ministry; no notice found yet.');
  await form.getByRole('button', { name: 'Save' }).click();
  // The page reloads with the claim marked.
  await expect(page.locator('#claim-exports-of-rare-earths-would-stop-at')).toHaveText(
    /^exports of rare earths would stop at once/,
  );

  const marked = readFileSync(articlePath, 'utf8');
  expect(marked.match(/:claim\[/g)).toHaveLength(1);
  expect(newLines(before, marked)).toEqual([
    'claims:',
    '  exports-of-rare-earths-would-stop-at:',
    '    type: factual',
    '    claimant: author',
    '    status: unverified',
    '    note: Said by the ministry; no notice found yet.',
    'The ministry said on Monday that :claim[exports of rare earths would stop at ' +
      'once]{#exports-of-rare-earths-would-stop-at}.',
  ]);
  // The fidelity test's rule: with the markers stripped, the original's paragraphs come back.
  const article = loadCorpus(DEV_CONTENT).articles.find((a) => a.id === slug);
  const original = readFileSync(originalPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  expect(article?.plainText.split(BLOCK_SEPARATOR)).toEqual(original);

  // Editing: a click on the claim opens its record; a new status changes that one line.
  await page.locator('#claim-exports-of-rare-earths-would-stop-at').click();
  await expect(form.getByLabel('Status')).toHaveValue('unverified');
  await form.getByLabel('Status').selectOption('not-checkable');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('#claim-exports-of-rare-earths-would-stop-at')).toHaveAttribute(
    'data-status',
    'not-checkable',
  );
  const edited = readFileSync(articlePath, 'utf8');
  expect(newLines(marked, edited)).toEqual(['    status: not-checkable']);
  expect(newLines(edited, marked)).toEqual(['    status: unverified']);
});

test('a selection across a paragraph is refused with its message, and nothing is written', async ({
  page,
}) => {
  await openAnnotate(page);
  const before = readFileSync(articlePath, 'utf8');
  await select(page, 'talks stall', true);
  await page.keyboard.press('Alt+C');
  await expect(page.getByRole('dialog', { name: 'Annotate' }).getByRole('alert')).toHaveText(
    'The selection runs across paragraphs; a marker stays within one paragraph. Select words in one paragraph.',
  );
  expect(readFileSync(articlePath, 'utf8')).toBe(before);
});

test("a claim's sources are added and removed through its form, line for line", async ({
  page,
}) => {
  // The claim this test edits, written by the core itself.
  const start = readFileSync(articlePath, 'utf8');
  const { registry } = contentActors(DEV_CONTENT);
  writeFileSync(
    articlePath,
    annotateArticle(start, articlePath, registry, {
      op: 'mark',
      kind: 'claim',
      id: 'protested-next-day',
      record: { type: 'factual', claimant: 'author', status: 'unverified' },
      selection: { block: 2, start: 19, end: 41, text: 'protested the next day' },
    }),
  );
  const marked = readFileSync(articlePath, 'utf8');
  await openAnnotate(page);
  const claim = page.locator('#claim-protested-next-day');
  await expect(claim).toBeVisible();
  await claim.click();
  const form = page.getByRole('dialog', { name: 'Annotate' });
  await form.getByText('Add a source').click();
  await form.getByLabel('URL').fill('https://example.org/protest');
  await form.getByLabel('Title').fill('Tokyo protests: a report');
  await form.getByLabel('Publisher').fill('Example News');
  await form.getByLabel('Date published').fill('2026-01-07');
  await form.getByRole('button', { name: 'Save' }).click();
  // The page reloads with the source under the claim's note.
  await expect(page.locator('#note-protested-next-day .sources a')).toHaveText(
    'Tokyo protests: a report',
  );
  const sourced = readFileSync(articlePath, 'utf8');
  expect(newLines(marked, sourced)).toEqual([
    '    sources:',
    '      - url: https://example.org/protest',
    '        title: "Tokyo protests: a report"',
    '        publisher: Example News',
    '        date: 2026-01-07',
  ]);
  expect(newLines(sourced, marked)).toEqual([]);

  // Removing it gives back the file as it was, once the reloaded page has the app on again (a
  // click before that follows the claim's link instead).
  await expect(page.getByText('Select words to mark them')).toBeVisible();
  await page.locator('#claim-protested-next-day').click();
  await form.getByRole('checkbox', { name: 'Remove' }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('#note-protested-next-day .sources')).toHaveCount(0);
  expect(readFileSync(articlePath, 'utf8')).toBe(marked);
});
