import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseXml } from '../unit/helpers/parse-xml.ts';
import { filesUnder, htmlPages } from './built-files.ts';
import { ATTACKS_PORT } from './servers.ts';

// Every page built from the attack corpus, opened in Chromium: no dialog opens, no injected code runs.
const pages = htmlPages('dist-attacks');

test.use({ baseURL: `http://127.0.0.1:${ATTACKS_PORT}` });

test('the attack corpus built into pages', () => {
  expect(pages.length).toBeGreaterThan(3);
});

for (const path of pages) {
  test(`no injected script runs on ${path}`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(path);
    // Give handlers such as onerror/onload the chance they would get.
    await page.waitForLoadState('load');
    await page.mouse.move(200, 200);
    await page.mouse.move(400, 300);
    expect(dialogs).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    ).toBeUndefined();
  });
}

// tests/fixtures/attacks/accepted/content/articles/xml-breakers.md: `]]>`, noncharacters and
// control characters in every field that reaches a drawing, a share image or a feed.
test('every XML file built from the attack corpus is well-formed, and every drawing was drawn', () => {
  const xml = filesUnder('dist-attacks').filter((file) => /\.(svg|xml)$/.test(file));
  expect(xml).toEqual(
    expect.arrayContaining(['rss.xml', 'corrections/rss.xml', 'timeline/timeline.svg']),
  );
  for (const file of xml)
    expect(() => parseXml(readFileSync(`dist-attacks/${file}`, 'utf8')), file).not.toThrow();
  for (const svg of xml.filter((file) => file.endsWith('timeline.svg')))
    expect(
      readFileSync(`dist-attacks/${svg.replace(/svg$/, 'png')}`)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  const feed = readFileSync('dist-attacks/corrections/rss.xml', 'utf8');
  expect(feed).toContain('An update note with controls [2J and ]]&gt; and \uFFFD.');
});

test('corrections feed links end with their fragment and reach their entry', async ({ page }) => {
  const links = [
    ...readFileSync('dist-attacks/corrections/rss.xml', 'utf8').matchAll(
      /<link>([^<]*#[^<]*)<\/link>/g,
    ),
  ].map((match) => new URL(match[1] ?? ''));
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    expect(link.hash).toMatch(/^#[\w-]+$/);
    await page.goto(link.pathname);
    await expect(page.locator(link.hash)).toHaveCount(1);
  }
});

test('the site-wide drawing draws the first undated events and counts the rest', async ({
  page,
}) => {
  await page.goto('/timeline/');
  await expect(page.locator('svg.tl-h')).toContainText('Undated in the text (the first 12 of 18)');
  expect(readFileSync('dist-attacks/timeline/timeline.svg', 'utf8')).toContain(
    'Undated in the text (the first 12 of 18)',
  );
});
