// `npm run bench [-- --n 1000]`: builds N synthetic annotated articles with the real site and the
// same articles as plain Markdown with Astro's default processor, in the same run, and prints for
// each build its seconds, pages, files (and per article), images drawn and their CPU time, each
// step's share, peak RSS and whether the output fits common static hosts, then the cold build
// against the plain one and two rebuilds after one article changes. A build that passes
// --max-minutes or holds more than --max-gb is stopped, and the bench says so and where it was.
// A report, not a test: nothing here passes or fails on a time.
import { spawn } from 'node:child_process';
import { appendFileSync, readdirSync, rmSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lockOutput } from './build-lock.ts';
import { buildReport, formatReport, type BuildRun } from '../src/bench/build-report.ts';
import { treeRss } from '../src/bench/process-tree.ts';
import { writeCorpus } from '../src/bench/write-corpus.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    'skip-plain': { type: 'boolean', default: false },
    'max-minutes': { type: 'string', default: '60' },
    // Past this the machine would swap, and its figures would say nothing.
    'max-gb': { type: 'string', default: ((totalmem() / 2 ** 30) * 0.8).toFixed(1) },
  },
});
const n = Number(values.n);
if (!Number.isInteger(n) || n < 1)
  throw new Error(`--n must be a whole number ≥ 1, got ${values.n}`);
const limits = {
  ms: Number(values['max-minutes']) * 60_000,
  rss: Number(values['max-gb']) * 2 ** 30,
};

const scratch = resolve('.bench');
const content = join(scratch, `content-${n}`);
const plain = join(scratch, `plain-${n}`);

/** Every file under `dir`, relative to it, `/`-separated. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));

/**
 * Runs a command in its own process group, sampling the resident memory of its whole process
 * tree every 100 ms; stops it, saying why and at which step, past the time or memory limit.
 */
function measure(
  command: string,
  args: string[],
  env: Record<string, string>,
  outDir: string,
): Promise<BuildRun> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    let peakRss = 0;
    let errors = '';
    let stopped: string | undefined;
    const timer = setInterval(() => {
      peakRss = Math.max(peakRss, treeRss(child.pid ?? 0));
      const minutes = (performance.now() - started) / 60_000;
      if (peakRss > limits.rss)
        stopped = `it held ${(peakRss / 2 ** 30).toFixed(2)} GB, over --max-gb ${values['max-gb']}`;
      else if (minutes * 60_000 > limits.ms)
        stopped = `it ran past --max-minutes ${values['max-minutes']}`;
      if (stopped) {
        clearInterval(timer);
        process.kill(-(child.pid ?? 0), 'SIGTERM');
      }
    }, 100);
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('close', (code) => {
      clearInterval(timer);
      const at = log.trim().split('\n').at(-1) ?? '';
      if (stopped) {
        console.error(
          `bench: stopped ${command} ${args.join(' ')}: ${stopped}; its last line: ${at}`,
        );
        process.exit(2);
      }
      if (code !== 0)
        return fail(new Error(`${command} ${args.join(' ')} failed (${code}):\n${errors}`));
      done({
        seconds: (performance.now() - started) / 1000,
        peakRss,
        files: filesUnder(outDir),
        log,
      });
    });
  });
}

const show = (label: string, run: BuildRun): void =>
  console.log(formatReport(label, buildReport(run, n)).join('\n'));

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
show(`annotated site, cold (N=${n})`, site);

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
show('annotated site, one article changed', await rebuild(0));
const warm = await rebuild(Math.min(1, n - 1));
show('the same, every later rebuild', warm);

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
  show('plain Markdown, default processor', base);
  console.log(
    `ratio, annotated cold / plain:      ${(site.seconds / base.seconds).toFixed(2)}×  (goal ≤ 8×, stretch 6×)`,
  );
}
console.log(
  `ratio, warm rebuild / cold:         ${(warm.seconds / site.seconds).toFixed(2)}×  (goal ≤ 0.15×)`,
);
console.log(
  `peak memory, annotated cold build:  ${(site.peakRss / 2 ** 30).toFixed(2)} GB (goal < 2 GB)`,
);
