// A child process of the share-images step: draws the PNGs it is sent and writes them to the
// cache. Each draw holds a few megabytes of native pixels that V8 does not see, so it collects
// garbage itself every few images (run with --expose-gc); two children use both cores.
import { renameSync, writeFileSync } from 'node:fs';
import { renderPng } from '../../src/render/share-images/render-png.ts';

/** One PNG to draw: its SVG, its width, and the cache file to write. */
export interface DrawOrder {
  svg: string;
  width: number;
  file: string;
}

const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', (orders: DrawOrder[]) => {
  orders.forEach((order, i) => {
    const partial = `${order.file}.${process.pid}.partial`;
    writeFileSync(partial, renderPng(order.svg, order.width));
    renameSync(partial, order.file);
    if (i % 8 === 7) gc?.();
  });
  process.send?.('done', () => process.exit(0));
});
