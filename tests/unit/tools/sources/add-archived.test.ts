import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadActors } from '../../../../src/analysis/load-corpus.ts';
import { createArticleProcessor, parseArticle } from '../../../../src/analysis/parse-article.ts';
import { addArchived } from '../../../../src/tools/sources/add-archived.ts';
import { articleSource, registry } from '../article-fixture.ts';
import { SEED } from '../../helpers/seed.ts';

const copy = (url: string) => ({
  url: `https://web.archive.org/web/20261130101500/${url}`,
  date: '2026-11-30',
});
const NOTICE = 'https://example.org/notice';
/** `addArchived` for the notice source of ban.md, with its stand-in copy. */
const archiveNotice = (text: string) => addArchived(text, 'ban.md', NOTICE, copy(NOTICE));

/** Lines added and removed, as `git diff` would count them for an insertion. */
function lineDiff(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  const counts = new Map<string, number>();
  for (const line of a) counts.set(line, (counts.get(line) ?? 0) + 1);
  const added = b.filter((line) => {
    const left = counts.get(line) ?? 0;
    counts.set(line, left - 1);
    return left <= 0;
  });
  return { added, removed: [...counts].filter(([, n]) => n > 0).map(([line]) => line) };
}

const bodyOf = (source: string) => source.slice(source.indexOf('\n---\n', 4));

const body =
  'The ministry said :claim[exports stop]{#stop}.\n\n:claim[Officials protested]{#again}.';
const claims = `claims:
  stop:
    type: factual
    claimant: writer
    status: supported
    finding: The ministry said so.
    # The ministry's own notice.
    sources:
      - &notice
        url: https://example.org/notice
        title: "Notice: exports"
        publisher: Ministry
        date: 2026-03-04
      - { url: "https://example.org/flow", title: Flow, publisher: Wire, date: 2026-03-04 }
      - url: https://example.org/archived
        title: Kept
        publisher: Wire
        date: 2026-03-04
        archived: { url: "https://archive.ph/AbC12", date: 2026-03-05 }
  again:
    type: factual
    claimant: writer
    status: unverified
    sources: [*notice]
`;
const source = articleSource(body, claims).replace(/key: \[\]/u, 'key: [stop]');

describe('addArchived', () => {
  test('adds the copy under the source as block lines; nothing else in the file changes', () => {
    const { source: next, added } = archiveNotice(source);
    expect(added).toBe(1);
    expect(lineDiff(source, next)).toEqual({
      added: [
        '        archived:',
        '          url: https://web.archive.org/web/20261130101500/https://example.org/notice',
        '          date: 2026-11-30',
      ],
      removed: [],
    });
    expect(next.indexOf('archived:')).toBeGreaterThan(next.indexOf('date: 2026-03-04'));
    expect(bodyOf(next)).toBe(bodyOf(source));
  });

  test('a source shared through an anchor is written once, where it is defined, and every citation reads it', () => {
    const { source: next } = archiveNotice(source);
    const parsed = parseArticle(createArticleProcessor(registry), next, 'ban.md');
    expect(parsed.file.messages.map(String)).toEqual([]);
    expect(parsed.claims.map((c) => c.sources[0]?.archived?.url)).toEqual([
      copy('https://example.org/notice').url,
      copy('https://example.org/notice').url,
    ]);
    expect(parsed.article?.plainText).toBe(
      parseArticle(createArticleProcessor(registry), source, 'ban.md').article?.plainText,
    );
  });

  test('a flow-style source gets the copy inside its braces', () => {
    const { source: next } = addArchived(
      source,
      'ban.md',
      'https://example.org/flow',
      copy('https://example.org/flow'),
    );
    expect(lineDiff(source, next).added).toEqual([
      '      - { url: "https://example.org/flow", title: Flow, publisher: Wire, date: 2026-03-04, archived: ' +
        '{ url: https://web.archive.org/web/20261130101500/https://example.org/flow, date: 2026-11-30 } }',
    ]);
    const parsed = parseArticle(createArticleProcessor(registry), next, 'ban.md');
    expect(parsed.claims[0]?.sources[1]?.archived).toEqual(copy('https://example.org/flow'));
  });

  test('a source that already has a copy is left alone, so a second run adds nothing', () => {
    expect(
      addArchived(
        source,
        'ban.md',
        'https://example.org/archived',
        copy('https://example.org/archived'),
      ),
    ).toEqual({
      source,
      added: 0,
    });
    const once = archiveNotice(source).source;
    expect(archiveNotice(once).source).toBe(once);
  });

  test('every source of the seed article can be archived with only added lines and its text byte-identical', () => {
    const path = `${SEED}/articles/japan-india-rare-earths.md`;
    const seed = readFileSync(path, 'utf8');
    const urls = [
      ...new Set([...seed.matchAll(/^\s+(?:- )?url: (\S+)$/gmu)].map((m) => m[1] ?? '')),
    ];
    expect(urls.length).toBeGreaterThan(20);
    let next = seed;
    for (const url of urls) next = addArchived(next, path, url, copy(url)).source;
    const { added, removed } = lineDiff(seed, next);
    expect(removed).toEqual([]);
    expect(added.filter((line) => line.trim() === 'archived:').length).toBeGreaterThanOrEqual(
      urls.length,
    );
    expect(bodyOf(next)).toBe(bodyOf(seed));
    const parsed = parseArticle(
      createArticleProcessor(loadActors([`${SEED}/actors`]).registry),
      next,
      path,
    );
    expect(parsed.file.messages.map(String)).toEqual([]);
    const sources = parsed.claims.flatMap((c) => c.sources);
    expect(sources.every((s) => s.archived?.url === copy(s.url).url)).toBe(true);
  });

  test('a file with CRLF line endings gets CRLF lines', () => {
    const crlf = source.replaceAll('\n', '\r\n');
    const { source: next, added } = archiveNotice(crlf);
    expect(added).toBe(1);
    expect(next.replaceAll('\r\n', '')).not.toContain('\n');
    expect(next.replaceAll('\r\n', '\n')).toBe(archiveNotice(source).source);
  });

  test('an insertion a comment would swallow is refused with the lines to add by hand', () => {
    const commented = source.replace(
      'date: 2026-03-04 }',
      'date: 2026-03-04 # the wire copy\n        }',
    );
    expect(() =>
      addArchived(
        commented,
        'ban.md',
        'https://example.org/flow',
        copy('https://example.org/flow'),
      ),
    ).toThrow(
      'ban.md: the archived copy of https://example.org/flow could not be added as plain lines (is there a ' +
        'comment inside its braces?); add it by hand: archived: { url: ' +
        'https://web.archive.org/web/20261130101500/https://example.org/flow, date: 2026-11-30 }',
    );
  });

  test('a file without frontmatter is refused with its name', () => {
    expect(() =>
      addArchived(
        'Just text.\n',
        'content/articles/x.md',
        'https://example.org/',
        copy('https://example.org/'),
      ),
    ).toThrow(/content\/articles\/x\.md has no frontmatter/);
  });
});
