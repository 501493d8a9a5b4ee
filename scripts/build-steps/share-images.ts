// Post-build step: the PNG share images (og:image) of article and claim pages, and each timeline's
// drawing as .svg and 1600 px .png downloads. Drawn from the published exports, cached by content:
// a file's name is a digest of what it shows and of the drawing code, so an unchanged one is only
// linked into the output, never drawn again.
import { fork } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { digest } from '../../src/analysis/parse-cache.ts';
import { ActorRecordSchema } from '../../src/exports/actor-records.ts';
import { ArticleRecordSchema } from '../../src/exports/article-records.ts';
import { ClaimRecordSchema } from '../../src/exports/claim-records.ts';
import { EventRecordSchema } from '../../src/exports/event-records.ts';
import { cacheDir } from '../../src/analysis/content-dir.ts';
import { shareImageJobs } from './share-image-jobs.ts';
import type { DrawOrder } from './draw-images-child.ts';
import type { PostBuildStep } from './index.ts';

/** Where drawn images are kept between builds. */
const IMAGE_CACHE = join(cacheDir(), 'images');

/**
 * A digest of the code that draws: src/render/ and src/analysis/ (labels, dates) and the
 * rasteriser's version, so a change to any of them redraws every image.
 */
function drawingCodeDigest(): string {
  const src = fileURLToPath(new URL('../../src/', import.meta.url));
  const files = ['render', 'analysis'].flatMap((folder) =>
    readdirSync(join(src, folder), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => join(src, folder, name)),
  );
  const resvg = readFileSync(
    fileURLToPath(import.meta.resolve('@resvg/resvg-js/package.json')),
    'utf8',
  );
  return digest(resvg, ...files.map((file) => readFileSync(file, 'utf8')));
}

function readExport<T extends z.ZodType>(dir: string, name: string, schema: T): z.output<T> {
  return schema.parse(JSON.parse(readFileSync(join(dir, 'data', name), 'utf8')));
}

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

/** The most PNGs one child draws before it exits and a fresh one takes over. */
const BATCH = 48;

/** Draws `orders` in one child process and waits for it to exit. */
function drawInChild(orders: DrawOrder[]): Promise<void> {
  const child = fileURLToPath(new URL('./draw-images-child.ts', import.meta.url));
  return new Promise<void>((done, fail) => {
    const worker = fork(child, [], {
      execArgv: ['--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    worker.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`drawing images failed (exit ${code})`)),
    );
    worker.send(orders);
  });
}

/**
 * Draws the PNGs in child processes, one a core at a time, each drawing at most `BATCH` and then
 * exiting: resvg's pixel buffers live outside V8's heap and were not all given back while a child
 * lived (a cold build of 100 articles peaked at 6.35 GB with one long-lived child a core).
 */
async function drawAll(orders: DrawOrder[]): Promise<void> {
  const lanes = Math.max(1, Math.min(availableParallelism(), Math.ceil(orders.length / 8)));
  const batches: DrawOrder[][] = [];
  for (let i = 0; i < orders.length; i += BATCH) batches.push(orders.slice(i, i + BATCH));
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < batches.length) await drawInChild(batches[next++] as DrawOrder[]);
  };
  await Promise.all(Array.from({ length: lanes }, lane));
}

export const shareImagesStep: PostBuildStep = {
  name: 'share images and timeline downloads',
  run: async (dir) => {
    const started = performance.now();
    const jobs = shareImageJobs({
      articles: readExport(dir, 'articles.json', z.array(ArticleRecordSchema)),
      claims: readExport(dir, 'claims.json', z.array(ClaimRecordSchema)),
      events: readExport(dir, 'events.json', z.array(EventRecordSchema)),
      actors: readExport(dir, 'actors.json', z.array(ActorRecordSchema)),
    });
    mkdirSync(IMAGE_CACHE, { recursive: true });
    const code = drawingCodeDigest();
    const orders: DrawOrder[] = [];
    const files = jobs.map((job) => {
      const file = join(IMAGE_CACHE, `${digest(code, job.key)}.${job.png ? 'png' : 'svg'}`);
      if (!existsSync(file)) {
        if (job.png) orders.push({ svg: job.svg(), width: job.png, file });
        else {
          writeFileSync(`${file}.partial`, job.svg());
          renameSync(`${file}.partial`, file);
        }
      }
      return file;
    });
    const drawing = performance.now();
    if (orders.length > 0) await drawAll(orders);
    const drawn = performance.now() - drawing;
    jobs.forEach((job, i) => place(files[i] as string, join(dir, job.path)));
    const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `build: images: ${jobs.length} files, ${orders.length} PNGs drawn (${s(drawn)}), the rest from the cache; ` +
        `${s(performance.now() - started)} in all`,
    );
  },
};
