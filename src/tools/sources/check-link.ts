import { politeFetch, type FetchPolicy } from './polite-fetch.ts';

/** What became of a live link when it was fetched. */
export type LinkStatus =
  | { kind: 'alive'; status: number }
  | { kind: 'redirected'; status: number; to: string }
  /** 404, 410 or a server error: the page is gone or broken. */
  | { kind: 'dead'; status: number }
  /** Any other refusal (401, 403, 429 after the retries, 451…): a reader may still see the page. */
  | { kind: 'refused'; status: number }
  | { kind: 'timeout'; afterMs: number }
  /** No usable reply: a network failure or a malformed response. */
  | { kind: 'error'; detail: string };

/** Every kind of link status, in the order the report lists them. */
export const LINK_STATUS_KINDS = [
  'alive',
  'redirected',
  'dead',
  'refused',
  'timeout',
  'error',
] as const satisfies readonly LinkStatus['kind'][];

/**
 * Fetches a source's live URL, following redirects, and says what a reader would meet there.
 * Only the headers are read; the body is discarded.
 *
 * @example
 *   await checkLink('https://example.org/moved', policy)
 *   // { kind: 'redirected', status: 200, to: 'https://example.org/new' }
 */
export async function checkLink(url: string, policy: FetchPolicy): Promise<LinkStatus> {
  const outcome = await politeFetch(url, { redirect: 'follow' }, policy);
  if (outcome.kind === 'timeout') return { kind: 'timeout', afterMs: policy.timeoutMs };
  if (outcome.kind === 'error') return outcome;
  const { response } = outcome;
  await response.body?.cancel();
  const { status } = response;
  if (status === 404 || status === 410 || status >= 500) return { kind: 'dead', status };
  if (status >= 400) return { kind: 'refused', status };
  if (response.redirected && response.url !== url)
    return { kind: 'redirected', status, to: response.url };
  return { kind: 'alive', status };
}

/**
 * Where a reader can still find a dead source: its archived copy, or else the Wayback Machine's
 * list of captures of the URL.
 *
 * @example
 *   deadLinkSuggestion('https://example.org/a', undefined, 'https://web.archive.org')
 *   // 'https://web.archive.org/web/*\/https://example.org/a'
 */
export function deadLinkSuggestion(
  url: string,
  archived: string | undefined,
  waybackBase: string,
): string {
  return archived ?? `${waybackBase.replace(/\/$/u, '')}/web/*/${url}`;
}
