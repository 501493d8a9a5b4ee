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

test("an actor named only inside a claim's words lists that claim with its verdict", async ({
  page,
}) => {
  await page.goto('/actors/canada/');
  await expect(page.getByText('None.', { exact: true })).toHaveCount(0);
  await expect(page.getByText(/No claim (here )?is by or about/)).toHaveCount(0);
  const named = page.getByRole('region', { name: 'Claims that name Canada (1)' });
  await expect(named.getByRole('listitem')).toHaveCount(1);
  await expect(named).toContainText('Misleading');
  await named.getByRole('link', { name: /Sulaiman, warned the G7/ }).click();
  await expect(page).toHaveURL(/\/articles\/japan-india-rare-earths\/claims\/suleman-warned-g7\/$/);
  await expect(page.locator('.verdict-word')).toHaveText(/Misleading/);
  // The claim's words name Canada, and lead to its page.
  await expect(page.getByRole('heading', { level: 1 })).toContainText("Canada's");
});

for (const width of [1280, 375])
  test(`an actor's drawing is legible at ${width} px: its words at 12 CSS pixels or more`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/actors/japan/');
    const sizes = await page.locator('svg.tl:visible').evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const scale =
          svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
        return [...svg.querySelectorAll('text, tspan')]
          .filter((t) => (t.textContent ?? '').trim() !== '')
          .map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale);
      }),
    );
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    // And a label's rendered box agrees: at least a 12 px line tall.
    const label = await page
      .locator('svg.tl:visible a.tl-ev text')
      .first()
      .evaluate((t) => t.getBoundingClientRect().height);
    expect(label).toBeGreaterThanOrEqual(12);
  });
