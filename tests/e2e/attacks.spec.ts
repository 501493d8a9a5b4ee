import { expect, test } from '@playwright/test';
import { htmlPages } from './built-files.ts';
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
