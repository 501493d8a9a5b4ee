import type { Page } from '@playwright/test';

/**
 * Clicks a claim's words as a reader does: the middle of its first plain word (a wrapped span's
 * box also covers other words, and a name or date inside the claim is a link of its own).
 */
export async function clickClaim(page: Page, id: string): Promise<void> {
  const claim = page.locator(`#claim-${id}`);
  await claim.scrollIntoViewIfNeeded();
  const point = await claim.evaluate((span) => {
    const walker = document.createTreeWalker(span, NodeFilter.SHOW_TEXT, (node) =>
      node.parentElement?.closest('a') || !/\S{3}/u.test(node.textContent ?? '')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
    );
    const text = walker.nextNode() as Text;
    const at = /\S{3}/u.exec(text.data)?.index ?? 0;
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 3);
    const rect = range.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
}
