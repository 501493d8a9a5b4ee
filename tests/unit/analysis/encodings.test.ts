import { describe, expect, test } from 'vitest';
import { createArticleProcessor, parseArticle } from '../../../src/analysis/parse-article.ts';

// Text survives every encoding a paste produces: CRLF line endings, a byte-order mark and
// decomposed (NFD) letters build, and the article's words come out exactly as written. Nothing is
// normalised; only a byte-order mark at the very start is dropped, as it is not text.

const processor = createArticleProcessor({ ids: new Set(['writer']), aliases: new Map() });
const article = [
  '---',
  'title: Café talks',
  'summary: A fixture article.',
  'author: writer',
  'analysed: 2026-11-28',
  'source: { url: "https://example.org/a", publisher: Example, language: en }',
  'assessment: { verdict: Fixture verdict, summary: "The first sentence. The second sentence.", key: [] }',
  'claims:',
  '  c1: { type: opinion, claimant: author, status: unverified }',
  '---',
  'At the café, :claim[the minister said the déal was done]{#c1}',
  'on the same line.',
  '',
].join('\n');

const variants = [
  ['CRLF line endings', article.replaceAll('\n', '\r\n'), '\r\n'],
  ['a byte-order mark', `\uFEFF${article}`, '\n'],
  ['decomposed letters (NFD)', article.normalize('NFD'), '\n'],
  ['all three', `\uFEFF${article.normalize('NFD').replaceAll('\n', '\r\n')}`, '\r\n'],
] as const;

describe('encodings', () => {
  test.each(variants)('%s build and keep their words', (_, source, eol) => {
    const {
      file,
      article: parsed,
      claims,
    } = parseArticle(processor, source, 'content/articles/x.md');
    expect(file.messages.map(String)).toEqual([]);
    const nfd = source.includes('e\u0301');
    const words = (text: string) => (nfd ? text.normalize('NFD') : text);
    expect(parsed?.title).toBe(words('Café talks'));
    expect(parsed?.plainText).toBe(
      words(`At the café, the minister said the déal was done${eol}on the same line.`),
    );
    expect(claims[0]?.selector.exact).toBe(words('the minister said the déal was done'));
    const { start, end } = claims[0]?.selector ?? { start: 0, end: 0 };
    expect(parsed?.plainText.slice(start, end)).toBe(claims[0]?.selector.exact);
  });
});
