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
  /** Follow a redirect into a loopback, link-local or private address (`--allow-private-redirects`). */
  allowPrivateRedirects?: boolean | undefined;
}

/** The most bytes of a reply the tool reads: an archive's JSON status is a few hundred. */
const MAX_BODY_BYTES = 1024 * 1024;

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
      await discard(response);
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

/** Drops a reply's body unread; a body that fails meanwhile (its timeout, say) is no matter. */
export async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Nothing was to be read from it.
  }
}

/** A reply's body as text, or why it was not read: too large, its timeout, or a failure. */
type BodyOutcome =
  | { kind: 'body'; text: string }
  | { kind: 'too-large'; limit: number }
  | { kind: 'timeout' }
  | { kind: 'error'; detail: string };

/**
 * Reads a reply's body up to `limit` bytes and stops there: a reply that runs on is cancelled
 * rather than held in memory. The request's timeout still runs while the body is read; it and
 * any failure come back as outcomes, never as a throw.
 *
 * @example
 *   await readBody(response) // { kind: 'body', text: '{"job_id":"…"}' }
 */
export async function readBody(response: Response, limit = MAX_BODY_BYTES): Promise<BodyOutcome> {
  if (Number(response.headers.get('content-length') ?? 0) > limit) {
    await discard(response);
    return { kind: 'too-large', limit };
  }
  const reader = response.body?.getReader();
  if (!reader) return { kind: 'body', text: '' };
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      size += part.value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return { kind: 'too-large', limit };
      }
      chunks.push(part.value);
    }
  } catch (error) {
    return failure(error) as BodyOutcome;
  }
  return { kind: 'body', text: new TextDecoder().decode(Buffer.concat(chunks)) };
}
