import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contentWithSources } from './content-fixture.ts';
import { SITE_ROUTES, standIn, type StandIn } from './stand-in-server.ts';

let server: StandIn;
beforeAll(async () => {
  server = await standIn({
    ...SITE_ROUTES,
    '/save/*': (req, res) =>
      res
        .writeHead(302, {
          location: `https://web.archive.org/web/20261130101500/${(req.url ?? '').slice('/save/'.length)}`,
        })
        .end(),
    // An archive service whose refusal holds escape sequences: clear the screen, set the title.
    '/spn2': (_, res) =>
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ message: 'Refused\u001b[2J\u001b]0;pwned\u0007 \u009b31mnow' })),
  });
});
afterAll(() => server.close());

/** Runs `npm run sources` as a user would (without npm's banner), and collects what it prints. */
function sources(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['scripts/sources.ts', ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

test('--check --json prints only JSON on stdout, progress on stderr, and exits 1 for a dead link', async () => {
  const { dir } = contentWithSources([`${server.origin}/alive`, `${server.origin}/gone`]);
  const run = await sources([
    '--content',
    dir,
    '--check',
    '--json',
    // Long enough for a loaded machine; the stand-in answers at once.
    '--timeout',
    '30000',
    '--per-host-ms',
    '0',
  ]);
  expect(run.code).toBe(1);
  const report = JSON.parse(run.stdout) as { sources: { url: string; link: { kind: string } }[] };
  expect(report.sources.map((s) => s.link.kind)).toEqual(['alive', 'dead']);
  expect(run.stderr).toContain(`sources: checking [2/2] ${server.origin}/gone`);
});

test('--archive with the save base from the environment writes the copies and lists them', async () => {
  const { dir, article } = contentWithSources([`${server.origin}/alive`]);
  const run = await sources(['--content', dir, '--archive', '--per-host-ms', '0'], {
    CLAIMLENS_SAVE_BASE: `${server.origin}/save/`,
  });
  expect(run.stderr).not.toMatch(/error/i);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('1 of 1 captured and written');
  expect(run.stdout).toContain(`  2026-11-30  ${server.origin}/alive`);
  expect(readFileSync(article, 'utf8')).toContain(
    `archived:\n          url: https://web.archive.org/web/20261130101500/${server.origin}/alive\n`,
  );
});

test('a bad flag exits 2 with the usage', async () => {
  const run = await sources(['--timeout', 'soon']);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/--timeout must be a whole number[\s\S]*usage: npm run sources/);
});

test('no control character an archive service sends reaches the terminal', async () => {
  const { dir } = contentWithSources([`${server.origin}/alive`]);
  const run = await sources(['--content', dir, '--archive', '--per-host-ms', '0'], {
    CLAIMLENS_SAVE_BASE: `${server.origin}/spn2`,
    CLAIMLENS_SPN_KEYS: 'key:secret',
  });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('Save Page Now: Refused[2J]0;pwned 31mnow');
  // eslint-disable-next-line no-control-regex -- exactly what must not be printed
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
});
