import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The built sites whose open data is checked: the real one and the attack corpus's, when built. */
export const BUILT_SITES = ['dist', 'dist-attacks'].filter((dir) => existsSync(join(dir, 'data')));

/** Reading one built site folder. */
export interface BuiltSite {
  dir: string;
  /** The origin of canonical URLs (astro.config.ts `site`), as the build wrote it into a schema's `$id`. */
  origin: string;
  read: (path: string) => string;
  readJson: (path: string) => unknown;
  list: (path: string) => string[];
  /**
   * Why a canonical URL of this site does not resolve to a built file (and, in a page, to the
   * element its fragment names), or undefined when it does.
   */
  unresolved: (url: string) => string | undefined;
  /**
   * Every string in a JSON value (and every `href` in HTML strings) that is a URL of this site,
   * with where it was found.
   */
  siteUrlsIn: (value: unknown, where?: string) => [where: string, url: string][];
}

/**
 * Helpers over a built site folder such as `dist`.
 *
 * @example
 *   builtSite('dist').readJson('data/claims.json')
 */
export function builtSite(dir: string): BuiltSite {
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  const readJson = (path: string): unknown => JSON.parse(read(path));
  const origin = new URL(String((readJson('data/schema/articles.json') as { $id: string }).$id))
    .origin;

  const unresolved = (url: string): string | undefined => {
    const { origin: at, pathname, hash } = new URL(url);
    if (at !== origin) return `${url} is not on ${origin}`;
    const file = join(
      dir,
      decodeURIComponent(pathname),
      pathname.endsWith('/') ? 'index.html' : '',
    );
    if (!existsSync(file)) return `${url}: no built file ${file}`;
    // A fragment names an element of a page; in a data file (an annotation id) it names a record.
    if (
      hash &&
      file.endsWith('.html') &&
      !readFileSync(file, 'utf8').includes(` id="${decodeURIComponent(hash.slice(1))}"`)
    )
      return `${url}: ${file} has no element with id ${hash.slice(1)}`;
    return undefined;
  };

  const siteUrlsIn = (value: unknown, where = ''): [string, string][] => {
    if (typeof value === 'string') {
      const inHtml = [...value.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');
      return [value, ...inHtml]
        .filter((s) => s.startsWith(`${origin}/`))
        .map((url) => [where, url]);
    }
    if (Array.isArray(value)) return value.flatMap((item, i) => siteUrlsIn(item, `${where}[${i}]`));
    if (value && typeof value === 'object')
      return Object.entries(value).flatMap(([key, item]) => siteUrlsIn(item, `${where}.${key}`));
    return [];
  };

  return {
    dir,
    origin,
    read,
    readJson,
    list: (path) => readdirSync(join(dir, path)),
    unresolved,
    siteUrlsIn,
  };
}
