import { describe, expect, test } from 'vitest';
import { createArticleProcessor, parseArticle } from '../../../src/analysis/parse-article.ts';
import { draftLine, publishedOnly } from '../../../src/analysis/published.ts';
import type { Corpus } from '../../../src/analysis/load-corpus.ts';

const HEAD = `title: A new report
summary: A report of a briefing.
author: writer
analysed: 2026-11-28
source: { url: "https://example.org/", publisher: Example, language: en }
claims:
  banned:
    type: factual
    claimant: ministry
    status: false`;

const BODY = `The ministry said :claim[exports were banned]{#banned} in January.
The Ministry spoke again.`;

/** Parses an article with `writer` and `ministry` known; `ministry` may still be to describe. */
function parse(frontmatter: string, body = BODY, undescribed: string[] = ['ministry']) {
  const processor = createArticleProcessor({
    ids: new Set(['writer', 'ministry']),
    aliases: new Map([['Ministry', 'ministry']]),
    undescribed: new Set(undescribed),
  });
  return parseArticle(processor, `---\n${frontmatter}\n---\n${body}\n`, 'content/articles/new.md');
}

describe('a draft', () => {
  test('lists what publishing needs as things to write, each placed, and is no error', () => {
    const parsed = parse(`draft: true\n${HEAD}`);
    expect(parsed.file.messages).toEqual([]);
    expect(parsed.article?.draft?.path).toBe('content/articles/new.md');
    expect(parsed.article?.draft?.toWrite).toEqual([
      expect.stringMatching(
        /^content\/articles\/new\.md:2:1: assessment: .*\[missing-assessment\]$/,
      ),
      expect.stringMatching(
        /^content\/articles\/new\.md:11:5: claim "banned" claimant: actor "ministry" is still to describe; .*content\/actors\/ministry\.md.*\[undescribed-actor\]$/,
      ),
      expect.stringMatching(/^content\/articles\/new\.md:12:5: .*no sources.*\[verdict-source\]$/),
      expect.stringMatching(/^content\/articles\/new\.md:12:5: .*no finding.*\[missing-finding\]$/),
    ]);
  });

  test('is held to every other rule: an unknown event id and a broken marker are errors', () => {
    const parsed = parse(
      `draft: true\n${HEAD}\n    events: [nowhere]`,
      `${BODY}\n:claim[unclosed{#x}`,
    );
    expect(parsed.article).toBeUndefined();
    expect(parsed.file.messages.map((m) => m.ruleId)).toEqual(
      expect.arrayContaining(['unknown-event']),
    );
    expect(parsed.file.messages.every((m) => m.line !== undefined)).toBe(true);
  });

  test('once draft is removed, what it lacked is an error again and nothing is published', () => {
    const parsed = parse(HEAD);
    expect(parsed.article).toBeUndefined();
    expect(parsed.file.messages.map((m) => m.ruleId)).toEqual([
      'missing-assessment',
      'undescribed-actor',
      'verdict-source',
      'missing-finding',
    ]);
  });

  test('an actor found by its alias in a published article must be described', () => {
    const head = HEAD.replace('claimant: ministry', 'claimant: writer').replace(
      'status: false',
      'status: unverified',
    );
    const assessment =
      'assessment: { verdict: Unchecked, summary: "Nothing is checked. Not yet.", key: [] }';
    const parsed = parse(`${head}\n${assessment}`);
    expect(parsed.file.messages.map(String)).toEqual([
      expect.stringMatching(
        /^content\/articles\/new\.md:14:1: mention "Ministry": actor "ministry" is still to describe/,
      ),
    ]);
    expect(parse(`${head}\n${assessment}`, BODY, []).file.messages).toEqual([]);
  });
});

describe('what a build publishes', () => {
  const draft = parse(`draft: true\n${HEAD}`);
  const finished = parse(
    `${HEAD.replace('claimant: ministry', 'claimant: writer').replace('status: false', 'status: unverified')}\n` +
      'assessment: { verdict: Unchecked, summary: "Nothing is checked. Not yet.", key: [] }',
    'Nothing here names anyone, :claim[but this]{#banned}.',
  );
  const actor = (id: string, toDescribe = false) => ({
    id,
    name: id,
    kind: 'organization' as const,
    aliases: [],
    links: [],
    descriptionHtml: '',
    ...(toDescribe ? { toDescribe: true as const } : {}),
  });
  const corpus: Corpus = {
    articles: [
      { ...draft.article!, id: 'new' },
      { ...finished.article!, id: 'old' },
    ],
    claims: [
      { ...draft.claims[0]!, article: 'new' },
      { ...finished.claims[0]!, article: 'old' },
    ],
    events: [],
    actors: [actor('writer'), actor('ministry'), actor('stub', true), actor('unused')],
  };

  test('leaves out drafts with their claims, the actors only drafts name, and actors still to describe', () => {
    const { corpus: published, drafts } = publishedOnly(corpus);
    expect(published.articles.map((a) => a.id)).toEqual(['old']);
    expect(published.claims.map((c) => c.article)).toEqual(['old']);
    expect(published.actors.map((a) => a.id)).toEqual(['writer', 'unused']);
    expect(drafts.map(draftLine)).toEqual([
      'draft, not published: content/articles/new.md, 4 things to write',
    ]);
  });
});
