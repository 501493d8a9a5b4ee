/**
 * The canonical, absolute URL of a site path: the site's origin plus a path from
 * src/analysis/urls.ts, with an optional fragment.
 *
 * @example
 *   siteUrl(new URL('https://claimlens.example'), '/articles/seed/', 'claim-x')
 *   // 'https://claimlens.example/articles/seed/#claim-x'
 */
export function siteUrl(site: URL, path: string, fragment?: string): string {
  const url = new URL(path, site);
  if (fragment !== undefined) url.hash = fragment;
  return url.href;
}
