// `npm run bench [-- --n 1000]`: builds N synthetic annotated articles with the real site and the
// same articles as plain Markdown with Astro's default processor, in the same run, and prints
// cold build time, pages, pages per second, peak RSS, their ratio, and two rebuilds after one
// article changes. A report, not a test: nothing here passes or fails on a time.
import { spawn } from 'node:child_process';
import { appendFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lockOutput } from './build-lock.ts';
import { treeRss } from '../src/bench/process-tree.ts';
import { writeCorpus } from '../src/bench/write-corpus.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    'skip-plain': { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
if (!Number.isInteger(n) || n < 1)
  throw new Error(`--n must be a whole number ≥ 1, got ${values.n}`);

const scratch = resolve('.bench');
const content = join(scratch, `content-${n}`);
const plain = join(scratch, `plain-${n}`);

interface Run {
  seconds: number;
  pages: number;
  peakRss: number;
  /** The share-image step's own report and seconds, read from the build's log. */
  images: { line: string; seconds: number } | undefined;
}

/** Runs a command, sampling the resident memory of its whole process tree every 100 ms. */
function measure(
  command: string,
  args: string[],
  env: Record<string, string>,
  outDir: string,
): Promise<Run> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    let peakRss = 0;
    let errors = '';
    const timer = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid ?? 0))), 100);
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0)
        return fail(new Error(`${command} ${args.join(' ')} failed (${code}):\n${errors}`));
      const pages = readdirSync(outDir, { recursive: true }).filter((file) =>
        String(file).endsWith('.html'),
      ).length;
      const line = /^build: images: (.*)$/m.exec(log)?.[1];
      const took = /^build: share images and timeline downloads: ([\d.]+) s$/m.exec(log)?.[1];
      const images = line && took ? { line, seconds: Number(took) } : undefined;
      done({ seconds: (performance.now() - started) / 1000, pages, peakRss, images });
    });
  });
}

const format = (label: string, run: Run) =>
  `${label.padEnd(34)} ${run.seconds.toFixed(1).padStart(7)} s ${String(run.pages).padStart(7)} pages ` +
  `${(run.pages / run.seconds).toFixed(0).padStart(6)} pages/s ` +
  `${(run.peakRss / 2 ** 30).toFixed(2).padStart(6)} GB peak RSS` +
  (run.images
    ? `\n${''.padEnd(34)}   of which share images and downloads ${run.images.seconds.toFixed(1)} s ` +
      `(${((run.images.seconds / run.seconds) * 100).toFixed(1)}%): ${run.images.line}`
    : '');

// Its corpus and output are rewritten from scratch: a second bench of the same N waits for this one.
await lockOutput(content, { wait: true, log: (message) => console.log(message) });
console.log(`bench: writing ${n} synthetic articles to ${content}`);
writeCorpus(content, plain, n);

const siteOut = join(scratch, `dist-${n}`);
rmSync(siteOut, { recursive: true, force: true });
rmSync(`${siteOut}.staging`, { recursive: true, force: true });
// A cold build: the content layer's store and the parse cache are dropped first.
const caches = {
  ASTRO_CACHE_DIR: join(scratch, `astro-cache-${n}`),
  CLAIMLENS_CACHE: join(scratch, `parse-cache-${n}`),
};
rmSync(caches.ASTRO_CACHE_DIR, { recursive: true, force: true });
rmSync(caches.CLAIMLENS_CACHE, { recursive: true, force: true });
const site = await measure(
  'node',
  ['scripts/build.ts'],
  { CLAIMLENS_CONTENT: content, OUT_DIR: siteOut, ...caches },
  siteOut,
);
console.log(format(`annotated site, cold (N=${n})`, site));

// Two rebuilds, each after one article changes. The first starts from a copy of the cold build's
// output; from the second on, a rebuild goes into the output before last, which already holds the
// unchanged pages (scripts/output-slots.ts). The second is what every later rebuild costs, so it is
// the one the ratio uses.
const rebuild = async (article: number) => {
  appendFileSync(
    join(content, 'articles', `article-${article}.md`),
    '\nOne more paragraph, written after the first build.\n',
  );
  return measure(
    'node',
    ['scripts/build.ts'],
    { CLAIMLENS_CONTENT: content, OUT_DIR: siteOut, ...caches },
    siteOut,
  );
};
console.log(format('annotated site, one article changed', await rebuild(0)));
const warm = await rebuild(Math.min(1, n - 1));
console.log(format('the same, every later rebuild', warm));

if (!values['skip-plain']) {
  const plainOut = join(scratch, `plain-dist-${n}`);
  const plainCache = join(scratch, `plain-cache-${n}`);
  rmSync(plainCache, { recursive: true, force: true });
  const base = await measure(
    'astro',
    ['build', '--root', 'bench/plain-site', '--outDir', plainOut],
    { PLAIN_CONTENT: plain, ASTRO_CACHE_DIR: plainCache },
    plainOut,
  );
  console.log(format('plain Markdown, default processor', base));
  console.log(
    `ratio, annotated cold / plain:      ${(site.seconds / base.seconds).toFixed(2)}×  (target ≤ 3×)`,
  );
}
console.log(
  `ratio, warm rebuild / cold:         ${(warm.seconds / site.seconds).toFixed(2)}×  (target ≤ 0.5×)`,
);
console.log(
  `peak memory, annotated cold build:  ${(site.peakRss / 2 ** 30).toFixed(2)} GB (target < 2 GB)`,
);
