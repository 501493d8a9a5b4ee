import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One of each page type this site builds, and what to do there before checking. */
const PAGES: { name: string; path: string; prepare?: (page: Page) => Promise<void> }[] = [
  { name: 'index', path: '/' },
  { name: 'article', path: '/articles/japan-india-rare-earths/' },
  {
    name: 'article at a claim, its note open',
    path: '/articles/japan-india-rare-earths/#claim-kanai-protested',
    prepare: async (page) => {
      await expect(page.locator('#note-kanai-protested')).toHaveAttribute('open', '');
    },
  },
  {
    name: 'article with every annotation shown and the source details open',
    path: '/articles/japan-india-rare-earths/',
    prepare: async (page) => {
      await page.getByLabel('Show all annotations').check();
      await page.getByText('About the source, and the article at a glance').click();
    },
  },
  { name: 'claim', path: '/articles/japan-india-rare-earths/claims/kanai-protested/' },
  { name: 'retired claim links', path: '/maintenance/retired-links/' },
  { name: 'actor index', path: '/actors/' },
  { name: 'actor', path: '/actors/kanai-masaaki/' },
  { name: 'actor with a drawing', path: '/actors/japan/' },
  { name: 'actor only mentioned', path: '/actors/canada/' },
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, WCAG 2.2 AA, ${scheme} colours`, () => {
    test.use({ colorScheme: scheme });
    for (const { name, path, prepare } of PAGES) {
      test(`no violations on the ${name} page`, async ({ page }) => {
        // axe checks every link and every coloured word of the annotated article, note by note.
        if (path.startsWith('/articles/')) test.slow();
        await page.goto(path);
        await prepare?.(page);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        expect(
          violations.map(
            (v) =>
              `${v.id}: ${v.help} (${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join('; ')})`,
          ),
        ).toEqual([]);
      });
    }
  });
}

test('all notes open at once, the article still passes axe (every badge and link in every note)', async ({
  page,
}) => {
  // Every note open is a large page for axe: give it time (a speed goal this is not).
  test.setTimeout(120_000);
  await page.goto('/articles/japan-india-rare-earths/');
  await page
    .locator('details.note')
    .evaluateAll((notes) => notes.forEach((note) => note.setAttribute('open', '')));
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
