import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

// The benchmark is a report; this only checks that it runs and reports every figure the issue
// names: seconds, pages, files per article, images and CPU per image, each step's share, peak RSS,
// the hosting limits and the ratios.
test('npm run bench works at a small N and prints every figure', () => {
  const result = spawnSync('node', ['scripts/bench.ts', '--n', '2'], { encoding: 'utf8' });
  expect(result.stderr).not.toMatch(/Error/);
  expect(result.status).toBe(0);
  const out = result.stdout;
  expect(out).toMatch(
    /annotated site, cold \(N=2\): [\d.]+ s, \d+ pages, \d+ files \([\d.]+ per article\), [\d.]+ GB peak RSS\n\s+\d+ images drawn, [\d.]+ ms of CPU per image/,
  );
  expect(out).toMatch(/share images and timeline downloads\s+[\d.]+ s\s+[\d.]+%/);
  expect(out).toMatch(/fits Cloudflare Pages, free plan: \d+ of 20,000 files/);
  expect(out).toMatch(/files in one directory: \d+ of 54,000/);
  expect(out).toMatch(/annotated site, one article changed: [\d.]+ s/);
  expect(out).toMatch(/the same, every later rebuild: [\d.]+ s/);
  expect(out).toMatch(/plain Markdown, default processor: [\d.]+ s, 2 pages/);
  expect(out).toMatch(/ratio, annotated cold \/ plain:\s+[\d.]+×/);
  expect(out).toMatch(/ratio, warm rebuild \/ cold:\s+[\d.]+×/);
  expect(out).toMatch(/peak memory, annotated cold build:\s+[\d.]+ GB/);
}, 300_000);
