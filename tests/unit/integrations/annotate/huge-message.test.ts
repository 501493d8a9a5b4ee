import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { expect, test } from 'vitest';
import { MAX_MESSAGE_BYTES } from '../../../../src/integrations/annotate/messages.ts';

// A 60 MB note sent to the dev server is refused before anything parses it: the server stays
// small and answers the next call. (Unguarded, it grew to 2.24 GB and stayed there.)

/** What a websocket heard after sending `message`: messages, and the close code if it closed. */
function send(url: string, message: string) {
  return new Promise<{ heard: string[]; closed?: number }>((resolve) => {
    const heard: string[] = [];
    const socket = new WebSocket(url, 'vite-hmr');
    socket.addEventListener('open', () => socket.send(message));
    socket.addEventListener('message', (event) => {
      heard.push(String(event.data));
      if (String(event.data).includes('claimlens-annotate:answer')) {
        socket.close();
        resolve({ heard });
      }
    });
    socket.addEventListener('close', (event) => resolve({ heard, closed: event.code }));
  });
}

const call = (data: unknown) =>
  JSON.stringify({ type: 'custom', event: 'claimlens-annotate:call', data });

test('a 60 MB Annotate message closes its socket unread, and the server stays small', async () => {
  const child = spawn('node', ['tests/unit/helpers/annotate-server-in-child.ts', 'content'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const { port, token } = JSON.parse(String((await lines.next()).value)) as {
    port: number;
    token: string;
  };
  expect(token).not.toBe('');
  const url = `ws://127.0.0.1:${port}/?token=${token}`;
  const huge = call({
    requestId: 'huge',
    op: 'save',
    slug: 'japan-india-rare-earths',
    request: {
      op: 'edit',
      kind: 'claim',
      id: 'japan-found-a-way',
      changes: { note: 'x'.repeat(60 * 1024 * 1024) },
    },
  });
  expect(huge.length).toBeGreaterThan(MAX_MESSAGE_BYTES);
  const refused = await send(url, huge);
  expect(refused.closed).toBe(1009);
  expect(refused.heard.filter((m) => m.includes('claimlens-annotate'))).toEqual([]);

  const info = await send(
    url,
    call({ requestId: 'next', op: 'info', slug: 'japan-india-rare-earths' }),
  );
  expect(info.heard.at(-1)).toContain('"requestId":"next","ok":true');

  child.stdin.write('measure\n');
  const { peakRssMb } = JSON.parse(String((await lines.next()).value)) as { peakRssMb: number };
  child.kill();
  expect(peakRssMb).toBeLessThan(400);
}, 120_000);
