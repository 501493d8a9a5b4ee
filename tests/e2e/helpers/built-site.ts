import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The built site the e2e tests check: `SITE_DIR` as scripts/serve.ts reads it, else dist/. */
export const DIST = process.env['SITE_DIR'] ?? 'dist';

/** A built file's text. */
export const readDist = (path: string): string => readFileSync(join(DIST, path), 'utf8');

/** A built JSON file, parsed. */
export const readDistJson = (path: string): unknown => JSON.parse(readDist(path));

/** The origin of canonical URLs (astro.config.ts `site`), as the build wrote it into a schema's `$id`. */
export const SITE_ORIGIN = new URL(String((readDistJson('data/schema/articles.json') as { $id: string }).$id)).origin;

/** The names of the files in a built folder. */
export const listDist = (path: string): string[] => readdirSync(join(DIST, path));

/**
 * Why a canonical URL of this site does not resolve to a built file (and, in a page, to the
 * element its fragment names), or undefined when it does.
 */
export function unresolved(url: string): string | undefined {
  const { origin, pathname, hash } = new URL(url);
  if (origin !== SITE_ORIGIN) return `${url} is not on ${SITE_ORIGIN}`;
  const file = join(DIST, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) return `${url}: no built file ${file}`;
  // A fragment names an element of a page; in a data file (an annotation id) it names a record.
  if (hash && file.endsWith('.html') && !readFileSync(file, 'utf8').includes(` id="${decodeURIComponent(hash.slice(1))}"`)) return `${url}: ${file} has no element with id ${hash.slice(1)}`;
  return undefined;
}

/** Every string in a JSON value that is a URL of this site, with where it was found. */
export function siteUrlsIn(value: unknown, where = ''): [where: string, url: string][] {
  if (typeof value === 'string') {
    const inHtml = [...value.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');
    return [value, ...inHtml].filter((s) => s.startsWith(`${SITE_ORIGIN}/`)).map((url) => [where, url]);
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => siteUrlsIn(item, `${where}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => siteUrlsIn(item, `${where}.${key}`));
  return [];
}
