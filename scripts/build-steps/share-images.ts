// Post-build step: the PNG share images (og:image) of article and claim pages, and each timeline's
// drawing as .svg and 1600 px .png downloads. Drawn from the published exports, cached by content.
import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { digest, codeDigest } from '../../src/analysis/parse-cache.ts';
import { ArticleRecordSchema } from '../../src/exports/article-records.ts';
import { ClaimRecordSchema } from '../../src/exports/claim-records.ts';
import { EventRecordSchema } from '../../src/exports/event-records.ts';
import { ActorRecordSchema } from '../../src/exports/actor-records.ts';
import { shareImageJobs, type ImageJob } from '../../src/render/share-images/share-image-jobs.ts';
import { renderPng } from '../../src/render/share-images/render-png.ts';
import type { PostBuildStep } from './index.ts';

/** Where drawn images are kept between builds, named by a digest of what they show and the code. */
export const IMAGE_CACHE = join(
  process.env['CLAIMLENS_CACHE'] ?? 'node_modules/.cache/claimlens',
  'images',
);

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

/** Writes a job's output to the cache (atomically, so a killed build leaves no half file). */
function draw(job: ImageJob, cached: string): void {
  const bytes = job.png ? renderPng(job.svg, job.png) : Buffer.from(job.svg);
  const partial = `${cached}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, cached);
}

export const shareImagesStep: PostBuildStep = {
  name: 'share images and timeline downloads',
  run: (dir) => {
    const started = performance.now();
    const jobs = shareImageJobs({
      articles: readExport(dir, 'articles.json', z.array(ArticleRecordSchema)),
      claims: readExport(dir, 'claims.json', z.array(ClaimRecordSchema)),
      events: readExport(dir, 'events.json', z.array(EventRecordSchema)),
      actors: readExport(dir, 'actors.json', z.array(ActorRecordSchema)),
    });
    mkdirSync(IMAGE_CACHE, { recursive: true });
    const code = codeDigest();
    let drawn = 0;
    let drawing = 0;
    for (const job of jobs) {
      const ext = job.png ? 'png' : 'svg';
      const cached = join(IMAGE_CACHE, `${digest(code, job.svg, String(job.png ?? 0))}.${ext}`);
      if (!existsSync(cached)) {
        const t = performance.now();
        draw(job, cached);
        drawing += performance.now() - t;
        drawn++;
      }
      place(cached, join(dir, job.path));
    }
    const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `build: images: ${jobs.length} files, ${drawn} drawn (${s(drawing)}), ${jobs.length - drawn} from the cache; ` +
        `${s(performance.now() - started)} in all`,
    );
  },
};
