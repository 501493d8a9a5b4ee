import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';

// Two builds of one output folder meet through a lock (scripts/build-lock.ts): the second waits
// and says for whom, or refuses with --no-wait; a lock left by a killed build is taken over.

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'claimlens-lock-'));
  const outDir = join(root, 'dist');
  const env = {
    ...process.env,
    OUT_DIR: outDir,
    CLAIMLENS_CONTENT: 'tests/fixtures/site',
    ASTRO_CACHE_DIR: join(root, 'astro-cache'),
    CLAIMLENS_CACHE: join(root, 'parse-cache'),
  };
  return { outDir, env };
}

interface Run {
  child: ChildProcess;
  output: () => string;
  done: Promise<number | null>;
}

function build(env: NodeJS.ProcessEnv, args: string[] = [], detached = false): Run {
  const child = spawn('node', ['scripts/build.ts', ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, output: () => stripVTControlCharacters(output), done };
}

async function until(condition: () => boolean) {
  while (!condition()) await sleep(50);
}

const ownerOf = (outDir: string) =>
  (JSON.parse(readFileSync(`${outDir}.lock.json`, 'utf8')) as { pid: number }).pid;

describe('builds of one output folder', { timeout: 180_000 }, () => {
  test('a second build waits for the first, both succeed, and dist/ is whole throughout', async () => {
    const { outDir, env } = setup();
    const first = build(env);
    await until(() => existsSync(`${outDir}.lock.json`));
    const second = build(env);
    // Sampled while both run: dist/ is either not there yet, mid-swap, or a complete build.
    const seen: string[][] = [];
    let running = true;
    const watch = (async () => {
      while (running) {
        if (existsSync(outDir)) seen.push(readdirSync(outDir).sort());
        await sleep(20);
      }
    })();
    const [a, b] = await Promise.all([first.done, second.done]);
    running = false;
    await watch;

    expect(a, first.output()).toBe(0);
    expect(b, second.output()).toBe(0);
    expect(second.output()).toContain(
      `build: another build is running (pid ${first.child.pid}), waiting…`,
    );
    // The second build started only after the first had published its output.
    const firstDone = first.output().indexOf(`build: ${outDir}/ is complete`);
    expect(firstDone).toBeGreaterThan(-1);
    expect(seen.length).toBeGreaterThan(0);
    for (const entries of seen) expect(entries).toEqual(expect.arrayContaining(['_headers']));
    expect(existsSync(`${outDir}.lock`)).toBe(false);
  });

  test('--no-wait refuses at once, naming the build that holds the lock', async () => {
    const { outDir, env } = setup();
    const first = build(env);
    await until(() => existsSync(`${outDir}.lock.json`));
    const second = build(env, ['--no-wait']);
    expect(await second.done).toBe(1);
    expect(second.output()).toContain(
      `build: another build (pid ${first.child.pid}) is running on ${outDir}/, and --no-wait was given`,
    );
    expect(await first.done, first.output()).toBe(0);
  });

  test('the lock of a SIGKILLed build is detected and taken over', async () => {
    const { outDir, env } = setup();
    const killed = build(env, [], true);
    await until(() => existsSync(`${outDir}.lock.json`));
    const pid = ownerOf(outDir);
    // The whole process group, astro included, as a power cut would.
    process.kill(-(killed.child.pid ?? 0), 'SIGKILL');
    await killed.done;
    expect(existsSync(`${outDir}.lock`)).toBe(true);

    const next = build(env);
    expect(await next.done, next.output()).toBe(0);
    expect(next.output()).toContain(
      `build: the lock on ${outDir}/ was left by a build (pid ${pid}) that is no longer running; taking it over…`,
    );
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('</html>');
  });
});
