/**
 * Whether a URL from content may be put in an `href`: absolute `http:`/`https:` only.
 * Parsing goes through WHATWG `URL`, so case, whitespace and entity tricks
 * (`JaVaScRiPt:`, `java\tscript:`) are normalised before the scheme is read.
 *
 * @example
 *   isSafeUrl('https://example.org/') // true
 *   isSafeUrl('javascript:alert(1)')  // false
 */
export function isSafeUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'https:' || protocol === 'http:';
}
