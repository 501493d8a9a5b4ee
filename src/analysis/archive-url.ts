/** The archive forms a source's `archived.url` may take, as written in error messages and docs. */
export const ACCEPTED_ARCHIVES = [
  'https://web.archive.org/web/<timestamp>/<url>',
  'https://archive.today/…',
  'https://archive.ph/…',
  'https://archive.is/…',
  'https://perma.cc/…',
] as const;

/** archive.today and the mirrors it serves the same captures from. */
const ARCHIVE_TODAY_HOSTS = new Set(['archive.today', 'archive.ph', 'archive.is']);

/** A Wayback Machine path: a 4–14 digit timestamp, an optional mode flag (`id_`), then an http(s) URL. */
const WAYBACK_PATH = /^\/web\/\d{4,14}(?:[a-z]{2}_)?\/(https?:\/\/.+)$/u;

/**
 * Whether `value` is a capture in an archive readers can trust to keep it: the Wayback Machine,
 * archive.today (and its mirrors) or perma.cc, over https, pointing at a capture rather than the home page.
 *
 * @example
 *   isAcceptedArchiveUrl('https://web.archive.org/web/20260116093000/https://example.org/a') // true
 *   isAcceptedArchiveUrl('https://archive.ph/AbC12') // true
 *   isAcceptedArchiveUrl('https://example.org/copy') // false
 */
export function isAcceptedArchiveUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return false;
  const rest = url.pathname + url.search;
  if (url.hostname === 'web.archive.org') {
    const inner = WAYBACK_PATH.exec(rest)?.[1];
    return inner !== undefined && URL.canParse(inner);
  }
  if (ARCHIVE_TODAY_HOSTS.has(url.hostname) || url.hostname === 'perma.cc') return rest.length > 1;
  return false;
}

/**
 * The page a Wayback Machine capture address is a copy of, or undefined for any other address.
 *
 * @example
 *   waybackTarget('https://web.archive.org/web/20260116093000/https://example.org/a') // 'https://example.org/a'
 */
export function waybackTarget(value: string): string | undefined {
  if (!isAcceptedArchiveUrl(value)) return undefined;
  const url = new URL(value);
  return url.hostname === 'web.archive.org'
    ? WAYBACK_PATH.exec(url.pathname + url.search)?.[1]
    : undefined;
}
