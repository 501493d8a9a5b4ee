import { Temporal } from 'temporal-polyfill';
import { ACCEPTED_ARCHIVES, isAcceptedArchiveUrl } from '../../analysis/archive-url.ts';
import type { Archived } from '../../analysis/schema/common.ts';
import { politeFetch, type FetchPolicy } from './polite-fetch.ts';

/** Where Save Page Now is asked and where its capture paths point. */
export interface SavePageNowOptions {
  /** The capture of `<url>` is asked at `<saveBase><url>`. */
  saveBase: string;
  /** Relative capture paths (`/web/<timestamp>/<url>`) are read against this origin. */
  waybackBase: string;
}

/** A capture, or why there is none. */
export type CaptureOutcome = { ok: true; archived: Archived } | { ok: false; reason: string };

/**
 * Asks the Wayback Machine's Save Page Now for a capture of `url`. The capture's address is read
 * from the reply's `Location` (a redirect, not followed) or `Content-Location` header, checked
 * against the accepted archive forms, and dated by its own timestamp (UTC).
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
): Promise<CaptureOutcome> {
  const outcome = await politeFetch(`${options.saveBase}${url}`, { redirect: 'manual' }, policy);
  if (outcome.kind === 'timeout')
    return { ok: false, reason: `Save Page Now did not answer within ${policy.timeoutMs} ms` };
  if (outcome.kind === 'error') return { ok: false, reason: `Save Page Now: ${outcome.detail}` };
  const { response } = outcome;
  await response.body?.cancel();
  const header =
    response.status >= 300 && response.status < 400
      ? response.headers.get('location')
      : response.status < 300
        ? response.headers.get('content-location')
        : null;
  if (header === null)
    return {
      ok: false,
      reason: `Save Page Now answered HTTP ${response.status} with no capture address; try again later`,
    };
  const capture = URL.canParse(header, options.waybackBase)
    ? new URL(header, options.waybackBase).href
    : header;
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
