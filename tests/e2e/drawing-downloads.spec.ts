import { expect, test } from '@playwright/test';

// A drawing's download, opened from the site, is drawn with its own styles: the site's CSP allows
// its inline <style> by hash (scripts/build-steps/security-headers.ts).
for (const path of [
  '/timeline/timeline.svg',
  '/articles/japan-india-rare-earths/timeline/timeline.svg',
])
  test(`${path} opened from the site keeps its styles under the CSP`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toContain("style-src 'self' 'sha256-");
    const look = await page.evaluate(() => {
      const label = document.querySelector('text');
      return {
        font: label ? getComputedStyle(label).fontFamily : '',
        fill: label ? getComputedStyle(label).fill : '',
      };
    });
    expect(violations).toEqual([]);
    // Unstyled, the drawing is black and serif.
    expect(look.font).toMatch(/DejaVu Sans/);
    expect(look.fill).not.toBe('rgb(0, 0, 0)');
  });
