// `npm run build`: builds into a staging folder, runs the post-build steps on it, and only then
// swaps it in as dist/. An interrupted or failed build leaves the previous dist/ untouched, and
// never a half-written one that looks complete. Any warning fails the build.
// Rebuilds are incremental (astro.config.ts): pages of unchanged articles are reused, not rendered.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { lockOutput } from './build-lock.ts';
import { postBuildSteps } from './build-steps/index.ts';
import { cacheDirFor } from './cache-dir.ts';
import {
  copyManifest,
  forget,
  manifestOutputs,
  pruneTo,
  removeFiles,
  slots,
} from './output-slots.ts';

const outDir = process.env['OUT_DIR'] ?? 'dist';
// Astro's V8 heap is capped: left alone, V8 let a 1,000-article build's garbage grow the process
// to 2.0 GB, though what the build keeps alive fits in 1.28 GB (a build with that cap completes);
// with 1,536 MB it peaks at 1.73 GB. A larger corpus may need CLAIMLENS_HEAP_MB raised; the build
// says so when it runs out.
const heapMb = process.env['CLAIMLENS_HEAP_MB'] ?? '1536';
if (!/^\d+$/.test(heapMb))
  throw new Error(`CLAIMLENS_HEAP_MB must be a whole number of megabytes, got "${heapMb}"`);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const staging = `${outDir}.staging`;

/** Runs `astro build` into `dir`, echoing its output; resolves with the warnings it printed. */
function astroBuild(dir: string, cacheDir: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const env = {
      ...process.env,
      NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=${heapMb}`.trim(),
      ASTRO_CACHE_DIR: cacheDir,
      CLAIMLENS_KEEP_OUTPUT: '1',
    };
    const child = spawn('astro', ['build', '--outDir', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
    const warnings: string[] = [];
    let outOfMemory = false;
    const echo = (chunk: Buffer, stream: NodeJS.WriteStream) => {
      const text = chunk.toString();
      stream.write(text);
      for (const line of stripVTControlCharacters(text).split('\n'))
        if (/\[WARN\]|\bwarn(ing)?:/i.test(line)) warnings.push(line.trim());
      if (text.includes('heap out of memory')) outOfMemory = true;
    };
    child.stdout.on('data', (chunk: Buffer) => echo(chunk, process.stdout));
    child.stderr.on('data', (chunk: Buffer) => echo(chunk, process.stderr));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(warnings);
      const hint = outOfMemory
        ? ` It ran out of memory: CLAIMLENS_HEAP_MB=${heapMb} is too small for this corpus; set it higher (for ` +
          `example CLAIMLENS_HEAP_MB=${Number(heapMb) * 2} npm run build).`
        : '';
      reject(
        new Error(
          `astro build ${code === null ? `was killed by ${signal}` : `exited with ${code}`}.${hint}`,
        ),
      );
    });
  });
}

// `--no-wait`: fail at once if another build holds the output folder, instead of waiting for it.
const { values: flags } = parseArgs({
  options: { 'no-wait': { type: 'boolean', default: false } },
});
let release: () => Promise<void>;
try {
  // Released at exit too, by proper-lockfile, whichever way the build ends.
  release = await lockOutput(outDir, {
    wait: !flags['no-wait'],
    log: (message) => console.log(message),
  });
} catch (error) {
  console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// The folder the build goes into is the output before last, kept with its own Astro cache
// (scripts/output-slots.ts): the pages Astro's incremental build can reuse are already there. It
// holds nothing else when Astro starts, and loses the pages no longer built when Astro is done.
const { live, next, setLive } = slots(
  cacheDirFor(process.env['ASTRO_CACHE_DIR'], process.env['CLAIMLENS_CONTENT']),
  outDir,
);
rmSync(`${outDir}.old`, { recursive: true, force: true });
if (!existsSync(next.marker) || !existsSync(staging)) {
  forget(next);
  rmSync(staging, { recursive: true, force: true });
  // The first rebuild after a cold build starts from a copy of the live output.
  if (existsSync(outDir) && existsSync(live.marker)) {
    const copying = performance.now();
    cpSync(outDir, staging, { recursive: true });
    copyManifest(live, next);
    console.log(`build: started from a copy of ${outDir}/: ${seconds(copying)}`);
  }
}
rmSync(next.marker, { force: true });
const previous = manifestOutputs(next.cacheDir);
try {
  const pruning = performance.now();
  console.log(
    `build: ${pruneTo(staging, previous)} files of the output before last that are made anew removed: ` +
      `${seconds(pruning)}`,
  );
  const warnings = await astroBuild(staging, next.cacheDir);
  if (warnings.length > 0)
    throw new Error(
      `the build printed ${warnings.length} warning(s), and a warning is an error:\n${warnings.join('\n')}`,
    );
  const current = manifestOutputs(next.cacheDir);
  console.log(
    `build: ${removeFiles(
      staging,
      [...previous].filter((file) => !current.has(file)),
    )} pages no longer built removed`,
  );
  for (const step of postBuildSteps) {
    console.log(`build: ${step.name}`);
    const started = performance.now();
    await step.run(staging);
    console.log(`build: ${step.name}: ${seconds(started)}`);
  }
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  forget(next);
  console.error(
    `build: failed, ${outDir}/ left as it was. ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
writeFileSync(next.marker, '');
// The swap: three renames. The output it replaces becomes the folder the next build starts from.
const swap = `${outDir}.swap`;
rmSync(swap, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, swap);
renameSync(staging, outDir);
if (existsSync(swap)) renameSync(swap, staging);
setLive();
console.log(`build: ${outDir}/ is complete`);
await release();
