import { fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { DrawFailure, DrawOrder } from '../../../scripts/build-steps/draw-images-child.ts';

// A PNG that fails to draw is named by what it draws, with resvg's reason, not by an exit code.
test('a drawing resvg cannot read comes back named, and the child exits 1', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'claimlens-draw-')), 'x.png');
  const orders: DrawOrder[] = [
    {
      svg: '<svg xmlns="http://www.w3.org/2000/svg"><text>]]></text',
      width: 100,
      file,
      label: 'article "x": its share image (title)',
    },
  ];
  const child = fork('scripts/build-steps/draw-images-child.ts', [], {
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  const said: (DrawFailure | string)[] = [];
  child.on('message', (message: DrawFailure | string) => said.push(message));
  const code = await new Promise<number | null>((resolve) => {
    child.on('exit', resolve);
    child.send(orders);
  });
  expect(code).toBe(1);
  expect(said).toEqual([
    {
      failed: 'article "x": its share image (title)',
      reason: expect.stringMatching(/SVG data parsing failed/),
    },
  ]);
});
