import { describe, expect, test } from 'vitest';
import { createArticleProcessor, parseArticle } from '../../../src/analysis/parse-article.ts';
import { BLOCK_SEPARATOR } from '../../../src/analysis/text-blocks.ts';
import { articleSkeleton, SUMMARY_TODO } from '../../../src/tools/article-skeleton.ts';
import { splitOriginal } from '../../../src/tools/split-original.ts';

const TEXT =
  "# Rare earths: a deal\nIndia said:claim this\n\n- It is *not* a list.\nOriginal: https://example.org/a\nStatement: The views are the author's own.\n";
const base = { slug: 'rare-deal', text: TEXT, publisher: 'Example', analysed: '2026-11-28' };

describe('splitOriginal', () => {
  test('takes each non-empty line as a paragraph and moves the Original and Statement lines out', () => {
    expect(splitOriginal(TEXT)).toEqual({
      paragraphs: ['# Rare earths: a deal', 'India said:claim this', '- It is *not* a list.'],
      asWritten: 'https://example.org/a',
      statement: "The views are the author's own.",
    });
  });

  test('reads Windows line endings as line breaks', () => {
    expect(splitOriginal('One\r\nTwo\r\n').paragraphs).toEqual(['One', 'Two']);
  });
});

describe('articleSkeleton', () => {
  const skeleton = articleSkeleton(base);
  const parsed = parseArticle(
    createArticleProcessor({ ids: new Set([skeleton.author]), aliases: new Map() }),
    skeleton.markdown,
    'rare-deal.md',
    { allowUnwritten: true },
  );

  test('is a draft whose one thing to write is the assessment, placed; no problem, and the rest parses', () => {
    expect(parsed.file.messages).toEqual([]);
    expect(parsed.article?.draft?.toWrite).toHaveLength(1);
    expect(parsed.toWrite.map(String)).toEqual([
      'rare-deal.md:2:1: assessment: missing required field; add assessment: with verdict (one line), summary ' +
        '(2–3 sentences) and key (the ids of the claims a reader must see first)',
    ]);
    expect(parsed.article).toBeDefined();
  });

  test('keeps the text verbatim, one paragraph a line, Markdown characters as text', () => {
    expect(parsed.article?.plainText.split(BLOCK_SEPARATOR)).toEqual([
      '# Rare earths: a deal',
      'India said:claim this',
      '- It is *not* a list.',
    ]);
  });

  test('fills the frontmatter from the text and the flags, and marks the summary TODO', () => {
    expect(parsed.article).toMatchObject({
      title: '# Rare earths: a deal',
      summary: SUMMARY_TODO,
      author: 'rare-deal-author',
      analysed: '2026-11-28',
      disclaimer: "The views are the author's own.",
      source: {
        url: 'https://example.org/a',
        asWritten: 'https://example.org/a',
        publisher: 'Example',
        language: 'en',
      },
      claims: [],
      events: [],
    });
  });

  test('a --title, --url and --published override', () => {
    const other = articleSkeleton({
      ...base,
      title: 'A deal',
      url: 'https://example.org/b',
      published: '2026-01-19',
      language: 'zh',
    });
    expect(other.markdown).toMatch(/^title: A deal$/m);
    expect(other.markdown).toMatch(/^ {2}url: https:\/\/example.org\/b$/m);
    expect(other.markdown).toMatch(/^ {2}published: 2026-01-19$/m);
    expect(other.markdown).toMatch(/^ {2}language: zh$/m);
  });

  test.each([
    ['an invalid slug', { slug: 'Rare Deal' }, /slug "Rare Deal" is not a valid id/],
    ['no URL anywhere', { text: 'Just text.' }, /no source URL: pass --url/],
    [
      'an Original line that is not a URL',
      { text: 'Text.\nOriginal: toutiao.com/a/1/' },
      /"toutiao.com\/a\/1\/" is not an absolute http\(s\) URL/,
    ],
    [
      'a javascript: URL',
      { url: 'javascript:alert(1)' },
      /--url "javascript:alert\(1\)" is not an absolute http: or https: URL/,
    ],
    ['an impossible date', { published: '2026-02-30' }, /--published "2026-02-30" is not a date/],
    ['an empty text', { text: '\n\n' }, /holds no text/],
  ])('refuses %s with a message naming the fix', (_name, override, message) => {
    expect(() => articleSkeleton({ ...base, ...override })).toThrow(message);
  });
});
