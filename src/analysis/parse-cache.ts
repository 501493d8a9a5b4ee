import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, ArticleEvent, Claim } from './schema/entries.ts';

/** What parsing one valid article yields; only valid articles are cached. */
interface CachedArticle {
  article: Article;
  claims: Claim[];
  events: ArticleEvent[];
}

/** Somewhere to keep parse results between builds. */
export interface ParseCache {
  get(key: string): CachedArticle | undefined;
  set(key: string, value: CachedArticle): void;
}

/** A hex digest of the given parts. */
export function digest(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/**
 * A digest of the parser's own source (src/analysis and src/markdown), so a code change
 * invalidates every cached result.
 */
export function codeDigest(): string {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const files = ['analysis', 'markdown'].flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => join(root, folder, name)),
  );
  return digest(...files.map((file) => readFileSync(file, 'utf8')));
}

/**
 * A cache of one JSON file per article under `dir`. A corrupt or unreadable entry is a miss,
 * never an error: the article is simply parsed again.
 */
export function diskCache(dir: string): ParseCache {
  mkdirSync(dir, { recursive: true });
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as CachedArticle;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      writeFileSync(join(dir, `${key}.json`), JSON.stringify(value));
    },
  };
}
