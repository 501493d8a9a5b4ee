import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/analysis/load-corpus.ts';
import { createArticleProcessor, parseArticle } from '../../../src/analysis/parse-article.ts';
import { claimRecords } from '../../../src/exports/claim-records.ts';
import { eventRecords } from '../../../src/exports/event-records.ts';
import { SEED } from '../helpers/seed.ts';

// Links people have shared must survive later edits to the text around them. The links of the
// frozen seed are written out in its published-links.txt (claim pages, claim and event anchors in
// the article); the URL code must still publish each after an editor's change elsewhere. That the
// live content still publishes its own list is a content check (`npm run check:content`).

const PATH = `${SEED}/articles/japan-india-rare-earths.md`;
const SITE = new URL('https://claimlens.example');
const source = readFileSync(PATH, 'utf8');
const published = readFileSync(`${SEED}/published-links.txt`, 'utf8').trim().split('\n');
const { actors } = loadCorpus(SEED);
const processor = createArticleProcessor({
  ids: new Set(actors.map((a) => a.id)),
  aliases: new Map(actors.flatMap((a) => a.aliases.map((alias) => [alias, a.id] as const))),
});

/** Every claim and event link an article publishes: the exports' URLs and the page's anchors. */
function links(markdown: string): Set<string> {
  const parsed = parseArticle(processor, markdown, PATH);
  expect(parsed.file.messages.map(String)).toEqual([]);
  const article = new URL(
    eventRecords(parsed.events, SITE)[0]?.url ?? claimRecords(parsed.claims, SITE)[0]!.url,
  ).pathname.replace(/claims\/[^/]+\/$/, '');
  const html = parsed.article?.blocks.map((b) => b.html).join('') ?? '';
  const anchors = [...html.matchAll(/ id="((?:claim|event)-[^"]+)"/g)].map(
    (m) => `${article}#${m[1]}`,
  );
  const records = [...claimRecords(parsed.claims, SITE), ...eventRecords(parsed.events, SITE)];
  const urls = records.map(({ url }) => new URL(url)).map((url) => url.pathname + url.hash);
  return new Set([...urls, ...anchors]);
}

const bodyStart = source.indexOf('\n---\n') + '\n---\n'.length;
function missing(markdown: string): string[] {
  const now = links(markdown);
  return published.filter((link) => !now.has(link));
}

describe('the published links of an article', () => {
  test('are all still published', () => {
    expect(published.length).toBeGreaterThan(100);
    expect(missing(source)).toEqual([]);
  });

  test('survive a paragraph inserted above every claim', () => {
    const edited =
      `${source.slice(0, bodyStart)}A new opening paragraph, with :claim[a new claim in it]` +
      `{#inserted-claim type=opinion claimant=author status=unverified}.\n\n${source.slice(bodyStart)}`;
    expect(missing(edited)).toEqual([]);
  });

  test('survive an edit to one claim’s words', () => {
    const marker = /:claim\[([^\]]*)\]\{#([a-z0-9-]+)\}/;
    expect(source).toMatch(marker);
    expect(
      missing(source.replace(marker, ':claim[$1 with words added by an editor]{#$2}')),
    ).toEqual([]);
  });
});
