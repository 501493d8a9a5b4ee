import { HostPacer } from '../../../../src/tools/sources/host-pacer.ts';
import type { FetchPolicy } from '../../../../src/tools/sources/polite-fetch.ts';

/**
 * A fetch policy for tests: a timeout no local reply comes near (tests of timeouts set a short
 * one), no pacing, and pauses that are recorded instead of
 * waited, so a test sees what Retry-After asked for without waiting for it.
 */
export function testPolicy(
  overrides: Partial<FetchPolicy> = {},
): FetchPolicy & { slept: number[] } {
  const slept: number[] = [];
  const sleep = (ms: number) => {
    slept.push(ms);
    return Promise.resolve();
  };
  return {
    timeoutMs: 30_000,
    pacer: new HostPacer(0, { sleep }),
    retries: 2,
    maxRetryAfterMs: 120_000,
    defaultRetryAfterMs: 10_000,
    userAgent: 'test',
    sleep,
    slept,
    ...overrides,
  };
}
