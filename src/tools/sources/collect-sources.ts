import { join, relative } from 'node:path';
import { loadCorpus, type Corpus } from '../../analysis/load-corpus.ts';
import type { Archived } from '../../analysis/schema/common.ts';

/** One source URL of one article, with every claim and event that cites it. */
export interface SourceEntry {
  /** The article file, relative to the working directory. */
  file: string;
  article: string;
  url: string;
  title: string;
  publisher: string;
  /** The source's own date (the earliest, where citations differ): no copy of it can be older. */
  date: string;
  /** The preserved copy, when every citation of this URL in the article has one. */
  archived?: Archived;
  /** The claims (`claim:<id>`) and events (`event:<id>`) that cite it, in article order. */
  citedBy: string[];
}

/**
 * Every source of every article in a content folder, one entry per article and URL, read with
 * the core parser (`loadCorpus`, which throws a `ContentError` naming each problem's place when
 * the content would not build).
 *
 * @example
 *   loadSources('content')[0] // { file: 'content/articles/ban.md', url: 'https://…', citedBy: ['claim:ban'], … }
 */
export function loadSources(contentDir: string): SourceEntry[] {
  return sourcesOf(loadCorpus(contentDir), contentDir);
}

/** The sources of a parsed corpus; see `loadSources`. */
function sourcesOf(corpus: Corpus, contentDir: string): SourceEntry[] {
  const entries = new Map<string, SourceEntry & { copies: number; withCopy: number }>();
  const cite = (article: string, by: string, sources: Corpus['claims'][number]['sources']) => {
    for (const source of sources) {
      const key = `${article}\n${source.url}`;
      const entry = entries.get(key) ?? {
        file: relative(process.cwd(), join(contentDir, 'articles', `${article}.md`)),
        article,
        url: source.url,
        title: source.title,
        publisher: source.publisher,
        date: source.date,
        citedBy: [],
        copies: 0,
        withCopy: 0,
      };
      entries.set(key, entry);
      if (source.date < entry.date) entry.date = source.date;
      entry.copies++;
      if (source.archived) {
        entry.withCopy++;
        entry.archived ??= source.archived;
      }
      if (!entry.citedBy.includes(by)) entry.citedBy.push(by);
    }
  };
  for (const article of corpus.articles) {
    for (const claim of corpus.claims.filter((c) => c.article === article.id))
      cite(article.id, `claim:${claim.id}`, claim.sources);
    for (const event of corpus.events.filter((e) => e.article === article.id))
      cite(article.id, `event:${event.id}`, event.documented?.sources ?? []);
  }
  return [...entries.values()].map(({ copies, withCopy, archived, ...entry }) =>
    // A URL cited twice, once without a copy, still needs archiving where it lacks one.
    archived && copies === withCopy ? { ...entry, archived } : entry,
  );
}
