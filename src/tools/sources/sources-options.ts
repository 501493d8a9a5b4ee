import { ToolError } from '../tool-error.ts';
import { HostPacer, type Sleep } from './host-pacer.ts';
import type { FetchPolicy } from './polite-fetch.ts';
import type { SavePageNowOptions } from './save-page-now.ts';

/** The flags of `npm run sources`, as `parseArgs` gives them. */
interface SourcesFlags {
  timeout?: string | undefined;
  'per-host-ms'?: string | undefined;
  retries?: string | undefined;
  concurrency?: string | undefined;
  'save-base'?: string | undefined;
  'wayback-base'?: string | undefined;
  'allow-private-redirects'?: boolean | undefined;
}

/** Everything the network steps need, from flags, else the environment, else the defaults. */
interface SourcesSettings {
  check: FetchPolicy;
  /** Save Page Now takes long to capture a page, so it gets its own, longer timeout. */
  archive: FetchPolicy;
  save: SavePageNowOptions;
  waybackBase: string;
  concurrency: number;
}

/** The real services and polite defaults. */
export const SOURCES_DEFAULTS = {
  timeoutMs: 15_000,
  saveTimeoutMs: 120_000,
  perHostMs: 1_000,
  retries: 2,
  concurrency: 4,
  saveBase: 'https://web.archive.org/save/',
  waybackBase: 'https://web.archive.org',
  maxRetryAfterMs: 120_000,
  defaultRetryAfterMs: 10_000,
} as const;

const USER_AGENT = 'claimlens-sources/0.1 (checks the sources a fact-check cites)';

/**
 * Reads the network settings: each flag, else its environment variable (`CLAIMLENS_TIMEOUT_MS`,
 * `CLAIMLENS_PER_HOST_MS`, `CLAIMLENS_SAVE_BASE`, `CLAIMLENS_WAYBACK_BASE`), else the default.
 * `--timeout` applies to Save Page Now too when given. Save Page Now's keys come from the
 * environment only (`CLAIMLENS_SPN_KEYS`), so they stay out of shell history and process lists.
 *
 * @example
 *   sourcesSettings({ timeout: '200', 'save-base': 'http://127.0.0.1:8080/save/' }, {}).check.timeoutMs // 200
 */
export function sourcesSettings(
  flags: SourcesFlags,
  env: Readonly<Record<string, string | undefined>>,
  clock: { sleep?: Sleep; now?: () => number } = {},
): SourcesSettings {
  const timeout = flags.timeout ?? env['CLAIMLENS_TIMEOUT_MS'];
  const timeoutMs = count('--timeout', timeout, SOURCES_DEFAULTS.timeoutMs);
  const perHostMs = count(
    '--per-host-ms',
    flags['per-host-ms'] ?? env['CLAIMLENS_PER_HOST_MS'],
    SOURCES_DEFAULTS.perHostMs,
    0,
  );
  const pacer = new HostPacer(perHostMs, clock);
  const policy: FetchPolicy = {
    timeoutMs,
    pacer,
    retries: count('--retries', flags.retries, SOURCES_DEFAULTS.retries, 0),
    maxRetryAfterMs: SOURCES_DEFAULTS.maxRetryAfterMs,
    defaultRetryAfterMs: SOURCES_DEFAULTS.defaultRetryAfterMs,
    userAgent: USER_AGENT,
    allowPrivateRedirects: flags['allow-private-redirects'] === true,
    ...(clock.sleep ? { sleep: clock.sleep } : {}),
  };
  const saveBase = base(
    '--save-base',
    flags['save-base'] ?? env['CLAIMLENS_SAVE_BASE'] ?? SOURCES_DEFAULTS.saveBase,
  );
  const waybackBase = base(
    '--wayback-base',
    flags['wayback-base'] ?? env['CLAIMLENS_WAYBACK_BASE'] ?? SOURCES_DEFAULTS.waybackBase,
  );
  const keys = env['CLAIMLENS_SPN_KEYS'];
  // The keys are a secret: never echoed, not even in the error.
  if (keys !== undefined && !/^[^\s:]+:[^\s:]+$/u.test(keys))
    throw new ToolError(
      'CLAIMLENS_SPN_KEYS must be an archive.org S3 key pair written access:secret',
    );
  return {
    check: policy,
    archive: {
      ...policy,
      timeoutMs: timeout === undefined ? SOURCES_DEFAULTS.saveTimeoutMs : timeoutMs,
    },
    save: { saveBase, waybackBase, ...(keys === undefined ? {} : { keys }) },
    waybackBase,
    concurrency: count('--concurrency', flags.concurrency, SOURCES_DEFAULTS.concurrency),
  };
}

/** A whole number of at least `min`, or the default when not given. */
function count(flag: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/u.test(value) || Number(value) < min)
    throw new ToolError(
      `${flag} must be a whole number${min > 0 ? ` of at least ${min}` : ''}, not ${JSON.stringify(value)}`,
    );
  return Number(value);
}

/** An http(s) base URL. */
function base(flag: string, value: string): string {
  if (!URL.canParse(value) || !/^https?:$/u.test(new URL(value).protocol))
    throw new ToolError(`${flag} must be an http(s) URL, not ${JSON.stringify(value)}`);
  return value;
}
