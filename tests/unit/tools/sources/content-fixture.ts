import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { SEED } from '../../helpers/seed.ts';

/**
 * A content folder in a temporary directory with the project's actors and one article whose
 * claims cite `urls` (each its own source). Returns the folder and the article's path, relative
 * to the working directory as the tools report it.
 */
export function contentWithSources(urls: readonly string[]): { dir: string; article: string } {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-sources-'));
  cpSync(`${SEED}/actors`, join(dir, 'actors'), { recursive: true });
  mkdirSync(join(dir, 'articles'));
  const sources = urls
    .map(
      (url, i) =>
        `      - url: ${url}\n        title: Report ${i + 1}\n        publisher: Wire\n        date: 2026-01-10\n`,
    )
    .join('');
  const article = join(dir, 'articles', 'ban.md');
  writeFileSync(
    article,
    `---
title: Ban
summary: A fixture.
author: china
analysed: 2026-11-28
source: { url: "https://example.org/", publisher: Example, published: 2026-01-10, language: en }
assessment: { verdict: Fixture verdict, summary: "The first sentence. The second sentence.", key: [stop] }
claims:
  stop:
    type: factual
    claimant: author
    status: supported
    finding: The ministry said so.
    sources:
${sources}---
The ministry said :claim[exports stop]{#stop}.
`,
  );
  return { dir, article: relative(process.cwd(), article) };
}
