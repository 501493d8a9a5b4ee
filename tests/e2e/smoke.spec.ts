import { expect, test } from '@playwright/test';

test('the index lists the seed article and opens it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Japan has finally found a way/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Japan has finally found a way');
  await expect(page.locator('#claim-mofcom-dual-use-ban')).toContainText('ban on the export of dual-use items to Japan');
});
