import { expect, test } from '@playwright/test';

// The drawing reads at every width: what a reader sees of it is never under 11 px, never cut to
// "…", and no label's box runs into another's, in light and dark.
const PAGES = [
  '/articles/japan-india-rare-earths/timeline/',
  '/embed/articles/japan-india-rare-earths/timeline/',
  '/timeline/',
];

for (const width of [320, 390, 640, 1024])
  for (const scheme of ['light', 'dark'] as const)
    test(`the drawn timeline reads at ${width} px, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      for (const path of PAGES) {
        await page.goto(path);
        const drawn = await page.locator('svg.tl').evaluateAll((svgs) =>
          svgs
            .filter((svg) => svg.getBoundingClientRect().width > 0)
            .map((svg) => {
              const scale =
                svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
              const texts = [...svg.querySelectorAll('text')];
              return {
                kind: svg.getAttribute('class') ?? '',
                smallest: Math.min(
                  ...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale),
                ),
                cut: texts.map((t) => t.textContent ?? '').filter((t) => t.includes('…')),
                labels: [...svg.querySelectorAll('a.tl-ev text')].map((t) => {
                  const box = t.getBoundingClientRect();
                  return { x0: box.left, y0: box.top, x1: box.right, y1: box.bottom };
                }),
              };
            }),
        );
        expect(drawn.length, `${path}: a drawing is shown`).toBeGreaterThan(0);
        for (const svg of drawn) {
          expect(svg.smallest, `${path} ${svg.kind}: smallest text`).toBeGreaterThanOrEqual(11);
          if (!svg.kind.includes('tl-slope'))
            expect(svg.cut, `${path} ${svg.kind}: labels cut`).toEqual([]);
          const overlaps = svg.labels.flatMap((a, i) =>
            svg.labels
              .slice(i + 1)
              .filter(
                (b) => a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1,
              ),
          );
          expect(overlaps, `${path} ${svg.kind}: overlapping labels`).toEqual([]);
        }
      }
    });
