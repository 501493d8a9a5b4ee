import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/analysis/load-corpus.ts';
import { BLOCK_SEPARATOR } from '../../../src/analysis/text-blocks.ts';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';

const corpus = loadCorpus('content');

/**
 * The article's text as a reader's browser holds it: each rendered block's text, blocks apart as
 * in the selectors' plain text. The claim numbers the site adds (`sup.claim-ref`) are left out:
 * they are the site's apparatus, not the article's words, and a selector never counts them.
 */
function renderedText(blocks: readonly string[]): string {
  return blocks
    .map((html) => {
      const tree = fromHtml(html, { fragment: true });
      const isClaimNumber = (node: Nodes): boolean =>
        node.type === 'element' &&
        node.tagName === 'sup' &&
        String(node.properties['className']).includes('claim-ref');
      remove(tree, (node) => isClaimNumber(node as Nodes));
      return toString(tree);
    })
    .join(BLOCK_SEPARATOR);
}

/**
 * The original's paragraphs, minus the closing "Original:" and "Statement:" lines, which the
 * frontmatter carries as `source.asWritten` and `disclaimer`.
 */
function originalParagraphs(text: string): {
  paragraphs: string[];
  original?: string;
  statement?: string;
} {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const take = (prefix: string) => {
    const index = lines.findIndex((line) => line.startsWith(prefix));
    return index === -1 ? undefined : lines.splice(index, 1)[0]?.slice(prefix.length);
  };
  const original = take('Original: ');
  const statement = take('Statement: ');
  return {
    paragraphs: lines,
    ...(original === undefined ? {} : { original }),
    ...(statement === undefined ? {} : { statement }),
  };
}

describe.each(corpus.articles.map((article) => [article.id, article] as const))(
  '%s: nothing lost',
  (slug, article) => {
    const path = `content/originals/${slug}.txt`;

    test('keeps its original text beside it', () => {
      expect(existsSync(path)).toBe(true);
    });

    test('with the markers stripped, every character of the original survives, in order', () => {
      const { paragraphs } = originalParagraphs(readFileSync(path, 'utf8'));
      expect(article.plainText.split(BLOCK_SEPARATOR)).toEqual(paragraphs);
    });

    test('the two closing lines moved to the frontmatter unchanged', () => {
      const { original, statement } = originalParagraphs(readFileSync(path, 'utf8'));
      expect(article.source.asWritten).toBe(original);
      expect(article.disclaimer).toBe(statement);
    });

    test('every claim and event marker yields exactly one record and one element', () => {
      const html = article.blocks.map((block) => block.html).join('\n');
      const claims = corpus.claims.filter((claim) => claim.article === slug);
      const events = corpus.events.filter((event) => event.article === slug);
      expect(claims.map((c) => c.id)).toEqual(article.claims);
      expect(events.map((e) => e.id)).toEqual(article.events);
      for (const claim of claims) expect(html.split(`id="claim-${claim.id}"`)).toHaveLength(2);
      for (const event of events) expect(html.split(`id="event-${event.id}"`)).toHaveLength(2);
      expect(html.match(/ id="claim-/g)).toHaveLength(claims.length);
      expect(html.match(/ id="event-/g)).toHaveLength(events.length);
    });

    test('every selector re-anchors in the text of the rendered page, as a client finds it', () => {
      const page = renderedText(article.blocks.map((block) => block.html));
      for (const { selector } of [...corpus.claims, ...corpus.events].filter(
        (entry) => entry.article === slug,
      )) {
        const quote = selector.prefix + selector.exact + selector.suffix;
        const at = page.indexOf(quote);
        expect(at, selector.exact).not.toBe(-1);
        expect(page.indexOf(quote, at + 1), `${selector.exact} is ambiguous`).toBe(-1);
        expect(at + selector.prefix.length, selector.exact).toBe(selector.start);
      }
    });
  },
);

test('the seed article exercises every feature: at least 8 claims, 6 events and 10 actors', () => {
  const seed = corpus.articles.find((article) => article.id === 'japan-india-rare-earths');
  expect(seed?.claims.length).toBeGreaterThanOrEqual(8);
  expect(seed?.events.length).toBeGreaterThanOrEqual(6);
  expect(new Set(seed?.mentions.map((m) => m.actor)).size).toBeGreaterThanOrEqual(10);
});
