import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below `dir`, as paths relative to it with `/` separators. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every built HTML page of a site folder, as URL paths (`index.html` → its folder). */
export function htmlPages(dir: string): string[] {
  return filesUnder(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
}

/** The text of a built file. */
export function readBuilt(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}
