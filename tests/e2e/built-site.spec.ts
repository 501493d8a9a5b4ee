// Checks over the built site in dist/: markup, links and weight. They live with the browser tests
// because `npm test` runs Vitest before the build and Playwright after it, and these need the build.
// They need no browser, so they run once, in Node, on the files a host would serve.
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { checkLinks } from '../../scripts/quality/link-check.ts';
import { pageWeight } from '../../scripts/quality/page-weight.ts';
import { formatProblems, validatePages } from '../../scripts/quality/validate-html.ts';
import { htmlPages, pagePath } from '../../scripts/quality/site-files.ts';
import { FIXTURE_DIST } from './helpers/fixture-site.ts';

const DIST = process.env['SITE_DIR'] ?? 'dist';
const SITE = 'https://claimlens.example';
const KB = 1024;

test.describe.configure({ mode: 'serial' });

test('the build is there to check', () => {
  expect(existsSync(`${DIST}/index.html`), `no ${DIST}/index.html: run npm run build first`).toBe(
    true,
  );
});

// The fixture site (built by the second web server of playwright.config.ts) has markup the seed lacks:
// retired ids, verdicts.
for (const dir of [DIST, FIXTURE_DIST]) {
  test(`html-validate finds no problem in any page of ${dir}/ (duplicate ids included)`, async () => {
    test.setTimeout(120_000);
    const problems = await validatePages(dir);
    expect(formatProblems(problems)).toBe('');
  });

  test(`every internal link and fragment in ${dir}/ resolves`, () => {
    const broken = checkLinks(dir, SITE);
    expect(broken.map((b) => `${b.page}: ${b.href}: ${b.reason}`)).toEqual([]);
  });
}

test(
  'an article page ships at most 5 KB of JavaScript and 40 KB in all (gzip), ' +
    'and nothing from another origin',
  async () => {
    const articles = htmlPages(DIST)
      .map(pagePath)
      .filter((path) => /^\/articles\/[^/]+\/$/.test(path));
    expect(articles.length).toBeGreaterThan(0);
    for (const path of articles) {
      const weight = await pageWeight(DIST, path, SITE);
      console.log(
        `${path}: HTML ${weight.html} B + CSS ${weight.css} B + JS ${weight.js} B = ${weight.total} B gzip`,
      );
      expect(weight.missing, `${path} loads files the build lacks`).toEqual([]);
      expect(weight.foreign, `${path} loads from another origin`).toEqual([]);
      expect(weight.js, `${path} JavaScript, gzip bytes`).toBeLessThanOrEqual(5 * KB);
      expect(weight.total, `${path} HTML+CSS+JS, gzip bytes`).toBeLessThanOrEqual(40 * KB);
    }
  },
);

test('no built page loads anything from another origin', async () => {
  for (const path of htmlPages(DIST).map(pagePath)) {
    const weight = await pageWeight(DIST, path, SITE);
    expect(weight.foreign, path).toEqual([]);
  }
});
