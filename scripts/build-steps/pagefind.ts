// Post-build step: the Pagefind full-text index under <dir>/pagefind/, for /search/ and the header box.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import * as pagefind from 'pagefind';
import { ActorRecordSchema } from '../../src/exports/actor-records.ts';
import { ArticleRecordSchema } from '../../src/exports/article-records.ts';
import { ClaimRecordSchema } from '../../src/exports/claim-records.ts';
import { claimSearchPages } from '../../src/exports/claim-search-pages.ts';
import type { PostBuildStep } from './index.ts';

/** How many claim records go to Pagefind's service at once. */
const BATCH = 256;

/** Fails the build on any error Pagefind reports. */
function check(what: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`pagefind: ${what} failed:\n${errors.join('\n')}`);
}

/** Reads a built JSON export and checks its shape. */
function readExport<T extends z.ZodType>(dir: string, name: string, schema: T): z.output<T> {
  return schema.parse(JSON.parse(readFileSync(join(dir, 'data', name), 'utf8')));
}

/**
 * What a search excerpt must not quote: text a reader of the screen never sees there (the URLs
 * printed after links, words only for screen readers, hidden controls), the controls' labels, and
 * the embed code offered for copying.
 */
const SEARCH_EXCLUDED = ['.print-only', '.visually-hidden', '[hidden]', 'button', '.embed-control'];

/**
 * Indexes the article and actor pages (their `<main>`; header, navigation and footer are left
 * out), and each claim as its own record that opens the article at `#claim-<id>`, built from the
 * published claims export. Claim pages themselves are not indexed: the claim would be found twice.
 */
export const pagefindStep: PostBuildStep = {
  name: 'pagefind search index',
  run: async (dir) => {
    const started = performance.now();
    const { index, errors } = await pagefind.createIndex({
      rootSelector: 'main',
      excludeSelectors: SEARCH_EXCLUDED,
    });
    check('createIndex', errors);
    if (!index) throw new Error('pagefind: createIndex returned no index');
    try {
      let pages = 0;
      for (const glob of ['articles/*/index.html', 'actors/*/index.html']) {
        const added = await index.addDirectory({ path: dir, glob });
        check(`indexing ${glob}`, added.errors);
        pages += added.page_count;
      }
      const claims = readExport(dir, 'claims.json', z.array(ClaimRecordSchema));
      const articles = readExport(dir, 'articles.json', z.array(ArticleRecordSchema));
      const actors = readExport(dir, 'actors.json', z.array(ActorRecordSchema));
      // Pagefind's service takes many files at once; one round trip per claim would dominate at 10,000s of claims.
      const searchPages = claimSearchPages(claims, articles, actors);
      for (let from = 0; from < searchPages.length; from += BATCH) {
        const batch = searchPages.slice(from, from + BATCH);
        const added = await Promise.all(
          batch.map((page) => index.addHTMLFile({ url: page.url, content: page.html })),
        );
        added.forEach((result, i) => check(`indexing ${batch[i]?.url}`, result.errors));
      }
      check(
        'writing the index',
        (await index.writeFiles({ outputPath: join(dir, 'pagefind') })).errors,
      );
      console.log(
        `pagefind: indexed ${pages} pages and ${claims.length} claims in ${Math.round(performance.now() - started)} ms`,
      );
    } finally {
      await pagefind.close();
    }
  },
};
