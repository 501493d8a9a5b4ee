// `npm run bench:images [-- --n 5 --dir dist]`: draws the PNGs of a built site (default dist/,
// after `npm run build`) `n` times in this one process and prints the CPU time per image of each
// stage of the share-images step, next to resvg doing it all (laying out the text with its own
// font database, encoding with its own encoder), as the step did before. A report, not a test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Resvg } from '@resvg/resvg-js';
import {
  encodePng,
  rasterise,
  resvgOptions,
  withOutlinedText,
} from '../src/render/share-images/render-png.ts';
import { shareImageJobs } from './build-steps/share-image-jobs.ts';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '5' }, dir: { type: 'string', default: 'dist' } },
});
const rounds = Number(values.n);
const read = (name: string) => JSON.parse(readFileSync(join(values.dir, 'data', name), 'utf8'));
const drawn = shareImageJobs({
  articles: read('articles.json'),
  claims: read('claims.json'),
  events: read('events.json'),
  actors: read('actors.json'),
}).filter((job) => job.png !== undefined);

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const BEFORE = 'before: resvg with its font database, its encoder';
const totals = new Map<string, number>();
const timed = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
  const start = cpuMs();
  const out = await work();
  totals.set(stage, (totals.get(stage) ?? 0) + cpuMs() - start);
  return out;
};

// The first round fills the glyph cache, as the first images of a build do.
for (let round = 0; round < rounds; round++) {
  for (const job of drawn) {
    const width = job.png as number;
    const svg = await timed('the SVG (the card as designed)', () => job.svg());
    const outlined = await timed('its text as glyph outlines', () => withOutlinedText(svg));
    const image = await timed('rasterise (resvg)', () => rasterise(outlined, width));
    await timed('encode PNG (zlib level 1)', () => encodePng(image));
    await timed(BEFORE, () => new Resvg(svg, resvgOptions(width)).render().asPng());
  }
}
const count = rounds * drawn.length;
const per = (stage: string): number => (totals.get(stage) ?? 0) / count;
console.log(`${drawn.length} PNGs × ${rounds} rounds, ms of CPU per image (one core):`);
let now = 0;
for (const stage of totals.keys()) {
  if (!stage.startsWith('before')) now += per(stage);
  console.log(`  ${stage.padEnd(52)} ${per(stage).toFixed(2).padStart(6)}`);
}
console.log(`  ${'now, in all'.padEnd(52)} ${now.toFixed(2).padStart(6)}`);
const before = per('the SVG (the card as designed)') + per(BEFORE);
console.log(
  `  ${'before, in all (the SVG, then resvg alone)'.padEnd(52)} ${before.toFixed(2).padStart(6)}`,
);
console.log(`peak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
