import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

// The benchmark is a report; this only checks that it runs and reports every figure.
test('npm run bench works at a small N and prints every figure', () => {
  const result = spawnSync('node', ['scripts/bench.ts', '--n', '2'], { encoding: 'utf8' });
  expect(result.stderr).not.toMatch(/Error/);
  expect(result.status).toBe(0);
  const out = result.stdout;
  expect(out).toMatch(
    /annotated site, cold \(N=2\)\s+[\d.]+ s\s+\d+ pages\s+\d+ pages\/s\s+[\d.]+ GB peak RSS/,
  );
  expect(out).toMatch(/annotated site, one article changed\s+[\d.]+ s/);
  expect(out).toMatch(/the same, every later rebuild\s+[\d.]+ s/);
  expect(out).toMatch(/plain Markdown, default processor\s+[\d.]+ s\s+2 pages/);
  expect(out).toMatch(/ratio, annotated cold \/ plain:\s+[\d.]+×/);
  expect(out).toMatch(/ratio, warm rebuild \/ cold:\s+[\d.]+×/);
}, 300_000);
