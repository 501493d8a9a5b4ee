import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every `.html` file under a built site, as `/`-separated paths relative to it, sorted.
 *
 * @example
 *   htmlPages('dist') // ['actors/china/index.html', …, 'index.html']
 */
export function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The site path a built page answers at: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export function pagePath(file: string): string {
  return file === 'index.html'
    ? '/'
    : file.endsWith('/index.html')
      ? `/${file.slice(0, -'index.html'.length)}`
      : `/${file}`;
}
