// Starts `astro dev` on a fresh copy of the seed content (actors, the seed article and its
// original) in DEV_CONTENT, for the dev-server browser tests (playwright.dev.config.ts). The
// tests add, edit and delete files there; the real content/ is never touched. The copy is
// removed when the server stops.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEV_CONTENT, DEV_PORT, SEED } from '../tests/dev/dev-site.ts';
import { portIsFree, startDevServer } from './dev-server.ts';

// Astro would move to the next free port and the tests would wait for this one in vain; and a
// server left from an earlier run may still read the copy about to be replaced.
const free = await portIsFree(DEV_PORT);
if (!free) {
  console.error(
    `dev-fixture: port ${DEV_PORT} is taken (a dev server left from an earlier run? ` +
      `\`ss -ltnp 'sport = :${DEV_PORT}'\` names its process); stop it, or set E2E_PORT to a free port`,
  );
  process.exit(1);
}

const folder = dirname(DEV_CONTENT);
rmSync(folder, { recursive: true, force: true });
mkdirSync(join(DEV_CONTENT, 'articles'), { recursive: true });
cpSync('content/actors', join(DEV_CONTENT, 'actors'), { recursive: true });
cpSync('content/originals', join(DEV_CONTENT, 'originals'), { recursive: true });
cpSync(`content/articles/${SEED}.md`, join(DEV_CONTENT, 'articles', `${SEED}.md`));

const child = startDevServer(DEV_PORT, DEV_CONTENT, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => {
  rmSync(folder, { recursive: true, force: true });
  process.exit(code ?? 0);
});
