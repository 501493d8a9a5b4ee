import { expect, test, type Locator, type Page } from '@playwright/test';
import { clickClaim } from './helpers/click-claim.ts';

const ARTICLE = '/articles/japan-india-rare-earths/';

/**
 * Whether a note can be read whole, as a reader scrolling the page would: it is shown, no box
 * around it clips it, and its top and bottom corners, each scrolled into the window, are the
 * note's own (nothing covers them). Returns 'whole' or what is wrong.
 */
function readability(note: Locator): Promise<string> {
  return note.evaluate((el) => {
    const box = () => el.getBoundingClientRect();
    if (box().height === 0) return 'not shown';
    for (let up = el.parentElement; up; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const outer = up.getBoundingClientRect();
      if (box().top < outer.top - 0.5 || box().bottom > outer.bottom + 0.5)
        return `clipped by .${up.className}`;
    }
    const corners = (edge: 'top' | 'bottom') => {
      el.scrollIntoView({ block: edge === 'top' ? 'start' : 'end' });
      const r = box();
      const y = edge === 'top' ? r.top + 3 : r.bottom - 3;
      return [r.left + 6, r.right - 6].map((x) => document.elementFromPoint(x, y));
    };
    for (const edge of ['top', 'bottom'] as const)
      for (const hit of corners(edge))
        if (!hit || !el.contains(hit)) return `${edge} covered by ${hit?.className ?? 'nothing'}`;
    return 'whole';
  });
}

/** The ids of every note on the page, in reading order. */
const noteIds = (page: Page): Promise<string[]> =>
  page.locator('.article-body .note').evaluateAll((notes) => notes.map((n) => n.id));

/** Two claims of one paragraph, side by side in the text. */
const neighbours = (page: Page): Promise<[string, string]> =>
  page.evaluate(() => {
    for (const passage of document.querySelectorAll('.passage')) {
      const ids = [...passage.querySelectorAll<HTMLElement>('.claim[data-claim]')].map(
        (c) => c.dataset['claim'] ?? '',
      );
      if (ids.length >= 2) return [ids[0] ?? '', ids[1] ?? ''] as [string, string];
    }
    throw new Error('no paragraph holds two claims');
  });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`notes at 1280 px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ viewport: { width: 1280, height: 800 }, javaScriptEnabled });

    test("the key claims' notes are open from the start and read whole", async ({ page }) => {
      await page.goto(ARTICLE);
      const keys = await page
        .locator('.key-claims a[href^="#claim-"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')?.slice('#claim-'.length)));
      expect(keys.length).toBeGreaterThan(0);
      for (const id of keys) {
        const note = page.locator(`#note-${id}`);
        await expect(note).toHaveAttribute('open', '');
        expect(await readability(note), `note of ${id}`).toBe('whole');
      }
    });

    test('every note, all of them opened, reads whole beside the text', async ({ page }) => {
      await page.goto(ARTICLE);
      await page.locator('.note').evaluateAll((notes) => {
        for (const note of notes) (note as HTMLDetailsElement).open = true;
      });
      const ids = await noteIds(page);
      expect(ids.length).toBeGreaterThan(50);
      for (const id of ids) expect(await readability(page.locator(`#${id}`)), id).toBe('whole');
      // Beside the text, not under it.
      const text = await page.locator('.passage-text').first().boundingBox();
      const note = await page.locator('.notes').first().boundingBox();
      expect(note && text && note.x >= text.x + text.width).toBe(true);
    });

    test('a link to a claim shows its note whole, in the window', async ({ page }) => {
      await page.goto(`${ARTICLE}#claim-g7-quickly-met`);
      const note = page.locator('#note-g7-quickly-met');
      await expect(note.getByText('Claimed by')).toBeVisible();
      const box = await note.boundingBox();
      expect(box && box.height).toBeGreaterThan(200);
      expect(await readability(note)).toBe('whole');
    });
  });
}

test.describe('notes at 1280 px, opened by clicks', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('clicks on two neighbouring claims leave both notes open and whole', async ({ page }) => {
    await page.goto(ARTICLE);
    const [first, second] = await neighbours(page);
    await clickClaim(page, first);
    await clickClaim(page, second);
    for (const id of [first, second]) {
      await expect(page.locator(`#note-${id}`)).toHaveAttribute('open', '');
      expect(await readability(page.locator(`#note-${id}`)), id).toBe('whole');
    }
    // Both in the window at once, when they fit in it together.
    const boxes = await Promise.all(
      [first, second].map((id) => page.locator(`#note-${id}`).boundingBox()),
    );
    const top = Math.min(...boxes.map((b) => b?.y ?? 0));
    const bottom = Math.max(...boxes.map((b) => (b?.y ?? 0) + (b?.height ?? 0)));
    if (bottom - top < 800) {
      await page.locator(`#note-${first}`).evaluate((n) => n.scrollIntoView({ block: 'start' }));
      for (const id of [first, second]) await expect(page.locator(`#note-${id}`)).toBeInViewport();
    }
  });
});
