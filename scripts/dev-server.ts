// Starts `astro dev` on a content folder, for the dev-server browser tests: the shared fixture
// server (scripts/dev-fixture.ts) and the tests that need a server of their own, started with
// some content already in place. Astro's content store lives beside the folder, so no run starts
// from the entries of the last.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** Whether nothing listens on `port` yet. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * `astro dev` on 127.0.0.1:`port`, reading `contentDir`. With `alongside`, it starts beside a dev
 * server of the same project already running (Astro refuses a second one otherwise).
 *
 * @example
 *   const server = startDevServer(12051, '/tmp/x/content', { stdio: 'inherit', alongside: true })
 */
export function startDevServer(
  port: number,
  contentDir: string,
  { stdio, alongside = false }: { stdio: StdioOptions; alongside?: boolean },
): ChildProcess {
  const args = ['dev', '--port', String(port), '--host', '127.0.0.1'];
  return spawn('astro', alongside ? [...args, '--ignore-lock'] : args, {
    env: {
      ...process.env,
      CLAIMLENS_CONTENT: contentDir,
      ASTRO_CACHE_DIR: join(dirname(contentDir), 'astro-cache'),
    },
    stdio,
  });
}
