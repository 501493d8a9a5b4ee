import { HostPacer, realSleep, type Sleep } from './host-pacer.ts';
import { retryAfterMs } from './retry-after.ts';

/** How the sources tool talks to other servers. */
export interface FetchPolicy {
  /** One request's limit, headers and redirects included. */
  timeoutMs: number;
  /** Requests to one host are at least this far apart. */
  pacer: HostPacer;
  /** How many times a 429 reply is retried after the pause it asks for. */
  retries: number;
  /** The longest pause a 429's Retry-After may ask for; a longer one is not waited out. */
  maxRetryAfterMs: number;
  /** The pause after a 429 without a readable Retry-After. */
  defaultRetryAfterMs: number;
  sleep?: Sleep;
  userAgent: string;
}

/** A reply, or why there was none. */
type FetchOutcome =
  | { kind: 'response'; response: Response; retried: number }
  | { kind: 'timeout' }
  | { kind: 'error'; detail: string };

/**
 * Fetches `url` politely: paced per host, with a timeout, and on a 429 reply waits as long as its
 * Retry-After says (up to `maxRetryAfterMs`) before a bounded number of retries. The caller reads
 * or cancels the body.
 *
 * @example
 *   const outcome = await politeFetch('https://example.org/', { redirect: 'follow' }, policy)
 */
export async function politeFetch(
  url: string,
  init: {
    redirect: 'follow' | 'manual';
    method?: 'GET' | 'POST';
    headers?: Record<string, string>;
    body?: URLSearchParams;
  },
  policy: FetchPolicy,
): Promise<FetchOutcome> {
  const host = URL.canParse(url) ? new URL(url).host : url;
  const sleep = policy.sleep ?? realSleep;
  return policy.pacer.run(host, async () => {
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          redirect: init.redirect,
          method: init.method ?? 'GET',
          signal: AbortSignal.timeout(policy.timeoutMs),
          headers: { 'user-agent': policy.userAgent, ...init.headers },
          ...(init.body ? { body: init.body } : {}),
        });
      } catch (error) {
        return failure(error);
      }
      if (response.status !== 429 || attempt >= policy.retries)
        return { kind: 'response', response, retried: attempt };
      const asked = retryAfterMs(response.headers.get('retry-after'), Date.now());
      await response.body?.cancel();
      if (asked !== undefined && asked > policy.maxRetryAfterMs)
        return {
          kind: 'error',
          detail: `rate-limited: the server asks to wait ${Math.ceil(asked / 1000)} s, longer than allowed`,
        };
      await sleep(asked ?? policy.defaultRetryAfterMs);
    }
  });
}

/** A failed fetch as a timeout or an error with its cause (undici's reason is on `cause`). */
function failure(error: unknown): FetchOutcome {
  if (error instanceof Error && error.name === 'TimeoutError') return { kind: 'timeout' };
  if (error instanceof Error) {
    const cause: unknown = error.cause;
    const detail = cause instanceof Error ? cause.message : error.message;
    return { kind: 'error', detail };
  }
  return { kind: 'error', detail: String(error) };
}
