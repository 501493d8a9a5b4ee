// `npm run bench:dev [-- --n 500]`: starts `astro dev` on a copy of the content folder plus N
// synthetic articles, and prints the time until the first article page is served, the time from
// saving an edit to the page showing it (several edits), and the resident memory of the dev
// server's process tree. A report, not a test: nothing here passes or fails on a time.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { treeRss } from '../src/bench/process-tree.ts';
import { writeCorpus } from '../src/bench/write-corpus.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '0' },
    edits: { type: 'string', default: '5' },
    port: { type: 'string', default: process.env['PORT'] ?? '4391' },
  },
});
const n = Number(values.n);
const edits = Number(values.edits);
if (!Number.isInteger(n) || n < 0)
  throw new Error(`--n must be a whole number ≥ 0, got ${values.n}`);

// Outside the project: the dev server adds the content folder to its watcher itself.
const scratch = mkdtempSync(join(tmpdir(), 'claimlens-bench-dev-'));
const content = join(scratch, 'content');
cpSync('content', content, { recursive: true });
if (n > 0) {
  const synthetic = join(scratch, 'synthetic');
  writeCorpus(synthetic, join(scratch, 'plain'), n);
  for (const kind of ['actors', 'articles'])
    for (const name of readdirSync(join(synthetic, kind)))
      cpSync(join(synthetic, kind, name), join(content, kind, name));
}
const slug = 'japan-india-rare-earths';
const articlePath = join(content, 'articles', `${slug}.md`);
const url = `http://127.0.0.1:${values.port}/articles/${slug}/`;

const started = performance.now();
const child = spawn('astro', ['dev', '--port', values.port, '--host', '127.0.0.1'], {
  env: { ...process.env, CLAIMLENS_CONTENT: content },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let log = '';
let readyAt: number | undefined;
const collect = (chunk: Buffer) => {
  log += chunk.toString();
  if (readyAt === undefined && /ready in/.test(log)) readyAt = performance.now();
};
child.stdout.on('data', collect);
child.stderr.on('data', collect);

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Polls the page until `test` holds for its HTML; the time it took, in ms. */
async function waitFor(test: (html: string) => boolean, limitMs = 60_000): Promise<number> {
  const from = performance.now();
  while (performance.now() - from < limitMs) {
    try {
      const response = await fetch(url);
      if (response.ok && test(await response.text())) return performance.now() - from;
    } catch {
      // Not listening yet.
    }
    await sleep(25);
  }
  throw new Error(`the page did not show the change within ${limitMs / 1000} s; the log:\n${log}`);
}

try {
  await waitFor(() => true, 300_000);
  const firstPage = performance.now() - started;
  const latencies: number[] = [];
  const original = readFileSync(articlePath, 'utf8');
  for (let k = 1; k <= edits; k += 1) {
    await sleep(1000);
    const mark = `Benchmark edit ${k} ${Date.now()}`;
    const edited = original.replace(
      /^title: (")?(.*?)\1$/m,
      (_, quote = '', title) => `title: ${quote}${title} ${mark}${quote}`,
    );
    writeFileSync(articlePath, edited);
    latencies.push(await waitFor((html) => html.includes(mark)));
  }
  const rss = treeRss(child.pid ?? 0);
  latencies.sort((a, b) => a - b);
  console.log(`dev server, ${n} synthetic article(s) + the seed (${scratch})`);
  console.log(`  ready (Astro's "ready in")     ${readyAt ? seconds(readyAt - started) : 'n/a'}`);
  console.log(`  first article page served      ${seconds(firstPage)}`);
  console.log(
    `  edit to page, ${edits} edits       median ${seconds(latencies[Math.floor(latencies.length / 2)] ?? 0)}, ` +
      `max ${seconds(latencies.at(-1) ?? 0)}`,
  );
  console.log(`  resident memory (process tree) ${(rss / 1024 ** 3).toFixed(2)} GB`);
  if (process.env['BENCH_LOG']) console.log(log);
} finally {
  if (child.pid) process.kill(-child.pid);
  rmSync(scratch, { recursive: true, force: true });
}
