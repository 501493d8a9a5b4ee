import { discard, politeFetch, type FetchPolicy } from './polite-fetch.ts';
import { privateAddress } from './private-address.ts';

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

/** The most redirects followed from one source URL. */
export const MAX_REDIRECTS = 10;

/**
 * Fetches a source's live URL, following redirects one by one, and says what a reader would meet
 * there. Only the headers are read; the body is discarded. A redirect to another host in a
 * loopback, link-local or private range is not followed (unless the policy allows it): a public
 * page could otherwise make the tool report what a local service answers.
 *
 * @example
 *   await checkLink('https://example.org/moved', policy)
 *   // { kind: 'redirected', status: 200, to: 'https://example.org/new' }
 */
export async function checkLink(url: string, policy: FetchPolicy): Promise<LinkStatus> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const outcome = await politeFetch(current, { redirect: 'manual' }, policy);
    if (outcome.kind === 'timeout') return { kind: 'timeout', afterMs: policy.timeoutMs };
    if (outcome.kind === 'error') return outcome;
    const { response } = outcome;
    await discard(response);
    const { status } = response;
    const location = response.headers.get('location');
    if (status >= 300 && status < 400 && location !== null) {
      const next = await redirectTarget(url, current, location, policy);
      if (typeof next !== 'string') return next;
      current = next;
      continue;
    }
    if (status === 404 || status === 410 || status >= 500) return { kind: 'dead', status };
    if (status >= 400) return { kind: 'refused', status };
    if (current !== url) return { kind: 'redirected', status, to: current };
    return { kind: 'alive', status };
  }
  return { kind: 'error', detail: `more than ${MAX_REDIRECTS} redirects from ${url}` };
}

/** Where a redirect leads, or why it is not followed. */
async function redirectTarget(
  start: string,
  current: string,
  location: string,
  policy: FetchPolicy,
): Promise<string | LinkStatus> {
  if (!URL.canParse(location, current))
    return {
      kind: 'error',
      detail: `redirected to ${JSON.stringify(location)}, which is not a URL`,
    };
  const next = new URL(location, current);
  if (next.protocol !== 'http:' && next.protocol !== 'https:')
    return { kind: 'error', detail: `redirected to a ${next.protocol} URL, not followed` };
  if (policy.allowPrivateRedirects || next.host === new URL(start).host) return next.href;
  const hit = await privateAddress(next.hostname);
  if (!hit) return next.href;
  return {
    kind: 'error',
    detail:
      `redirected to ${next.href}, a ${hit.range} address (${hit.address}); not followed ` +
      '(--allow-private-redirects follows it)',
  };
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
