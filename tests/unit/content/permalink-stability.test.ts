import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/analysis/load-corpus.ts';
import { createArticleProcessor, parseArticle } from '../../../src/analysis/parse-article.ts';
import { claimAnchor } from '../../../src/analysis/ids.ts';
import { claimPath } from '../../../src/analysis/urls.ts';

// Links people have shared must survive later edits: a claim's id, URL and anchor depend on
// nothing but its own marker.

const PATH = 'content/articles/japan-india-rare-earths.md';
const source = readFileSync(PATH, 'utf8');
const { actors } = loadCorpus('content');
const processor = createArticleProcessor({
  ids: new Set(actors.map((a) => a.id)),
  aliases: new Map(actors.flatMap((a) => a.aliases.map((alias) => [alias, a.id] as const))),
});

/** Each claim's id → its URL and its anchor as rendered in the page. */
function permalinks(markdown: string): Map<string, { url: string; anchor: string }> {
  const parsed = parseArticle(processor, markdown, PATH);
  expect(parsed.file.messages.map(String)).toEqual([]);
  const html = parsed.article?.blocks.map((b) => b.html).join('') ?? '';
  return new Map(
    parsed.claims.map((claim) => {
      const anchor = claimAnchor(claim.id);
      expect(html).toContain(`id="${anchor}"`);
      return [claim.id, { url: claimPath(parsed.article?.id ?? '', claim.id), anchor }];
    }),
  );
}

const before = permalinks(source);
const bodyStart = source.indexOf('\n---\n') + '\n---\n'.length;

describe('permalink stability on a copy of the seed article', () => {
  test('inserting a paragraph above every claim changes no id, URL or anchor', () => {
    const edited = `${source.slice(0, bodyStart)}A new opening paragraph, with :claim[a new claim in it]{#inserted-claim type=opinion claimant=author status=unverified}.\n\n${source.slice(bodyStart)}`;
    const after = permalinks(edited);
    after.delete('inserted-claim');
    expect(after).toEqual(before);
  });

  test('editing another claim changes no other claim’s id, URL or anchor', () => {
    const [first] = before.keys();
    const marker = new RegExp(`:claim\\[([^\\]]*)\\]\\{#${first}\\}`);
    expect(source).toMatch(marker);
    const edited = source.replace(marker, `:claim[$1 with words added by an editor]{#${first}}`);
    expect(permalinks(edited)).toEqual(before);
  });
});
