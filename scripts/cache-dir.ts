import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { DEFAULT_CONTENT_DIR } from '../src/analysis/content-dir.ts';

/**
 * Astro's cache folder for a build: `ASTRO_CACHE_DIR` if set, else one per content folder under
 * node_modules/.astro/ (the default folder for `content/`).
 */
export function cacheDirFor(explicit: string | undefined, content: string | undefined): string {
  if (explicit) return explicit;
  if (!content || resolve(content) === resolve(DEFAULT_CONTENT_DIR)) return './node_modules/.astro';
  return `./node_modules/.astro-content/${folderId(content)}`;
}

/** A short name for a folder, the same wherever it is given from: a hash of its absolute path. */
export const folderId = (path: string): string =>
  createHash('sha256').update(resolve(path)).digest('hex').slice(0, 16);
