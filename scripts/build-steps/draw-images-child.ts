// A child process of the share-images step: draws the PNGs it is sent and writes them to the
// cache. Each draw holds a few megabytes of native pixels that V8 does not see, so it collects
// garbage itself every few images (run with --expose-gc); two children use both cores.
import { renameSync, writeFileSync } from 'node:fs';
import { renderPng } from '../../src/render/share-images/render-png.ts';

/** One PNG to draw: its SVG, its width, the cache file to write, and what it draws. */
export interface DrawOrder {
  svg: string;
  width: number;
  file: string;
  label: string;
}

/** What the child says when a drawing fails: which one, and resvg's reason. */
export interface DrawFailure {
  failed: string;
  reason: string;
}

const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', (orders: DrawOrder[]) => {
  for (const [i, order] of orders.entries()) {
    const partial = `${order.file}.${process.pid}.partial`;
    try {
      writeFileSync(partial, renderPng(order.svg, order.width));
    } catch (error) {
      const failure: DrawFailure = { failed: order.label, reason: String(error) };
      process.send?.(failure, () => process.exit(1));
      return;
    }
    renameSync(partial, order.file);
    if (i % 8 === 7) gc?.();
  }
  process.send?.('done', () => process.exit(0));
});
