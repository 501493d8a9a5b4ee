import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { annotateArticle } from '../../src/tools/annotate-article.ts';
import { contentActors } from '../../src/tools/content-actors.ts';
import { DEV_CONTENT, newArticle, openAnnotate, test } from './dev-site.ts';

const slug = 'article-panel-draft';
let articlePath = '';
let remove = () => {};

test.beforeAll(() => {
  ({ articlePath, remove } = newArticle(
    slug,
    'Export talks stall\n\nThe ministry said on Monday that exports would stop at once.',
    'https://example.org/stall',
  ));
});

test.afterAll(() => remove());

test('the Article panel writes the assessment, lists what is left, and publishes the draft', async ({
  page,
}) => {
  await openAnnotate(page, slug);
  await page.getByRole('button', { name: 'Article', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Annotate' });
  const left = panel.getByRole('region', { name: 'Still to write before publishing' });
  await expect(left).toContainText(`articles/${slug}.md`);
  await expect(left).toContainText('[missing-assessment]');

  // A summary of one sentence is refused by the build's parser, with its reason; nothing is written.
  const before = readFileSync(articlePath, 'utf8');
  await panel.getByLabel('Verdict (one line)').fill('Unverified: no notice of the stop was found');
  await panel.getByLabel('Summary (2–3 sentences)').fill('One sentence only.');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByRole('alert')).toContainText('write 2–3 sentences');
  expect(readFileSync(articlePath, 'utf8')).toBe(before);

  await panel
    .getByLabel('Summary (2–3 sentences)')
    .fill('The ministry announced a stop to exports. No notice of it was found.');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog', { name: 'Annotate' })).toBeHidden();
  const written = readFileSync(articlePath, 'utf8');
  const added = written.split('\n').filter((line) => !before.split('\n').includes(line));
  expect(added).toEqual([
    'assessment:',
    '  verdict: "Unverified: no notice of the stop was found"',
    '  summary: The ministry announced a stop to exports. No notice of it was found.',
    '  key: []',
  ]);

  // Reopened after the reload: the assessment is filled in and is no longer on the list.
  await page.getByRole('button', { name: 'Article', exact: true }).click();
  await expect(panel.getByLabel('Verdict (one line)')).toHaveValue(
    'Unverified: no notice of the stop was found',
  );
  await expect(panel).not.toContainText('[missing-assessment]');
  await expect(left).toContainText('Nothing left to write: the draft can be published.');

  // An update (dated today by default) and publishing, in one save: only those lines change.
  await panel.getByLabel('Kind').selectOption('update');
  const today = await panel.getByLabel('Date', { exact: true }).inputValue();
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await panel.getByLabel('Note (what changed and why)').fill('The assessment is written.');
  await panel.getByLabel('Publish: set draft to false').check();
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog', { name: 'Annotate' })).toBeHidden();
  const published = readFileSync(articlePath, 'utf8');
  expect(published.split('\n').filter((line) => !written.split('\n').includes(line))).toEqual([
    'draft: false',
    'updates:',
    `  - date: ${today}`,
    '    kind: update',
    '    note: The assessment is written.',
  ]);
  await page.getByRole('button', { name: 'Article', exact: true }).click();
  await expect(panel.getByRole('heading', { name: 'Published' })).toBeVisible();
});

test("a claim's form shows the hints on its rating: an opinion with a factual verdict", async ({
  page,
}) => {
  // A draft of its own: a draft may still lack the finding and sources a verdict needs.
  const draft = newArticle(
    'rating-hints-draft',
    'Export talks stall\n\nThe ministry said on Monday that exports would stop at once.',
    'https://example.org/hints',
  );
  const { registry } = contentActors(DEV_CONTENT);
  writeFileSync(
    draft.articlePath,
    annotateArticle(readFileSync(draft.articlePath, 'utf8'), draft.articlePath, registry, {
      op: 'mark',
      kind: 'claim',
      id: 'exports-stop',
      record: { type: 'opinion', claimant: 'author', status: 'false' },
      selection: { block: 1, start: 33, end: 59, text: 'exports would stop at once' },
    }),
  );
  await openAnnotate(page, 'rating-hints-draft');
  await page.locator('#claim-exports-stop').click();
  const hints = page
    .getByRole('dialog', { name: 'Annotate' })
    .getByRole('region', { name: 'Hints on this rating' });
  try {
    await expect(hints).toContainText('opinion');
  } finally {
    draft.remove();
  }
});
