import {
  createArticleProcessor,
  parseArticle,
  type ParsedArticle,
} from '../../../src/analysis/parse-article.ts';
import type { Mention } from '../../../src/analysis/schema/entries.ts';

const FRONTMATTER = `title: Fixture
summary: A fixture.
author: writer
analysed: 2026-11-28
source: { url: "https://example.org/", publisher: Example, language: en }
assessment: { verdict: Fixture verdict, summary: "The first sentence. The second sentence.", key: [] }`;

/**
 * Parses a body (and optional extra frontmatter lines) as `fixture.md` with the given aliases;
 * every alias's actor and `writer` are known actors.
 */
export function parseFixture(
  body: string,
  aliases: Record<string, string> = {},
  frontmatter = '',
): ParsedArticle {
  const ids = new Set(['writer', ...Object.values(aliases)]);
  const processor = createArticleProcessor({ ids, aliases: new Map(Object.entries(aliases)) });
  return parseArticle(processor, `---\n${FRONTMATTER}\n${frontmatter}---\n${body}\n`, 'fixture.md');
}

/** Like `parseFixture`, but fails the test on any problem and returns the mentions. */
export function extractFixture(
  body: string,
  aliases: Record<string, string> = {},
): { mentions: Mention[] } & ParsedArticle {
  const parsed = parseFixture(body, aliases);
  if (parsed.file.messages.length > 0) throw new Error(parsed.file.messages.map(String).join('\n'));
  return { ...parsed, mentions: parsed.article?.mentions ?? [] };
}

/** The problems of a fixture in which "the Ministry" is an alias of the known actor `ministry`. */
export const problemsOf = (body: string, frontmatter = ''): string[] =>
  parseFixture(body, { 'the Ministry': 'ministry' }, frontmatter).file.messages.map(String);
