import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/analysis/load-corpus.ts';
import { annotateArticle, AnnotationRefused } from '../../../src/tools/annotate-article.ts';
import { contentActors } from '../../../src/tools/content-actors.ts';
import { createArticle } from '../../../src/tools/create-article.ts';

const text =
  'Ban announced\n\nThe ministry said on Monday that exports of rare earths would stop at once.\n\nOfficials in ' +
  'Tokyo protested the next day.\n';
let dir: string;
let path: string;
let source: string;
const registry = () => contentActors(dir).registry;
const claim = {
  op: 'mark' as const,
  kind: 'claim' as const,
  id: 'exports-stop',
  record: { type: 'factual' as const, claimant: 'author', status: 'unverified' as const },
  selection: { block: 1, start: 33, end: 74, text: 'exports of rare earths would stop at once' },
};

const onMonday = {
  op: 'mark' as const,
  kind: 'event' as const,
  id: 'on-monday',
  record: { summary: 'The ministry announces the ban', date: '2026-01-05' },
  selection: { block: 1, start: 18, end: 27, text: 'on Monday' },
};

/** A source the ministry published, and the marked claim with it added through an edit. */
const report = {
  url: 'https://example.org/notice',
  title: 'Notice',
  publisher: 'Ministry',
  date: '2026-01-06',
};
const withReport = (marked: string) =>
  annotateArticle(marked, path, registry(), {
    op: 'edit',
    kind: 'claim',
    id: 'exports-stop',
    changes: {},
    sources: { add: [report] },
  });

/** Lines of `after` not in `before`, and lines of `before` not in `after`. */
function lineDiff(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  return {
    added: b.filter((line) => !a.includes(line)),
    removed: a.filter((line) => !b.includes(line)),
  };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimlens-annotate-'));
  path = createArticle(dir, {
    slug: 'ban',
    text,
    url: 'https://example.org/ban',
    analysed: '2026-11-28',
  }).article;
  // The analyst's assessment, so the folder builds (no claim has a verdict, so no key claim).
  const assessment =
    'assessment: { verdict: Not checked, summary: "Nothing is checked. Nothing is marked.", key: [] }';
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^---\n/, `---\n${assessment}\n`));
  source = readFileSync(path, 'utf8');
});

describe('annotateArticle', () => {
  test('marks exactly the selected words as a claim and adds its record; nothing else changes', () => {
    const next = annotateArticle(source, path, registry(), claim);
    const { added, removed } = lineDiff(source, next);
    expect(removed).toEqual([
      'claims: {}',
      source.split('\n').find((l) => l.includes('exports of rare earths')),
    ]);
    expect(added).toContain(
      'The ministry said on Monday that :claim[exports of rare earths would stop at once]{#exports-stop}.',
    );
    expect(
      next.replace(
        ':claim[exports of rare earths would stop at once]{#exports-stop}',
        'exports of rare earths would stop at once',
      ),
    ).toBe(
      source.replace(
        /^claims: \{\}\n/m,
        'claims:\n  exports-stop:\n    type: factual\n    claimant: author\n    status: unverified\n',
      ),
    );
  });

  test('edits only the changed field, on its own line', () => {
    const marked = annotateArticle(source, path, registry(), claim);
    const edited = annotateArticle(marked, path, registry(), {
      op: 'edit',
      kind: 'claim',
      id: 'exports-stop',
      changes: { status: 'not-checkable', note: 'No record: said in passing.' },
    });
    const { added, removed } = lineDiff(marked, edited);
    expect(removed).toEqual(['    status: unverified']);
    expect(added).toEqual(['    status: not-checkable', '    note: "No record: said in passing."']);
  });

  test('adds a source to a claim and a documented date to an event, checked by the core', () => {
    const marked = annotateArticle(source, path, registry(), claim);
    const sourced = withReport(marked);
    expect(lineDiff(marked, sourced).added).toEqual([
      '    sources:',
      '      - url: https://example.org/notice',
      '        title: Notice',
      '        publisher: Ministry',
      '        date: 2026-01-06',
    ]);
    // The core's own checks decide, with their place and fix.
    expect(() =>
      annotateArticle(marked, path, registry(), {
        op: 'edit',
        kind: 'claim',
        id: 'exports-stop',
        changes: {},
        sources: { add: [{ ...report, date: '6 January' }] },
      }),
    ).toThrow(/ban\.md:\d+:\d+: .*date/);
    const withEvent = annotateArticle(sourced, path, registry(), onMonday);
    const documented = (changes: Record<string, string>, add = [report]) =>
      annotateArticle(withEvent, path, registry(), {
        op: 'edit',
        kind: 'event',
        id: 'on-monday',
        changes: {},
        documented: { changes, sources: { add } },
      });
    expect(lineDiff(withEvent, documented({ date: '2026-01-06' })).added).toEqual([
      '    documented:',
      '      date: 2026-01-06',
      '      sources:',
      '        - url: https://example.org/notice',
      '          title: Notice',
      '          publisher: Ministry',
      '          date: 2026-01-06',
    ]);
    expect(() => documented({ date: '2026-01-06' }, [])).toThrow(
      /ban\.md:\d+:\d+: events\.on-monday\.documented\.sources: missing required field/,
    );
  });

  test('keeps a CRLF file CRLF: the marker and the record end their lines as the file does', () => {
    const crlf = source.replaceAll('\n', '\r\n');
    const marked = annotateArticle(crlf, path, registry(), claim);
    expect(marked.replace(/\r\n/g, '')).not.toContain('\n');
    expect(marked.replaceAll('\r\n', '\n')).toBe(annotateArticle(source, path, registry(), claim));
  });

  test('removes a marker and its record, keeping the words', () => {
    const marked = annotateArticle(source, path, registry(), claim);
    expect(
      annotateArticle(marked, path, registry(), {
        op: 'remove',
        kind: 'claim',
        id: 'exports-stop',
      }),
    ).toBe(source);
  });

  test('marks an event and an actor mention', () => {
    const withEvent = annotateArticle(source, path, registry(), onMonday);
    expect(withEvent).toContain('said :event[on Monday]{#on-monday} that');
    const withMention = annotateArticle(withEvent, path, registry(), {
      op: 'mark',
      kind: 'actor',
      ref: 'ban-author',
      selection: { block: 2, start: 0, end: 9, text: 'Officials' },
    });
    expect(withMention).toContain(':actor[Officials]{ref="ban-author"} in Tokyo');
  });

  test.each([
    [
      'across a paragraph',
      { block: 1, start: 56, end: 78, text: 'would stop at once.\n\nO' },
      /runs across paragraphs/,
    ],
    [
      'words not where the page said',
      { block: 1, start: 0, end: 3, text: 'xyz' },
      /file changed since the page loaded/,
    ],
  ])('refuses a selection %s', (_, selection, message) => {
    expect(() => annotateArticle(source, path, registry(), { ...claim, selection })).toThrow(
      message,
    );
  });

  test('refuses a selection crossing the edge of a marker, and an id already used', () => {
    const marked = annotateArticle(source, path, registry(), claim);
    const crossing = { block: 1, start: 28, end: 45, text: 'that exports of r' };
    expect(() =>
      annotateArticle(marked, path, registry(), { ...claim, id: 'other', selection: crossing }),
    ).toThrow(/crosses the edge of another marker/);
    expect(() => annotateArticle(marked, path, registry(), claim)).toThrow(/already used/);
  });

  test('refuses what the core would reject, with its message, and writes nothing invalid', () => {
    expect(() =>
      annotateArticle(source, path, registry(), {
        ...claim,
        record: { ...claim.record, claimant: 'nobody' },
      }),
    ).toThrow(AnnotationRefused);
    expect(() =>
      annotateArticle(source, path, registry(), {
        ...claim,
        record: { ...claim.record, claimant: 'nobody' },
      }),
    ).toThrow(/ban\.md:\d+:\d+: .*unknown actor "nobody"/);
  });

  test('the annotated folder still loads with its text verbatim', () => {
    const next = annotateArticle(source, path, registry(), claim);
    expect(next).not.toBe(source);
    expect(loadCorpus(dir).articles[0]?.plainText).toContain(
      'exports of rare earths would stop at once',
    );
  });

  test("refuses an edit that removes a published verdict's finding: the article would not build", () => {
    const marked = annotateArticle(source, path, registry(), claim);
    const sourced = withReport(marked);
    const withFinding = sourced
      .replace(
        '    status: unverified\n',
        "    status: supported\n    finding: The ministry's notice says so.\n",
      )
      .replace('key: []', 'key: [exports-stop]')
      // Published: a draft may still lack a finding, and builds without one.
      .replace(/^draft: true\n/m, '');
    expect(withFinding).not.toContain('draft:');
    // It builds as it is.
    writeFileSync(path, withFinding);
    expect(loadCorpus(dir).claims.map((c) => c.finding)).toEqual([
      "The ministry's notice says so.",
    ]);
    const removeFinding = () =>
      annotateArticle(withFinding, path, registry(), {
        op: 'edit',
        kind: 'claim',
        id: 'exports-stop',
        changes: { finding: null },
      });
    expect(removeFinding).toThrow(AnnotationRefused);
    expect(removeFinding).toThrow(
      /would not build:\n.*ban\.md: claim "exports-stop" has status "supported" but no finding/,
    );
  });

  test('edits a note written as a >- or | block in the same style, and only its lines', () => {
    const marked = annotateArticle(source, path, registry(), claim);
    const folded = marked.replace(
      '    status: unverified\n',
      '    status: unverified\n    note: >-\n' +
        '      The notice is dated the day before; it says the stop is\n      for export licences only.\n',
    );
    const edited = annotateArticle(folded, path, registry(), {
      op: 'edit',
      kind: 'claim',
      id: 'exports-stop',
      changes: {
        note: 'The notice is dated the day before; it says the stop is for new export licences only.',
      },
    });
    const { added, removed } = lineDiff(folded, edited);
    expect(removed).toEqual(['      for export licences only.']);
    expect(added).toEqual(['      for new export licences only.']);
    const literal = folded.replace('note: >-', 'note: |');
    const relined = annotateArticle(literal, path, registry(), {
      op: 'edit',
      kind: 'claim',
      id: 'exports-stop',
      changes: { note: 'First line.\nSecond line.' },
    });
    expect(relined).toContain('    note: |\n      First line.\n      Second line.\n');
  });
});
