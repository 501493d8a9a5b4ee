import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/analysis/load-corpus.ts';
import { publishedOnly } from '../../../src/analysis/published.ts';
import { createArticle } from '../../../src/tools/create-article.ts';

const input = {
  slug: 'ban',
  text: 'Ban announced\r\nThe ministry said: no more exports.\r\n',
  url: 'https://example.org/ban',
  publisher: 'Example',
  analysed: '2026-11-28',
};

/** What the analyst adds before the article builds (no claim has a verdict, so no key claim). */
function writeAssessment(dir: string, slug: string) {
  const path = join(dir, 'articles', `${slug}.md`);
  const assessment =
    'assessment: { verdict: Not checked, summary: "Nothing is checked. Nothing is marked.", key: [] }';
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^---\n/, `---\n${assessment}\n`));
}

describe('createArticle', () => {
  test('writes a draft, the original and an author stub; it lists its assessment to write, then publishes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-new-'));
    const created = createArticle(dir, input);
    expect(created.authorActor).toBe(join(dir, 'actors', 'ban-author.md'));
    expect(readFileSync(created.original, 'utf8')).toBe(
      'Ban announced\nThe ministry said: no more exports.\n',
    );
    const draft = loadCorpus(dir);
    expect(draft.articles[0]?.draft?.toWrite).toEqual([
      expect.stringMatching(
        /ban\.md:2:1: assessment: missing required field.*\[missing-assessment\]$/,
      ),
    ]);
    expect(publishedOnly(draft).corpus.articles).toEqual([]);
    writeAssessment(dir, 'ban');
    const path = join(dir, 'articles', 'ban.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('draft: true\n', ''));
    const corpus = publishedOnly(loadCorpus(dir)).corpus;
    expect(corpus.articles.map((a) => a.id)).toEqual(['ban']);
    expect(corpus.actors.map((a) => a.id)).toEqual(['ban-author']);
  });

  test('a draft cleared before its assessment is written fails to load, naming the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-new-'));
    createArticle(dir, input);
    const path = join(dir, 'articles', 'ban.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('draft: true\n', ''));
    expect(() => loadCorpus(dir)).toThrow(/ban\.md:2:1: assessment: missing required field/);
  });

  test('refuses to overwrite an existing article, and leaves it as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-new-'));
    createArticle(dir, input);
    const path = join(dir, 'articles', 'ban.md');
    writeFileSync(path, 'edited by hand');
    expect(() => createArticle(dir, input)).toThrow(
      /articles\/ban.md already exists; choose another slug/,
    );
    expect(readFileSync(path, 'utf8')).toBe('edited by hand');
  });

  test('uses an existing author actor instead of writing a stub', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-new-'));
    createArticle(dir, input);
    const second = createArticle(dir, { ...input, slug: 'ban-two', author: 'ban-author' });
    expect(second.authorActor).toBeUndefined();
    writeAssessment(dir, 'ban');
    writeAssessment(dir, 'ban-two');
    expect(loadCorpus(dir).articles.map((a) => a.author)).toEqual(['ban-author', 'ban-author']);
  });
});
