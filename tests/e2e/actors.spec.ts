import { expect, test } from '@playwright/test';

test('the actor index groups actors by kind and links each page', async ({ page }) => {
  await page.goto('/actors/');
  await expect(page.getByRole('heading', { level: 2, name: 'Person' })).toBeVisible();
  await page.getByRole('link', { name: 'Kanai Masaaki' }).click();
  await expect(page).toHaveURL(/\/actors\/kanai-masaaki\/$/);
});

test('an actor page gives kind, role, aliases, identification, and claims and events across articles', async ({
  page,
}) => {
  await page.goto('/actors/kanai-masaaki/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kanai Masaaki');
  const facts = page.locator('.actor-facts');
  await expect(facts).toContainText('Person');
  await expect(facts).toContainText('Asian and Oceanian Affairs Bureau');
  await expect(facts).toContainText('“Kimi Masahiro”');
  const identification = page.getByRole('region', { name: 'How they were identified' });
  await expect(identification).toContainText('Confidence:');
  const about = page.getByRole('region', { name: /Claims about Kanai Masaaki/ });
  await expect(
    about.getByRole('link', { name: /Kimi Masahiro, strongly protested to China/ }),
  ).toHaveAttribute('href', '/articles/japan-india-rare-earths/claims/kanai-protested/');
  const events = page.getByRole('region', { name: /Events involving/ });
  // The list's entries link to the event on its article's timeline (the drawing above links into the list).
  await expect(events.locator('.event-list').getByRole('link').first()).toHaveAttribute(
    'href',
    /\/articles\/japan-india-rare-earths\/timeline\/#event-/,
  );
});

test('the author of an article lists the claims it makes', async ({ page }) => {
  await page.goto('/actors/toutiao-author/');
  const by = page.getByRole('region', { name: /Claims by/ });
  await expect(by.getByRole('listitem').first()).toBeVisible();
  await expect(
    by
      .getByRole('link', {
        name: 'Japan has finally found a way to deal with China, and India has assured Japan',
      })
      .first(),
  ).toBeVisible();
});
