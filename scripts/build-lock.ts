// One build at a time per output folder. `dist/`, `dist.staging/` and their Astro caches are shared
// by every build of the checkout (`npm run build`, `npm start`, `npm test`, `npm run bench`), and two
// builds writing them at once break each other with misleading messages. The lock is a
// proper-lockfile lock on `<folder>.lock`; beside it `<folder>.lock.json` says which process holds
// it, so a waiting build can name it and tell a live owner from a killed one.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';

/** How a build meets another one holding the lock. */
interface LockOptions {
  /** Fail at once instead of waiting (`--no-wait`). */
  wait: boolean;
  /** Where the waiting and take-over messages go. */
  log: (message: string) => void;
  /** Milliseconds between two tries while waiting. */
  pollMs?: number;
}

// A live build refreshes its lock every few seconds; one not refreshed for a minute is stale even
// if its pid now belongs to someone else. The long threshold leaves room for post-build steps that
// keep the event loop busy. A lock whose owner is known to be gone is taken over after 2 s
// (proper-lockfile's shortest threshold) instead.
const STALE_MS = 60_000;
const UPDATE_MS = 5_000;
const DEAD_OWNER_STALE_MS = 2_000;

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function readOwner(file: string): number | undefined {
  try {
    const { pid } = JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown };
    return typeof pid === 'number' && Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock on `folder`, waiting for another build to finish unless `wait` is false; resolves
 * with a function that releases it. A lock left by a killed build is taken over, with a message.
 *
 * @example
 *   const release = await lockOutput('dist', { wait: true, log: console.log });
 *   try { build(); } finally { await release(); }
 */
export async function lockOutput(
  folder: string,
  options: LockOptions,
): Promise<() => Promise<void>> {
  const target = resolve(folder);
  const lockPath = `${target}.lock`;
  const ownerFile = `${lockPath}.json`;
  // The lock sits beside the folder, whose parent (`.bench/` on a fresh checkout) may not exist yet.
  mkdirSync(dirname(lockPath), { recursive: true });
  const told = new Set<string>();
  const tell = (message: string) => {
    if (!told.has(message)) options.log(message);
    told.add(message);
  };
  for (;;) {
    const owner = readOwner(ownerFile);
    const ownerGone = owner !== undefined && owner !== process.pid && !isAlive(owner);
    const takeOver =
      `build: the lock on ${folder}/ was left by a build (pid ${owner}) ` +
      'that is no longer running; taking it over…';
    // Said before trying: a dead build's lock may already be stale, and then it is taken at once.
    if (ownerGone && existsSync(lockPath)) tell(takeOver);
    try {
      const release = await lockfile.lock(target, {
        lockfilePath: lockPath,
        realpath: false,
        stale: ownerGone ? DEAD_OWNER_STALE_MS : STALE_MS,
        update: UPDATE_MS,
        onCompromised: (error) => {
          console.error(
            `build: lost the lock on ${folder}/ (${error.message}); ` +
              'another build may be writing it, so this one stops.',
          );
          process.exit(1);
        },
      });
      writeFileSync(ownerFile, JSON.stringify({ pid: process.pid }));
      process.on('exit', () => rmSync(ownerFile, { force: true }));
      return async () => {
        rmSync(ownerFile, { force: true });
        await release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    }
    const who = owner === undefined ? 'another build' : `another build (pid ${owner})`;
    if (!options.wait)
      throw new Error(
        `${who} is running on ${folder}/, and --no-wait was given: not waiting. ` +
          'Run again without --no-wait to wait for it.',
      );
    if (ownerGone) tell(takeOver);
    else tell(`build: ${who.replace('another build', 'another build is running')}, waiting…`);
    await sleep(options.pollMs ?? 500);
  }
}
