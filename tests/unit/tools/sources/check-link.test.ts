import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  checkLink,
  deadLinkSuggestion,
  MAX_REDIRECTS,
} from '../../../../src/tools/sources/check-link.ts';
import { SITE_ROUTES, standIn, type StandIn } from './stand-in-server.ts';
import { testPolicy } from './policy.ts';

let site: StandIn;
const rateLimited =
  (retryAfter?: string) => (_: unknown, res: import('node:http').ServerResponse) =>
    res.writeHead(429, retryAfter === undefined ? {} : { 'retry-after': retryAfter }).end();
const ok = (_: unknown, res: import('node:http').ServerResponse) => res.end('ok');

// A public page's redirect into this machine, under another host name than the page's.
const intoLoopback = (
  req: import('node:http').IncomingMessage,
  res: import('node:http').ServerResponse,
) => res.writeHead(302, { location: `http://localhost:${req.socket.localPort}/alive` }).end();

beforeAll(async () => {
  const loop = (_: unknown, res: import('node:http').ServerResponse) =>
    res.writeHead(302, { location: '/loop' }).end();
  site = await standIn(
    { ...SITE_ROUTES, '/to-loopback': intoLoopback, '/loop': loop },
    {
      '/busy': [rateLimited('3'), ok],
      '/busy-until': [rateLimited(new Date(Date.now() + 60_000).toUTCString()), ok],
      '/busy-no-header': [rateLimited(), ok],
      '/always-busy': [rateLimited('1'), rateLimited('1'), rateLimited('1'), rateLimited('1')],
      '/busy-for-a-day': [rateLimited('86400'), ok],
    },
  );
});
afterAll(() => site.close());

describe('checkLink against a stand-in site', () => {
  test('a redirect into a loopback address is not followed, and says why', async () => {
    const to = `http://localhost:${new URL(site.origin).port}/alive`;
    const before = site.requests.length;
    expect(await checkLink(`${site.origin}/to-loopback`, testPolicy())).toEqual({
      kind: 'error',
      detail: expect.stringMatching(
        new RegExp(
          `^redirected to ${to}, a loopback address \\((127\\.0\\.0\\.1|::1)\\); not followed`,
        ),
      ),
    });
    expect(site.requests.slice(before)).toEqual(['/to-loopback']);
    expect(
      await checkLink(`${site.origin}/to-loopback`, testPolicy({ allowPrivateRedirects: true })),
    ).toEqual({
      kind: 'redirected',
      status: 200,
      to,
    });
  });

  test('a redirect loop ends after the limit', async () => {
    expect(await checkLink(`${site.origin}/loop`, testPolicy())).toEqual({
      kind: 'error',
      detail: `more than ${MAX_REDIRECTS} redirects from ${site.origin}/loop`,
    });
  });

  test('a page that answers 200 is alive', async () => {
    expect(await checkLink(`${site.origin}/alive`, testPolicy())).toEqual({
      kind: 'alive',
      status: 200,
    });
  });

  test('a moved page is reported as redirected, with where it went', async () => {
    expect(await checkLink(`${site.origin}/moved`, testPolicy())).toEqual({
      kind: 'redirected',
      status: 200,
      to: `${site.origin}/new-home`,
    });
  });

  test.each([
    ['/gone', 404],
    ['/removed', 410],
    ['/broken', 503],
  ])('%s (HTTP %i) is dead', async (path, status) => {
    expect(await checkLink(`${site.origin}${path}`, testPolicy())).toEqual({
      kind: 'dead',
      status,
    });
  });

  test('a 403 is a refusal, not a dead page', async () => {
    expect(await checkLink(`${site.origin}/forbidden`, testPolicy())).toEqual({
      kind: 'refused',
      status: 403,
    });
  });

  test('a server that never answers times out after the configured time', async () => {
    expect(await checkLink(`${site.origin}/slow`, testPolicy({ timeoutMs: 200 }))).toEqual({
      kind: 'timeout',
      afterMs: 200,
    });
  });

  test.each(['/cut-off', '/garbage'])(
    'a malformed reply (%s) is an error with its cause',
    async (path) => {
      const status = await checkLink(`${site.origin}${path}`, testPolicy());
      expect(status.kind).toBe('error');
      expect(status.kind === 'error' && status.detail).toMatch(/closed|HTTP|protocol|parse/i);
    },
  );

  test('a 429 is retried after the seconds its Retry-After asks for', async () => {
    const policy = testPolicy();
    expect(await checkLink(`${site.origin}/busy`, policy)).toEqual({ kind: 'alive', status: 200 });
    expect(policy.slept).toEqual([3000]);
  });

  test('a 429 whose Retry-After is an HTTP date waits until that date', async () => {
    const policy = testPolicy();
    expect(await checkLink(`${site.origin}/busy-until`, policy)).toEqual({
      kind: 'alive',
      status: 200,
    });
    expect(policy.slept).toHaveLength(1);
    expect(policy.slept[0]).toBeGreaterThan(50_000);
    expect(policy.slept[0]).toBeLessThanOrEqual(60_000);
  });

  test('a 429 without Retry-After waits the default pause', async () => {
    const policy = testPolicy({ defaultRetryAfterMs: 7000 });
    await checkLink(`${site.origin}/busy-no-header`, policy);
    expect(policy.slept).toEqual([7000]);
  });

  test('retries are bounded: a site that stays rate-limited is reported as refused', async () => {
    const before = site.requests.filter((p) => p === '/always-busy').length;
    const policy = testPolicy({ retries: 2 });
    expect(await checkLink(`${site.origin}/always-busy`, policy)).toEqual({
      kind: 'refused',
      status: 429,
    });
    expect(site.requests.filter((p) => p === '/always-busy').length - before).toBe(3);
    expect(policy.slept).toEqual([1000, 1000]);
  });

  test('a Retry-After longer than allowed is not waited out', async () => {
    const policy = testPolicy({ maxRetryAfterMs: 60_000 });
    const status = await checkLink(`${site.origin}/busy-for-a-day`, policy);
    expect(status).toEqual({ kind: 'error', detail: expect.stringMatching(/wait 86400 s/) });
    expect(policy.slept).toEqual([]);
  });
});

describe('deadLinkSuggestion', () => {
  test('points to the archived copy when there is one', () => {
    const copy = 'https://web.archive.org/web/20260116093000/https://example.org/a';
    expect(deadLinkSuggestion('https://example.org/a', copy, 'https://web.archive.org')).toBe(copy);
  });

  test('otherwise points to the Wayback Machine’s list of captures', () => {
    expect(deadLinkSuggestion('https://example.org/a', undefined, 'https://web.archive.org/')).toBe(
      'https://web.archive.org/web/*/https://example.org/a',
    );
  });
});
