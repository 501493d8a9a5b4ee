import type { Loader, LoaderContext } from 'astro/loaders';
import { loadCorpus, type Corpus } from '../analysis/load-corpus.ts';
import { diskCache } from '../analysis/parse-cache.ts';

/** The content folder, relative to the project root; `CLAIMLENS_CONTENT` points builds elsewhere (benchmarks, fixtures). */
export const contentDir = (): string => process.env['CLAIMLENS_CONTENT'] ?? 'content';

let cached: Corpus | undefined;
/** How many collections this module fills, and how many have been filled once. */
let collections = 0;
let filled = 0;

/** Parse results kept between builds, so a rebuild re-parses only the articles that changed. */
const parseCache = diskCache(process.env['CLAIMLENS_CACHE'] ?? 'node_modules/.cache/claimlens');

/**
 * The corpus, parsed once per build however many collections ask for it: all four loaders
 * run in one process and share this module.
 */
function corpus(): Corpus {
  cached ??= loadCorpus(contentDir(), parseCache);
  return cached;
}

/** A collection entry: its key in the collection and the typed record it stores. */
type Entry = { key: string; data: Record<string, unknown> };

/**
 * A loader that fills one collection from the shared corpus. In dev, a change under the content
 * folder drops the cache and reloads.
 *
 * @example
 *   defineCollection({ loader: corpusLoader('actors', (c) => c.actors.map((a) => ({ key: a.id, data: a }))), schema })
 */
export function corpusLoader(name: string, select: (corpus: Corpus) => Entry[]): Loader {
  collections += 1;
  return {
    name: `claimlens-${name}`,
    load: async (context: LoaderContext) => {
      const fill = async () => {
        const entries = select(corpus());
        const current = new Set(entries.map((entry) => entry.key));
        for (const key of context.store.keys()) if (!current.has(key)) context.store.delete(key);
        for (const { key, data: raw } of entries) {
          // The store survives between builds: an unchanged entry is neither validated nor written again.
          const digest = context.generateDigest(raw);
          if (context.store.get(key)?.digest === digest) continue;
          const data = await context.parseData({ id: key, data: raw });
          context.store.set({ id: key, data, digest });
        }
      };
      await fill();
      // A build needs the parsed corpus no longer once every collection is filled: the pages read
      // the collections. Dropping it keeps a 1,000-article build's peak memory lower. The dev
      // server keeps it for the next change.
      filled += 1;
      if (filled === collections && !context.watcher) cached = undefined;
      context.watcher?.on('change', async (path) => {
        if (!path.includes(contentDir())) return;
        cached = undefined;
        await fill();
      });
    },
  };
}
