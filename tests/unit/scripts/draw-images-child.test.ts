import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { DrawFailure, DrawOrders } from '../../../scripts/build-steps/draw-images-child.ts';

/** A built site with no article: its only images are the site-wide timeline's .svg and .png. */
function emptySite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-draw-'));
  mkdirSync(join(dir, 'data'));
  for (const name of ['articles', 'claims', 'events', 'actors'])
    writeFileSync(join(dir, 'data', `${name}.json`), '[]');
  return dir;
}

/** Runs the child on `orders` and gives its exit code and what it said. */
async function draw(orders: DrawOrders) {
  const child = fork('scripts/build-steps/draw-images-child.ts', [], {
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  const said: unknown[] = [];
  child.on('message', (message) => said.push(message));
  const code = await new Promise<number | null>((resolve) => {
    child.on('exit', resolve);
    child.send(orders);
  });
  return { code, said };
}

test('the child makes the SVG of the image it is sent by its place, draws it, and says its CPU time', async () => {
  const dir = emptySite();
  const file = join(dir, 'timeline.png');
  const { code, said } = await draw({ dir, orders: [{ index: 1, file }] });
  expect(code).toBe(0);
  expect(said).toEqual([{ cpuMs: expect.any(Number) }]);
  expect(readFileSync(file).readUInt32BE(16)).toBe(1600);
});

// A PNG that fails to draw is named by what it draws, with the reason, not by an exit code.
test('a drawing that fails comes back named, and the child exits 1', async () => {
  const dir = emptySite();
  const { code, said } = await draw({ dir, orders: [{ index: 0, file: join(dir, 'x.png') }] });
  expect(code).toBe(1);
  expect(said).toEqual<DrawFailure[]>([
    {
      failed:
        'the site-wide timeline drawing (title, tally, source, event summaries of every article)',
      reason: expect.stringMatching(/is no PNG to draw/),
    },
  ]);
});
