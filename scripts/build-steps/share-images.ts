// Post-build step: the PNG share images (og:image) of article and claim pages, and each timeline's
// drawing as .svg and 1600 px .png downloads. Drawn from the published exports, cached by content:
// a file's name is a digest of what it shows and of the drawing code, so an unchanged one is only
// linked into the output, never drawn again. The code is that of the modules that draw the image
// and of everything they import (code-digest.ts), so a change elsewhere redraws nothing.
import { fork } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digest } from '../../src/analysis/parse-cache.ts';
import { cacheDir } from '../../src/analysis/content-dir.ts';
import { codeDigest } from './code-digest.ts';
import { siteImageJobs } from './share-image-jobs.ts';
import type { DrawFailure, DrawOrders } from './draw-images-child.ts';
import type { PostBuildStep } from './index.ts';

/** Where drawn images are kept between builds. */
const IMAGE_CACHE = join(cacheDir(), 'images');

/** Puts a cached file at `target`: a hard link where the file system allows, else a copy. */
function place(cached: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}

/**
 * The most PNGs one child draws before it exits and a fresh one takes over: resvg's pixel buffers
 * live outside V8's heap, and a child that drew every image of a large site held gigabytes (a cold
 * build of 100 articles peaked at 6.35 GB with one long-lived child a core). Each child reads the
 * exports again, so batches are as large as memory allows (docs/performance.md).
 */
const BATCH = 1000;

/** Draws `orders` in one child process, waits for it to exit, and gives its ms of CPU time. */
function drawInChild(orders: DrawOrders): Promise<number> {
  const child = fileURLToPath(new URL('./draw-images-child.ts', import.meta.url));
  return new Promise<number>((done, fail) => {
    const worker = fork(child, [], {
      execArgv: ['--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let cpuMs = 0;
    let failure: DrawFailure | undefined;
    worker.on('message', (message: DrawFailure | { cpuMs: number }) => {
      if ('cpuMs' in message) cpuMs = message.cpuMs;
      else failure = message;
    });
    worker.on('exit', (code) => {
      if (code === 0) done(cpuMs);
      else if (failure)
        fail(
          new Error(
            `drawing images failed: ${failure.failed}: ${failure.reason}. A character in one of those ` +
              'fields is the likely cause; fix or report it.',
          ),
        );
      else fail(new Error(`drawing images failed (exit ${code})`));
    });
    worker.send(orders);
  });
}

/** Draws the PNGs in child processes, one a core at a time, in even batches of at most `BATCH`. */
async function drawAll(dir: string, orders: DrawOrders['orders']): Promise<number> {
  const lanes = Math.max(1, Math.min(availableParallelism(), Math.ceil(orders.length / 8)));
  const size = Math.min(BATCH, Math.ceil(orders.length / lanes));
  const batches: DrawOrders[] = [];
  for (let i = 0; i < orders.length; i += size)
    batches.push({ dir, orders: orders.slice(i, i + size) });
  let next = 0;
  let cpuMs = 0;
  const lane = async (): Promise<void> => {
    while (next < batches.length) cpuMs += await drawInChild(batches[next++] as DrawOrders);
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return cpuMs;
}

export const shareImagesStep: PostBuildStep = {
  name: 'share images and timeline downloads',
  run: async (dir) => {
    const started = performance.now();
    const jobs = siteImageJobs(dir);
    mkdirSync(IMAGE_CACHE, { recursive: true });
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const codes = new Map<string, string>();
    const code = (entries: string[]): string => {
      const id = entries.join('\n');
      if (!codes.has(id)) codes.set(id, codeDigest(entries, root));
      return codes.get(id) as string;
    };
    const orders: DrawOrders['orders'] = [];
    const files = jobs.map((job, index) => {
      const name = digest(code(job.drawnBy), job.key);
      const file = join(IMAGE_CACHE, `${name}.${job.png ? 'png' : 'svg'}`);
      if (!existsSync(file)) {
        if (job.png) orders.push({ index, file });
        else {
          writeFileSync(`${file}.partial`, job.svg());
          renameSync(`${file}.partial`, file);
        }
      }
      return file;
    });
    const drawing = performance.now();
    const cpuMs = orders.length > 0 ? await drawAll(dir, orders) : 0;
    const drawn = performance.now() - drawing;
    jobs.forEach((job, i) => place(files[i] as string, join(dir, job.path)));
    const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `build: images: ${jobs.length} files, ${orders.length} PNGs drawn (${s(drawn)}` +
        (orders.length > 0
          ? `, ${(cpuMs / orders.length).toFixed(1)} ms of CPU per PNG in the drawing processes`
          : '') +
        `), the rest from the cache; ` +
        `${s(performance.now() - started)} in all`,
    );
  },
};
