/**
 * How long a `Retry-After` header asks to wait, in milliseconds: delay-seconds or an HTTP date
 * (RFC 9110 §10.2.3). Undefined when the header is absent or unreadable; never negative.
 *
 * @example
 *   retryAfterMs('120', Date.now()) // 120000
 *   retryAfterMs('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('2026-10-21T07:27:00Z')) // 60000
 */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/u.test(value)) return Number(value) * 1000;
  // Date.parse reads the IMF-fixdate the RFC prescribes (and its obsolete forms). Every HTTP date
  // names its month; V8 would also read bare numbers such as "1.5" as dates.
  const at = /[a-z]/iu.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
