// A child process of the share-images step: makes the SVG of each PNG it is sent (by its place in
// the site's list of images, read again here from the exports, so this work too is spread over
// the cores), draws it and writes it to the cache. It collects garbage itself every few images
// (run with --expose-gc): each holds megabytes of native pixels that V8 does not count.
import { renameSync, writeFileSync } from 'node:fs';
import { renderPng } from '../../src/render/share-images/render-png.ts';
import { siteImageJobs } from './share-image-jobs.ts';

/** What one child draws: the images of the site built in `dir` at these places in its list. */
export interface DrawOrders {
  dir: string;
  orders: { index: number; file: string }[];
}

/** What the child says when a drawing fails: which one, and the reason. */
export interface DrawFailure {
  failed: string;
  reason: string;
}

const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', async ({ dir, orders }: DrawOrders) => {
  const jobs = siteImageJobs(dir);
  for (const [i, { index, file }] of orders.entries()) {
    const job = jobs[index];
    const partial = `${file}.${process.pid}.partial`;
    try {
      if (job?.png === undefined) throw new Error(`image ${index} of ${dir} is no PNG to draw`);
      writeFileSync(partial, await renderPng(job.svg(), job.png));
    } catch (error) {
      const failure: DrawFailure = {
        failed: job?.label ?? `image ${index}`,
        reason: String(error),
      };
      process.send?.(failure, () => process.exit(1));
      return;
    }
    renameSync(partial, file);
    if (i % 16 === 15) gc?.();
  }
  // Its CPU time, start-up included, for the step's report of what an image costs.
  const { user, system } = process.cpuUsage();
  process.send?.({ cpuMs: (user + system) / 1000 }, () => process.exit(0));
});
