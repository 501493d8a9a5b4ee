import { Temporal } from 'temporal-polyfill';
import {
  ACCEPTED_ARCHIVES,
  isAcceptedArchiveUrl,
  waybackTarget,
} from '../../analysis/archive-url.ts';
import type { Archived } from '../../analysis/schema/common.ts';
import { realSleep } from './host-pacer.ts';
import { discard, politeFetch, readBody, type FetchPolicy } from './polite-fetch.ts';

/** Where Save Page Now is asked and where its capture paths point. */
export interface SavePageNowOptions {
  /** The capture of `<url>` is asked at `<saveBase><url>`. */
  saveBase: string;
  /** Relative capture paths (`/web/<timestamp>/<url>`) are read against this origin. */
  waybackBase: string;
  /**
   * An archive.org account's S3 keys (`access:secret`): with them the capture is asked through
   * the authenticated SPN2 API (`POST <saveBase>`, then its status until done).
   */
  keys?: string;
  /** How often the SPN2 status is asked, and how many times at most. */
  poll?: { everyMs: number; times: number };
}

/** What a capture must be to be taken: of the page asked for, dated no later than today. */
interface CaptureCheck {
  /** The source's own date (YYYY-MM-DD): a copy cannot be older than the page. */
  notBefore?: string | undefined;
  /** Today, UTC (YYYY-MM-DD); the clock's when not given. */
  today?: string | undefined;
}

/** A capture, or why there is none. */
type CaptureOutcome = { ok: true; archived: Archived } | { ok: false; reason: string };

/**
 * Asks the Wayback Machine's Save Page Now for a capture of `url`. Without keys, the capture's
 * address is read from the reply's `Location` (a redirect, not followed) or `Content-Location`
 * header; with keys, from the SPN2 job's status. Either way it must be one of the accepted archive
 * forms, and it is dated by its own timestamp (UTC).
 *
 * @example
 *   const save = { saveBase: 'https://web.archive.org/save/', waybackBase: 'https://web.archive.org' }
 *   await requestCapture('https://example.org/a', save, policy)
 *   // { ok: true, archived: { url: 'https://web.archive.org/web/20261130101500/https://example.org/a',
 *   //   date: '2026-11-30' } }
 */
export async function requestCapture(
  url: string,
  options: SavePageNowOptions,
  policy: FetchPolicy,
  check: CaptureCheck = {},
): Promise<CaptureOutcome> {
  const taken = (capture: CaptureOutcome): CaptureOutcome =>
    capture.ok ? checkCapture(capture.archived, url, check) : capture;
  if (options.keys !== undefined)
    return taken(await requestCaptureWithKeys(url, options, options.keys, policy));
  const outcome = await politeFetch(`${options.saveBase}${url}`, { redirect: 'manual' }, policy);
  if (outcome.kind === 'timeout')
    return { ok: false, reason: `Save Page Now did not answer within ${policy.timeoutMs} ms` };
  if (outcome.kind === 'error') return { ok: false, reason: `Save Page Now: ${outcome.detail}` };
  const { response } = outcome;
  await discard(response);
  const header =
    response.status >= 300 && response.status < 400
      ? response.headers.get('location')
      : response.status < 300
        ? response.headers.get('content-location')
        : null;
  if (header === null)
    return {
      ok: false,
      reason:
        `Save Page Now answered HTTP ${response.status} with no capture address; try again later` +
        (response.status === 200 ? ' (or set CLAIMLENS_SPN_KEYS to use the SPN2 API)' : ''),
    };
  return taken(
    captureAt(
      URL.canParse(header, options.waybackBase)
        ? new URL(header, options.waybackBase).href
        : header,
    ),
  );
}

/** A page's address as compared for sameness: host without `www.`, path without a final `/`, query. */
const pageKey = (value: string): string | undefined => {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  return `${url.hostname.replace(/^www\./u, '')}${url.pathname.replace(/\/$/u, '')}${url.search}`;
};

/**
 * A capture checked against what was asked: a copy of another page, one dated after today, or
 * one older than the source itself is refused, whatever the archive service says.
 */
function checkCapture(archived: Archived, url: string, check: CaptureCheck): CaptureOutcome {
  const today = check.today ?? Temporal.Now.plainDateISO('UTC').toString();
  const target = waybackTarget(archived.url);
  if (target === undefined || pageKey(target) !== pageKey(url))
    return {
      ok: false,
      reason: `Save Page Now gave ${JSON.stringify(archived.url)}, a copy of another page than ${url}; not written`,
    };
  if (archived.date > today)
    return {
      ok: false,
      reason: `Save Page Now gave a capture dated ${archived.date}, after today (${today}); not written`,
    };
  if (check.notBefore !== undefined && archived.date < check.notBefore)
    return {
      ok: false,
      reason:
        `Save Page Now gave a capture dated ${archived.date}, before the source's own date ` +
        `(${check.notBefore}); not written`,
    };
  return { ok: true, archived };
}

/** What the SPN2 API answers, as far as it is read here. */
interface Spn2Reply {
  job_id?: unknown;
  status?: unknown;
  timestamp?: unknown;
  original_url?: unknown;
  message?: unknown;
  status_ext?: unknown;
}

/** The SPN2 flow: ask for a capture job, then its status until it succeeds, fails or time runs out. */
async function requestCaptureWithKeys(
  url: string,
  options: SavePageNowOptions,
  keys: string,
  policy: FetchPolicy,
): Promise<CaptureOutcome> {
  const headers = { accept: 'application/json', authorization: `LOW ${keys}` };
  const endpoint = options.saveBase.replace(/\/+$/u, '');
  const job = await jsonOf(
    await politeFetch(
      endpoint,
      { redirect: 'manual', method: 'POST', headers, body: new URLSearchParams({ url }) },
      policy,
    ),
  );
  if (!job.ok) return job;
  if (typeof job.reply.job_id !== 'string') return { ok: false, reason: spn2Failure(job.reply) };
  const poll = options.poll ?? { everyMs: 5000, times: 24 };
  for (let time = 0; time < poll.times; time++) {
    await (policy.sleep ?? realSleep)(poll.everyMs);
    const status = await jsonOf(
      await politeFetch(
        `${endpoint}/status/${encodeURIComponent(job.reply.job_id)}`,
        { redirect: 'manual', headers },
        policy,
      ),
    );
    if (!status.ok) return status;
    const { reply } = status;
    if (reply.status === 'pending') continue;
    if (
      reply.status === 'success' &&
      typeof reply.timestamp === 'string' &&
      typeof reply.original_url === 'string'
    )
      return captureAt(
        `${options.waybackBase.replace(/\/+$/u, '')}/web/${reply.timestamp}/${reply.original_url}`,
      );
    return { ok: false, reason: spn2Failure(reply) };
  }
  return {
    ok: false,
    reason: `Save Page Now's job for ${url} was still pending after ${poll.times} checks; run again later`,
  };
}

/** A fetch outcome's JSON body, or why there is none. */
async function jsonOf(
  outcome: Awaited<ReturnType<typeof politeFetch>>,
): Promise<{ ok: true; reply: Spn2Reply } | { ok: false; reason: string }> {
  if (outcome.kind === 'timeout')
    return { ok: false, reason: 'Save Page Now did not answer in time' };
  if (outcome.kind === 'error') return { ok: false, reason: `Save Page Now: ${outcome.detail}` };
  const { response } = outcome;
  const body = await readBody(response);
  if (body.kind === 'timeout') return { ok: false, reason: 'Save Page Now did not answer in time' };
  if (body.kind === 'error') return { ok: false, reason: `Save Page Now: ${body.detail}` };
  if (body.kind === 'too-large')
    return {
      ok: false,
      reason: `Save Page Now answered HTTP ${response.status} with more than ${body.limit} bytes; not read`,
    };
  try {
    const reply: unknown = JSON.parse(body.text);
    if (typeof reply === 'object' && reply !== null) return { ok: true, reply };
  } catch {
    // Not JSON: reported below with the status.
  }
  const hint =
    response.status === 401 || response.status === 403 ? '; check CLAIMLENS_SPN_KEYS' : '';
  return {
    ok: false,
    reason: `Save Page Now answered HTTP ${response.status} without JSON${hint}`,
  };
}

/** SPN2's own words for a failure. */
const spn2Failure = (reply: Spn2Reply): string =>
  `Save Page Now: ${[reply.status_ext, reply.message].filter((v) => typeof v === 'string').join(': ') || 'no capture'}`;

/** An address Save Page Now gave, checked and dated. */
function captureAt(capture: string): CaptureOutcome {
  const date = captureDay(capture);
  if (!isAcceptedArchiveUrl(capture) || date === undefined)
    return {
      ok: false,
      reason: `Save Page Now gave ${JSON.stringify(capture)}, not one of: ${ACCEPTED_ARCHIVES.join(', ')}`,
    };
  return { ok: true, archived: { url: capture, date } };
}

/** The UTC day of a Wayback capture from its `/web/<yyyymmdd…>/` timestamp, if it has a full one. */
function captureDay(capture: string): string | undefined {
  const stamp = /\/web\/(\d{4})(\d{2})(\d{2})\d{0,6}(?:[a-z]{2}_)?\//u.exec(capture);
  if (!stamp) return undefined;
  try {
    const [year = 0, month = 0, day = 0] = stamp.slice(1).map(Number);
    return Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' }).toString();
  } catch {
    return undefined;
  }
}
