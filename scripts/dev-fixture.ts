// Starts `astro dev` on a fresh copy of the seed content (actors, the seed article and its
// original) in DEV_CONTENT, for the dev-server browser tests (playwright.dev.config.ts). The
// tests add, edit and delete files there; the real content/ is never touched.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEV_CONTENT, DEV_PORT, SEED } from '../tests/dev/dev-site.ts';

rmSync(dirname(DEV_CONTENT), { recursive: true, force: true });
mkdirSync(join(DEV_CONTENT, 'articles'), { recursive: true });
cpSync('content/actors', join(DEV_CONTENT, 'actors'), { recursive: true });
cpSync('content/originals', join(DEV_CONTENT, 'originals'), { recursive: true });
cpSync(`content/articles/${SEED}.md`, join(DEV_CONTENT, 'articles', `${SEED}.md`));

const child = spawn('astro', ['dev', '--port', String(DEV_PORT), '--host', '127.0.0.1'], {
  // Astro's content store lives beside the copy, so no run starts from the entries of the last.
  env: {
    ...process.env,
    CLAIMLENS_CONTENT: DEV_CONTENT,
    ASTRO_CACHE_DIR: join(dirname(DEV_CONTENT), 'astro-cache'),
  },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
