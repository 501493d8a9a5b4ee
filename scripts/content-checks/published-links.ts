import { existsSync, readFileSync } from 'node:fs';
import { claimAnchor } from '../../src/analysis/ids.ts';
import { articlePath, claimPath } from '../../src/analysis/urls.ts';
import type { Article } from '../../src/analysis/schema/entries.ts';
import type { CheckedContent, Finding } from './finding.ts';

/** The list of links people may have shared, one path a line, kept in the content folder. */
const publishedLinksFile = (dir: string): string => `${dir}/published-links.txt`;

/**
 * Every claim and event link an article answers: its claim pages, the claim and event anchors of
 * its page, and the anchors of the claims it retired (the page keeps them, pointing on).
 */
function linksOf(article: Article): string[] {
  const page = articlePath(article.id);
  const html = article.blocks.map((b) => b.html).join('');
  const anchors = [...html.matchAll(/ id="((?:claim|event)-[^"]+)"/g)].map((m) => m[1] ?? '');
  const retired = article.retired.map((entry) => entry.id);
  return [
    ...[...article.claims, ...retired].map((id) => claimPath(article.id, id)),
    ...[...anchors, ...retired.map(claimAnchor)].map((anchor) => `${page}#${anchor}`),
  ];
}

/**
 * Links people have shared survive later edits: every line of `published-links.txt` is still
 * answered. A claim or event may be added; one taken away must be listed under `retired:`, or the
 * list edited on purpose.
 */
export function publishedLinksKept({ dir, corpus }: CheckedContent): Finding[] {
  const file = publishedLinksFile(dir);
  if (!existsSync(file)) return [];
  const answered = new Set(corpus.articles.flatMap(linksOf));
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((link, index) =>
      link.trim() === '' || answered.has(link.trim())
        ? []
        : [
            {
              file,
              line: index + 1,
              column: 1,
              what:
                `${link.trim()} is no longer published; restore its claim or event, list a ` +
                `removed claim under the article's retired:, or delete this line on purpose`,
            },
          ],
    );
}
