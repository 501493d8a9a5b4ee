import type { Loader, LoaderContext } from 'astro/loaders';
import { loadCorpus, type Corpus } from '../analysis/load-corpus.ts';
import { diskCache } from '../analysis/parse-cache.ts';
import { cacheDir, contentDirFrom } from '../analysis/content-dir.ts';
import { ContentError, formatMessages } from '../analysis/content-error.ts';
import { draftLine, publishedOnly } from '../analysis/published.ts';
import { onChanges, publishCorpus, setContentStatus } from '../dev/content-status.ts';
import { LiveCorpus } from './live-corpus.ts';

let cached: Corpus | undefined;
/** How many collections this module fills, and how many have been filled once. */
let collections = 0;
let filled = 0;

/** Parse results kept between builds, so a rebuild re-parses only the articles that changed. */
const parseCache = diskCache(cacheDir());

/**
 * The corpus a build publishes, parsed once per build however many collections ask for it: all
 * four loaders run in one process and share this module. Drafts are left out, each named once.
 */
function corpus(): Corpus {
  if (cached) return cached;
  const { corpus, drafts } = publishedOnly(loadCorpus(contentDirFrom(), parseCache));
  for (const draft of drafts) console.log(draftLine(draft));
  cached = corpus;
  return cached;
}

/** A collection entry: its key in the collection and the typed record it stores. */
type Entry = { key: string; data: Record<string, unknown> };

/** Writes one collection's entries into its store, touching only what changed. */
async function fill(context: LoaderContext, entries: Entry[]) {
  const current = new Set(entries.map((entry) => entry.key));
  for (const key of context.store.keys()) if (!current.has(key)) context.store.delete(key);
  for (const { key, data: raw } of entries) {
    // The store survives between builds: an unchanged entry is neither validated nor written again.
    const digest = context.generateDigest(raw);
    if (context.store.get(key)?.digest === digest) continue;
    const data = await context.parseData({ id: key, data: raw });
    context.store.set({ id: key, data, digest });
  }
}

/**
 * A loader that fills one collection from the shared corpus. In dev, every collection is filled
 * from one live corpus that re-reads only the files that change (see `dev` below).
 *
 * @example
 *   defineCollection({ loader: corpusLoader('actors', (c) => c.actors.map((a) => ({ key: a.id, data: a }))), schema })
 */
export function corpusLoader(name: string, select: (corpus: Corpus) => Entry[]): Loader {
  collections += 1;
  return {
    name: `claimlens-${name}`,
    load: async (context: LoaderContext) => {
      if (context.watcher) return dev.register(context, select);
      await fill(context, select(corpus()));
      // A build needs the parsed corpus no longer once every collection is filled: the pages read
      // the collections. Dropping it keeps a 1,000-article build's peak memory lower.
      filled += 1;
      if (filled === collections) cached = undefined;
    },
  };
}

/**
 * The dev server's side: one live corpus for the four collections, parsed at start and then
 * updated by the dev integration (src/integrations/dev-content/), which watches the content
 * folder and hands over the changed paths: one parse per change, however many collections.
 * The pages read the live corpus itself (src/site/site-data.ts), so a change shows on the next
 * request; the collections are filled at start only. Filling them on every change would have
 * Astro write and re-import its whole store (seconds at a few hundred articles) and send a
 * second reload some time after ours. Drafts are kept, to be shown with what they still lack.
 * Content problems, at start or later, are recorded for the integration and the pages to show
 * in the browser, instead of thrown; every file that parses keeps rendering meanwhile.
 */
const dev = new (class {
  #live: LiveCorpus | undefined;
  #good: Corpus = { articles: [], claims: [], events: [], actors: [] };

  async register(context: LoaderContext, select: (corpus: Corpus) => Entry[]) {
    if (!this.#live) {
      this.#live = new LiveCorpus(contentDirFrom(), parseCache);
      this.#live.load();
      this.#publish(context);
      onChanges((paths) => {
        if (!this.#live!.update(paths).changed) return false;
        this.#publish(context);
        return true;
      });
    }
    await fill(context, select(this.#good));
  }

  /** Takes every file that parsed and records the others' problems; the terminal hears of each list once. */
  #publish(context: LoaderContext) {
    const { corpus, failing } = this.#live!.current();
    this.#good = corpus;
    publishCorpus(corpus);
    if (failing.length === 0) {
      if (setContentStatus({ problems: [], articles: [] }))
        context.logger.info('content problems fixed');
      return;
    }
    const error = new ContentError(failing);
    const problems = formatMessages(failing).split('\n');
    const articles = failing.flatMap((file) =>
      file.dirname?.endsWith('articles') && file.stem ? [file.stem] : [],
    );
    if (setContentStatus({ problems, articles, summary: error.message.split('\n')[0] ?? '' }))
      context.logger.error(error.message);
  }
})();
