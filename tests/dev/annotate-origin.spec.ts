import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { expect, type Page } from '@playwright/test';
import { MAX_MESSAGE_BYTES } from '../../src/integrations/annotate/messages.ts';
import { DEV_PORT, openLive, SEED, seedPath, settle, test } from './dev-site.ts';

// Another app on this machine (another dev server, a preview, any local page) must not be able to
// save through the dev server's websocket, even knowing its token.
const DEV = `http://127.0.0.1:${DEV_PORT}`;
const OTHER_PORT = DEV_PORT + 1;
const OTHER = `http://127.0.0.1:${OTHER_PORT}`;

/** A save the seed's form could send: the first claim's status changed. */
const save = {
  requestId: 'other-page',
  op: 'save',
  slug: SEED,
  request: {
    op: 'edit',
    kind: 'claim',
    id: 'japan-found-a-way',
    changes: { status: 'unverified' },
  },
};

/** What a websocket to the dev server heard, from `page`, before it closed or 5 s passed. */
async function tryCall(page: Page, token: string, data: unknown, pad = 0) {
  return page.evaluate(
    ({ url, data, pad }) =>
      new Promise<{ opened: boolean; heard: string[]; closed: number | null }>((resolve) => {
        const heard: string[] = [];
        let opened = false;
        const socket = new WebSocket(url, 'vite-hmr');
        const done = (closed: number | null) => resolve({ opened, heard, closed });
        socket.addEventListener('open', () => {
          opened = true;
          const message = { type: 'custom', event: 'claimlens-annotate:call', data };
          socket.send(JSON.stringify(pad > 0 ? { ...message, pad: 'x'.repeat(pad) } : message));
        });
        socket.addEventListener('message', (event) => {
          heard.push(String(event.data));
          if (String(event.data).includes('claimlens-annotate:answer')) done(null);
        });
        socket.addEventListener('close', (event) => done(event.code));
        setTimeout(() => done(null), 5_000);
      }),
    { url: `ws://127.0.0.1:${DEV_PORT}/?token=${token}`, data, pad },
  );
}

let other: Server;
let token: string;

test.beforeAll(async () => {
  // The worst case: the attacker has the token (the test reads it from the dev server itself).
  const client = await (await fetch(`${DEV}/@vite/client`)).text();
  token = /wsToken = "([^"]+)"/.exec(client)?.[1] ?? '';
  expect(token).not.toBe('');
  other = createServer((_, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end('<!doctype html><html lang="en"><title>Another local app</title><p>Hello</p>');
  });
  await new Promise<void>((resolve) => other.listen(OTHER_PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => other.close(resolve));
});

test('a page on another localhost port can neither read the token nor save', async ({ page }) => {
  const before = readFileSync(seedPath, 'utf8');
  await page.goto(`${OTHER}/`);
  const read = await page.evaluate(async (url) => {
    try {
      return (await (await fetch(url)).text()).includes('wsToken');
    } catch {
      return false;
    }
  }, `${DEV}/@vite/client`);
  expect(read).toBe(false);

  const heard = await tryCall(page, token, save);
  expect(heard.heard.filter((m) => m.includes('claimlens-annotate'))).toEqual([]);
  expect(heard.closed).not.toBeNull();
  expect(readFileSync(seedPath, 'utf8')).toBe(before);
});

test("the server's own page is answered, and a message over the limit closes its socket", async ({
  page,
}) => {
  await openLive(page, `/articles/${SEED}/`);
  await settle(page);
  const info = await tryCall(page, token, { requestId: 'own', op: 'info', slug: SEED });
  expect(info.heard.some((m) => m.includes('"requestId":"own"') && m.includes('"ok":true'))).toBe(
    true,
  );
  const before = readFileSync(seedPath, 'utf8');
  const huge = await tryCall(page, token, save, MAX_MESSAGE_BYTES);
  expect(huge.opened).toBe(true);
  expect(huge.heard.filter((m) => m.includes('claimlens-annotate'))).toEqual([]);
  expect(huge.closed).toBe(1009);
  expect(readFileSync(seedPath, 'utf8')).toBe(before);
});
