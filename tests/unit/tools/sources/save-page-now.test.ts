import { afterAll, beforeAll, expect, test } from 'vitest';
import { requestCapture } from '../../../../src/tools/sources/save-page-now.ts';
import { standIn, type StandIn } from './stand-in-server.ts';
import { testPolicy } from './policy.ts';

const capture = 'https://web.archive.org/web/20261130101500/https://example.org/a';
let spn: StandIn;
beforeAll(async () => {
  spn = await standIn({
    // The live service redirects to the new capture…
    '/save/https://example.org/a': (_, res) => res.writeHead(302, { location: capture }).end(),
    // …or answers 200 with the capture's path in Content-Location.
    '/save/https://example.org/b': (_, res) =>
      res.writeHead(200, { 'content-location': '/web/20261129235959/https://example.org/b' }).end(),
    '/save/https://example.org/down': (_, res) => res.writeHead(502).end(),
    '/save/https://example.org/no-header': (_, res) => res.end('<p>Saving page…</p>'),
    '/save/https://example.org/elsewhere': (_, res) =>
      res.writeHead(302, { location: 'https://example.net/copy-of-a' }).end(),
    '/save/https://example.org/slow': () => undefined,
    '/save/https://example.org/busy': (_, res) => res.writeHead(429, { 'retry-after': '0' }).end(),
    // An archive service that misbehaves: a capture dated in the future, one of another page,
    // one older than the source.
    '/save/https://example.org/future': (_, res) =>
      res
        .writeHead(302, {
          location: 'https://web.archive.org/web/99991231000000/https://example.org/future',
        })
        .end(),
    '/save/https://example.org/other': (_, res) =>
      res
        .writeHead(302, {
          location: 'https://web.archive.org/web/20261130101500/https://example.org/login',
        })
        .end(),
    '/save/https://example.org/old': (_, res) =>
      res
        .writeHead(302, {
          location: 'https://web.archive.org/web/20200101000000/https://example.org/old',
        })
        .end(),
  });
});
afterAll(() => spn.close());

const options = () => ({ saveBase: `${spn.origin}/save/`, waybackBase: 'https://web.archive.org' });

test('reads the capture from the redirect and dates it by its timestamp', async () => {
  expect(await requestCapture('https://example.org/a', options(), testPolicy())).toEqual({
    ok: true,
    archived: { url: capture, date: '2026-11-30' },
  });
});

test('reads a relative Content-Location against the Wayback Machine', async () => {
  expect(await requestCapture('https://example.org/b', options(), testPolicy())).toEqual({
    ok: true,
    archived: {
      url: 'https://web.archive.org/web/20261129235959/https://example.org/b',
      date: '2026-11-29',
    },
  });
});

test.each([
  ['down', /HTTP 502 with no capture address/],
  ['no-header', /HTTP 200 with no capture address/],
  [
    'elsewhere',
    /"https:\/\/example\.net\/copy-of-a", not one of: https:\/\/web\.archive\.org\/web/,
  ],
  ['slow', /did not answer within 200 ms/],
  ['busy', /HTTP 429/],
])('a failed capture (%s) says why', async (path, reason) => {
  // Only the page that never answers waits for the timeout; the others answer at once.
  const policy = testPolicy({ timeoutMs: path === 'slow' ? 200 : 30_000 });
  const outcome = await requestCapture(`https://example.org/${path}`, options(), policy);
  expect(outcome).toEqual({ ok: false, reason: expect.stringMatching(reason) });
});

test.each([
  ['future', /a capture dated 9999-12-31, after today \(2026-12-08\); not written/],
  [
    'other',
    /https:\/\/example\.org\/login", a copy of another page than https:\/\/example\.org\/other; not/,
  ],
  ['old', /a capture dated 2020-01-01, before the source's own date \(2026-01-10\); not written/],
])('a capture the archive gives is refused when it cannot be right (%s)', async (path, reason) => {
  const outcome = await requestCapture(`https://example.org/${path}`, options(), testPolicy(), {
    notBefore: '2026-01-10',
    today: '2026-12-08',
  });
  expect(outcome).toEqual({ ok: false, reason: expect.stringMatching(reason) });
});
