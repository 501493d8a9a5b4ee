import { describe, expect, test } from 'vitest';
import { createArticleProcessor, parseArticle } from '../../../src/analysis/parse-article.ts';
import { syntheticArticle } from '../../../src/bench/synthetic.ts';

// Size alone must never crash a build. Timings are reported by `npm run stress`, not asserted here.

const processor = createArticleProcessor({
  ids: new Set(['bench-author', 'japan']),
  aliases: new Map([['Japan', 'japan']]),
});
const parse = (source: string) => parseArticle(processor, source, 'content/articles/big.md');

describe('robustness', () => {
  test('a 5 MB article builds', () => {
    const source = syntheticArticle({
      seed: 5,
      paragraphs: 8_000,
      sentencesPerParagraph: 6,
      claimEvery: 40,
      events: 6,
      actorNames: ['Japan'],
      mentionsPerParagraph: 1,
    });
    expect(source.length).toBeGreaterThan(5_000_000);
    const parsed = parse(source);
    expect(parsed.file.messages.map(String)).toEqual([]);
    expect(parsed.article?.blocks).toHaveLength(8_000);
  });

  test('an article with 5,000 claims builds, every claim in it', () => {
    const source = syntheticArticle({
      seed: 7,
      paragraphs: 1_000,
      sentencesPerParagraph: 5,
      claimEvery: 1,
      events: 6,
      actorNames: [],
      mentionsPerParagraph: 0,
    });
    const parsed = parse(source);
    expect(parsed.file.messages.map(String)).toEqual([]);
    expect(parsed.claims).toHaveLength(5_000);
    expect(new Set(parsed.article?.blocks.flatMap((b) => b.claims)).size).toBe(5_000);
  });

  test('an article over the size limit is refused with the limit and the fix', () => {
    // The limit is 16 MiB (16,777,216 characters); the 17 of the frontmatter take this body over it.
    const source = `---\ntitle: x\n---\n${'a'.repeat(16 * 1024 * 1024)}`;
    const parsed = parse(source);
    expect(parsed.article).toBeUndefined();
    expect(parsed.file.messages.map((m) => `${m.line}:${m.column}: ${m.reason}`)).toEqual([
      '1:1: article is 16777233 characters long, over the limit of 16777216; split it',
    ]);
  });
});
