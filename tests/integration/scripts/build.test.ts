import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// `npm run build` publishes all or nothing: a failed or interrupted build leaves the previous
// output exactly as it was.

function previousOutput(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'claimlens-build-')), 'dist');
  spawnSync('mkdir', ['-p', dir]);
  writeFileSync(join(dir, 'index.html'), 'previous build');
  return dir;
}

const env = (outDir: string) => ({
  ...process.env,
  OUT_DIR: outDir,
  CLAIMLENS_CONTENT: 'tests/fixtures/sites/broken',
  // Its own caches, so it never races the other builds of the test run.
  ASTRO_CACHE_DIR: `${outDir}.astro-cache`,
  CLAIMLENS_CACHE: `${outDir}.parse-cache`,
});

describe('the build script', () => {
  test('a content error fails the build with file:line:column and leaves the previous output alone', () => {
    const outDir = previousOutput();
    const result = spawnSync('node', ['scripts/build.ts'], { env: env(outDir), encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      'tests/fixtures/sites/broken/articles/broken.md:8:24: claim "c1" claimant: unknown actor "nobody"',
    );
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(`${outDir}.staging`)).toBe(false);
  });

  test('a build that runs out of memory says which setting to raise', () => {
    const outDir = previousOutput();
    const result = spawnSync('node', ['scripts/build.ts'], {
      env: { ...env(outDir), CLAIMLENS_CONTENT: 'tests/fixtures/site', CLAIMLENS_HEAP_MB: '24' },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      'It ran out of memory: CLAIMLENS_HEAP_MB=24 is too small for this corpus; set it higher',
    );
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous build');
  });

  test('an interrupted build leaves the previous output alone', async () => {
    const outDir = previousOutput();
    const child = spawn('node', ['scripts/build.ts'], {
      env: { ...env(outDir), CLAIMLENS_CONTENT: 'tests/fixtures/seed' },
      stdio: 'ignore',
      detached: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The whole process group, astro included, as a power cut would.
    process.kill(-(child.pid ?? 0), 'SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous build');
  });
});
