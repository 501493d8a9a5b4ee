import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requestCapture } from '../../../../src/tools/sources/save-page-now.ts';
import { testPolicy } from './policy.ts';
import { standIn, type StandIn } from './stand-in-server.ts';

/** What the stand-in SPN2 saw: each job request's URL and Authorization header. */
const asked: { url: string | null; authorization: string | undefined }[] = [];
const json = (res: ServerResponse, value: unknown, status = 200) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
const pending = (_: IncomingMessage, res: ServerResponse) => json(res, { status: 'pending' });

let spn: StandIn;
beforeAll(async () => {
  spn = await standIn(
    {
      // A capture request: a job per URL, or 401 for a wrong key pair.
      '/save': (req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString()));
        req.on('end', () => {
          const url = new URLSearchParams(body).get('url');
          asked.push({ url, authorization: req.headers.authorization });
          if (req.headers.authorization !== 'LOW key:secret')
            res.writeHead(401).end('<p>log in</p>');
          else if (url?.endsWith('/huge')) {
            // A reply that runs on: 4 MB, no length given.
            res.writeHead(200, { 'content-type': 'application/json' });
            for (let i = 0; i < 64; i++) res.write(' '.repeat(65_536));
            res.end('{}');
          } else if (url?.endsWith('/stalled'))
            // The headers, then a body that never ends.
            res.writeHead(200, { 'content-type': 'application/json' }).write('{"job_id":');
          else
            json(res, {
              url,
              job_id: `job-${url?.split('/').at(-1) === 'a' ? 'ok' : url?.split('/').at(-1)}`,
            });
        });
      },
      '/save/status/job-missing': (_, res) =>
        json(res, {
          status: 'error',
          status_ext: 'error:not-found',
          message: 'The server cannot find the page.',
        }),
      '/save/status/job-forever': pending,
    },
    {
      '/save/status/job-ok': [
        pending,
        (_, res) =>
          json(res, {
            status: 'success',
            timestamp: '20261130101500',
            original_url: 'https://example.org/a',
          }),
      ],
    },
  );
});
afterAll(() => spn.close());

const options = (keys = 'key:secret') => ({
  saveBase: `${spn.origin}/save/`,
  waybackBase: 'https://web.archive.org',
  keys,
  poll: { everyMs: 5000, times: 3 },
});

describe('Save Page Now with keys (the SPN2 API)', () => {
  test('posts the URL with the keys, waits while the job is pending, and reads the capture', async () => {
    const policy = testPolicy();
    expect(await requestCapture('https://example.org/a', options(), policy)).toEqual({
      ok: true,
      archived: {
        url: 'https://web.archive.org/web/20261130101500/https://example.org/a',
        date: '2026-11-30',
      },
    });
    expect(asked.at(-1)).toEqual({ url: 'https://example.org/a', authorization: 'LOW key:secret' });
    expect(policy.slept).toEqual([5000, 5000]);
  });

  test('a failed job gives SPN2’s own reason', async () => {
    expect(await requestCapture('https://example.org/missing', options(), testPolicy())).toEqual({
      ok: false,
      reason: 'Save Page Now: error:not-found: The server cannot find the page.',
    });
  });

  test('a job still pending after the last check is given up, to be asked again next run', async () => {
    const policy = testPolicy();
    expect(await requestCapture('https://example.org/forever', options(), policy)).toEqual({
      ok: false,
      reason:
        "Save Page Now's job for https://example.org/forever was still pending after 3 checks; run again later",
    });
    expect(policy.slept).toEqual([5000, 5000, 5000]);
  });

  test('a reply body over the limit is not read whole, and one that stalls times out', async () => {
    expect(await requestCapture('https://example.org/huge', options(), testPolicy())).toEqual({
      ok: false,
      reason: 'Save Page Now answered HTTP 200 with more than 1048576 bytes; not read',
    });
    expect(
      await requestCapture(
        'https://example.org/stalled',
        options(),
        testPolicy({ timeoutMs: 300 }),
      ),
    ).toEqual({ ok: false, reason: 'Save Page Now did not answer in time' });
  });

  test('wrong keys are reported as such', async () => {
    expect(
      await requestCapture('https://example.org/a', options('key:wrong'), testPolicy()),
    ).toEqual({
      ok: false,
      reason: 'Save Page Now answered HTTP 401 without JSON; check CLAIMLENS_SPN_KEYS',
    });
  });
});
