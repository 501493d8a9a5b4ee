// Draws the site-wide timeline download (SVG, then the 1600 px PNG) for a made-up archive of
// `argv[2]` undated and `argv[3]` dated events, in its own process, and prints the PNG's size and
// the process's peak resident memory as JSON, so a test can measure what a large archive costs.
import type { ArticleEvent } from '../../../src/analysis/schema/entries.ts';
import { DOWNLOAD_WIDTH } from '../../../src/render/share-images/image-paths.ts';
import { renderPng } from '../../../src/render/share-images/render-png.ts';
import {
  drawTimeline,
  toDrawingEvents,
} from '../../../src/render/timeline-drawing/draw-timeline.ts';
import { eventAnchors } from '../../../src/render/timeline-groups.ts';

const [undated, dated] = [Number(process.argv[2] ?? 0), Number(process.argv[3] ?? 0)];
const event = (i: number, value?: string): ArticleEvent => ({
  id: `event-${i}`,
  article: `article-${Math.floor(i / 20)}`,
  told: (i % 20) + 1,
  summary: `Event ${i} as the article tells it, with a summary of some length`,
  type: 'statement',
  date: value
    ? { asWritten: value, value, precision: 'day', approximate: false }
    : { asWritten: '', approximate: false },
  actors: [],
  quote: `Event ${i}.`,
  paragraph: 0,
  selector: { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 },
});
const events = [
  ...Array.from({ length: undated }, (_, i) => event(i)),
  ...Array.from({ length: dated }, (_, i) =>
    event(undated + i, new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10)),
  ),
];
const svg = drawTimeline(toDrawingEvents(events, { anchors: eventAnchors(events) }), {
  title: 'Timeline of every article',
  mode: 'file',
}).horizontal;
const png = await renderPng(svg, DOWNLOAD_WIDTH);
console.log(
  JSON.stringify({
    svgBytes: Buffer.byteLength(svg),
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
