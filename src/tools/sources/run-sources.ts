import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadActors } from '../../analysis/load-corpus.ts';
import { createArticleProcessor, parseArticle } from '../../analysis/parse-article.ts';
import type { Archived } from '../../analysis/schema/common.ts';
import { ToolError } from '../tool-error.ts';
import { addArchived } from './add-archived.ts';
import { checkLink, deadLinkSuggestion, type LinkStatus } from './check-link.ts';
import type { SourceEntry } from './collect-sources.ts';
import type { FetchPolicy } from './polite-fetch.ts';
import { requestCapture, type SavePageNowOptions } from './save-page-now.ts';

/** Called as each URL is started (`done` of them started before), and with `url` empty at the end. */
export type OnProgress = (done: number, total: number, url: string) => void;

/** A source with what its live URL answered. */
export interface CheckedSource extends SourceEntry {
  link: LinkStatus;
  /** For a dead link: the archived copy, or where to look for one. */
  suggestion?: string;
}

/**
 * Fetches each distinct live URL once (several at a time, each host paced by the policy) and
 * reports every source with its status.
 *
 * @example
 *   const checked = await checkSources(loadSources('content'), { policy, waybackBase, concurrency: 4 })
 */
export async function checkSources(
  entries: readonly SourceEntry[],
  options: {
    policy: FetchPolicy;
    waybackBase: string;
    concurrency: number;
    onProgress?: OnProgress;
  },
): Promise<CheckedSource[]> {
  const urls = [...new Set(entries.map((e) => e.url))];
  const statuses = new Map<string, LinkStatus>();
  let started = 0;
  await inPool(urls, options.concurrency, async (url) => {
    options.onProgress?.(started++, urls.length, url);
    statuses.set(url, await checkLink(url, options.policy));
  });
  options.onProgress?.(urls.length, urls.length, '');
  return entries.map((entry) => {
    const link = statuses.get(entry.url) ?? { kind: 'error', detail: 'not checked' };
    return link.kind === 'dead'
      ? {
          ...entry,
          link,
          suggestion: deadLinkSuggestion(entry.url, entry.archived?.url, options.waybackBase),
        }
      : { ...entry, link };
  });
}

/** What `archiveSources` did for one URL. */
export type ArchiveResult =
  | { url: string; ok: true; archived: Archived; files: string[] }
  | { url: string; ok: false; reason: string };

/**
 * Asks Save Page Now for a capture of each distinct URL without one, one at a time, and writes
 * each capture into its articles as soon as it is obtained, so an interrupted run loses nothing
 * and the next run asks only for what is still missing. Each file is checked with the core
 * parser before it replaces the old one, and replaced atomically.
 *
 * @example
 *   const results = await archiveSources(loadSources('content'), { contentDir: 'content', policy, save })
 */
export async function archiveSources(
  entries: readonly SourceEntry[],
  options: {
    contentDir: string;
    policy: FetchPolicy;
    save: SavePageNowOptions;
    onProgress?: OnProgress;
    /** Today, UTC (YYYY-MM-DD): no capture may be dated later. The clock's when not given. */
    today?: string;
  },
): Promise<ArchiveResult[]> {
  const missing = entries.filter((e) => !e.archived);
  const urls = [...new Set(missing.map((e) => e.url))];
  const results: ArchiveResult[] = [];
  // Each written file is checked with the core parser, against actors that do not change meanwhile.
  const processor = createArticleProcessor(
    loadActors([join(options.contentDir, 'actors')]).registry,
  );
  for (const [index, url] of urls.entries()) {
    options.onProgress?.(index, urls.length, url);
    const dates = missing.filter((e) => e.url === url).map((e) => e.date);
    const capture = await requestCapture(url, options.save, options.policy, {
      notBefore: dates.sort()[0],
      today: options.today,
    });
    if (!capture.ok) {
      results.push({ url, ok: false, reason: capture.reason });
      continue;
    }
    const files = [...new Set(missing.filter((e) => e.url === url).map((e) => e.file))];
    try {
      for (const file of files) writeArchived(file, url, capture.archived, processor);
    } catch (error) {
      // A file that would not build is left as it was; the other sources still get their copies.
      if (!(error instanceof ToolError)) throw error;
      results.push({ url, ok: false, reason: error.message });
      continue;
    }
    results.push({ url, ok: true, archived: capture.archived, files });
  }
  options.onProgress?.(urls.length, urls.length, '');
  return results;
}

/** Adds the copy to one article, refusing a result the core would not build. */
function writeArchived(
  file: string,
  url: string,
  archived: Archived,
  processor: ReturnType<typeof createArticleProcessor>,
): void {
  const before = readFileSync(file, 'utf8');
  const { source } = addArchived(before, file, url, archived);
  if (source === before) return;
  const parsed = parseArticle(processor, source, file);
  if (!parsed.article)
    throw new ToolError(
      `${file}: adding the archived copy of ${url} would break the article (${String(parsed.file.messages[0])}); ` +
        'the file was left unchanged',
    );
  const temporary = `${file}.sources-tmp`;
  writeFileSync(temporary, source);
  renameSync(temporary, file);
}

/** Runs `task` over `items`, at most `limit` at a time. */
async function inPool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
