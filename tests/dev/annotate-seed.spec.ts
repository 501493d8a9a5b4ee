import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { leave, SEED, seedPath, test } from './dev-site.ts';

// The Annotate forms on the seed article, whose sources are shared through YAML anchors.
const original = readFileSync(`content/articles/${SEED}.md`, 'utf8');

test.afterEach(async ({ page }) => {
  await leave(page);
  writeFileSync(seedPath, original);
});

/** Opens the seed article with Annotate on, and the form of the claim or event `selector`. */
async function openForm(page: import('@playwright/test').Page, selector: string) {
  await page.goto(`/articles/${SEED}/`);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  await expect(page.getByText('Select words to mark them')).toBeVisible();
  // The click a reader makes on the words, dispatched on the marker itself, clear of any actor or
  // event link inside it.
  await page.locator(selector).dispatchEvent('click');
  return page.getByRole('dialog', { name: 'Annotate' });
}

test('a source other records reuse through its anchor has no Remove box, and says why', async ({
  page,
}) => {
  const form = await openForm(page, '#claim-motegi-jaishankar-met');
  await expect(form.getByRole('heading')).toHaveText('Edit claim "motegi-jaishankar-met"');
  const sources = form.getByRole('group', { name: 'Sources' }).getByRole('listitem');
  await expect(sources.first()).toContainText('(shared as &kyodo: remove it in the file)');
  await expect(sources.first().getByRole('checkbox')).toHaveCount(0);
});

test("an event's documented note is edited through its form, and only that line changes", async ({
  page,
}) => {
  const form = await openForm(page, '#event-mofcom-ban');
  const record = form.getByRole('group', { name: /^Documented record/ });
  await expect(record.getByLabel(/^Documented date/)).toHaveValue('2026-01-06');
  await record.getByLabel('Documented note').fill('Published, and in force, on 6 January 2026.');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(async () => {
    const edited = readFileSync(seedPath, 'utf8').split('\n');
    const before = original.split('\n');
    expect(edited.filter((line) => !before.includes(line))).toEqual([
      '      note: Published, and in force, on 6 January 2026.',
    ]);
    expect(before.filter((line) => !edited.includes(line))).toEqual([
      '      note: Published, and in force at once, on Tuesday 6 January 2026.',
    ]);
  }).toPass();
});
