import { describe, expect, it } from 'vitest';
import { buildReport, formatReport } from '../../../src/bench/build-report.ts';

// A build of two articles as `npm run build` logs it, with the files it wrote.
const log = [
  'build: pagefind search index',
  'build: pagefind search index: 3.0 s',
  'build: share images and timeline downloads',
  'build: images: 44 files, 40 PNGs drawn (2.0 s, 12.5 ms of CPU per PNG in the drawing processes), ' +
    'the rest from the cache; 2.2 s in all',
  'build: share images and timeline downloads: 2.2 s',
  'build: security headers (inline style hashes, one CSP per path): 0.8 s',
].join('\n');
const files = [
  'index.html',
  'articles/a/index.html',
  'articles/a/share.png',
  'articles/b/index.html',
  'articles/b/share.png',
  'articles/b/claims.json',
  'articles/b/claims/x/index.html',
  'articles/b/claims/y/index.html',
  'articles/b/claims/z/index.html',
  '_headers',
];

describe('the bench report of one build', () => {
  const report = buildReport({ seconds: 10, peakRss: 1.5 * 2 ** 30, files, log }, 2);

  it('counts pages, files and files per article, and the fullest directory', () => {
    expect(report).toMatchObject({
      pages: 6,
      files: 10,
      filesPerArticle: 5,
      fullestDirectory: { path: 'articles/b', files: 3 },
      peakRssGb: 1.5,
    });
  });

  it('reads the images drawn and their CPU time from the image step', () => {
    expect(report.images).toEqual({ drawn: 40, cpuMsPerImage: 12.5 });
    const cached = buildReport(
      {
        seconds: 1,
        peakRss: 0,
        files,
        log: 'build: images: 44 files, 0 PNGs drawn (0.0 s), the rest',
      },
      2,
    );
    expect(cached.images).toEqual({ drawn: 0, cpuMsPerImage: undefined });
  });

  it("gives each step its share, Astro's the time the timed steps leave", () => {
    const rounded = report.steps.map((step) => ({
      ...step,
      seconds: Math.round(step.seconds * 10) / 10,
      share: Math.round(step.share * 100) / 100,
    }));
    expect(rounded).toEqual([
      { name: 'Astro: pages and exports (the rest)', seconds: 4, share: 0.4 },
      { name: 'pagefind search index', seconds: 3, share: 0.3 },
      { name: 'share images and timeline downloads', seconds: 2.2, share: 0.22 },
      {
        name: 'security headers (inline style hashes, one CSP per path)',
        seconds: 0.8,
        share: 0.08,
      },
    ]);
  });

  it('says which hosting limits the output fits', () => {
    const many = Array.from({ length: 60_000 }, (_, i) => `a/${i}.html`);
    const big = buildReport({ seconds: 1, peakRss: 0, files: many, log: '' }, 1000);
    expect(big.hosting.map(({ passes }) => passes)).toEqual([false, true, false]);
    expect(formatReport('cold', big)).toContain(
      '  DOES NOT FIT Netlify, files in one directory: 60,000 of 54,000 in a/',
    );
    expect(report.hosting.every(({ passes }) => passes)).toBe(true);
  });
});
