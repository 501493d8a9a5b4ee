import { describe, expect, test } from 'vitest';
import { AnnotationRefused } from '../../../src/tools/annotation-refused.ts';
import { editRecord, sharedSources } from '../../../src/tools/edit-record.ts';

const yaml = `events:
  dialogue:
    summary: The dialogue
    date: 2026-01-16
    documented:
      date: 2026-01-16
      note: Held in New Delhi.
      sources:
        - &mpost
          url: https://example.org/mpost
          title: Millennium Post report
          publisher: Millennium Post
          date: 2026-01-17
  meeting:
    summary: The meeting
claims:
  ban:
    type: factual
    status: unverified
    sources:
      - &kyodo
        url: https://example.org/kyodo
        title: Kyodo report
        publisher: Kyodo News
        date: 2026-01-16
      - url: https://example.org/mofcom
        title: Announcement No. 1
        publisher: MOFCOM
        date: 2026-01-06
  g7:
    type: factual
    sources: [*kyodo, *mpost]
  plain:
    type: opinion
`;
const source = {
  url: 'https://example.org/new',
  title: 'A new report: with a colon',
  publisher: 'Reuters',
  date: '2026-01-20',
};

/** Lines of `after` not in `before`, and lines of `before` not in `after`. */
function lineDiff(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  return { added: b.filter((l) => !a.includes(l)), removed: a.filter((l) => !b.includes(l)) };
}
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AnnotationRefused);
    return (error as Error).message;
  }
  throw new Error('not refused');
};

describe('editRecord: sources', () => {
  test('adds a source after the last one of a block list; nothing else changes', () => {
    const next = editRecord(yaml, {
      kind: 'claim',
      id: 'ban',
      changes: {},
      sources: { add: [source] },
    });
    expect(next).toContain(
      '        date: 2026-01-06\n' +
        '      - url: https://example.org/new\n' +
        '        title: "A new report: with a colon"\n' +
        '        publisher: Reuters\n' +
        '        date: 2026-01-20\n' +
        '  g7:\n',
    );
    expect(lineDiff(yaml, next).removed).toEqual([]);
  });

  test('gives a record with no sources its first, with a quote when one is given', () => {
    const next = editRecord(yaml, {
      kind: 'claim',
      id: 'plain',
      changes: {},
      sources: { add: [{ ...source, quote: ' Exports stop at once. ' }] },
    });
    expect(next).toContain('  plain:\n    type: opinion\n    sources:\n');
    expect(lineDiff(yaml, next).added).toEqual([
      '      - url: https://example.org/new',
      '        title: "A new report: with a colon"',
      '        publisher: Reuters',
      '        date: 2026-01-20',
      '        quote: Exports stop at once.',
    ]);
  });

  test('drops an alias from a one-line list and keeps the other as written', () => {
    const next = editRecord(yaml, {
      kind: 'claim',
      id: 'g7',
      changes: {},
      sources: { remove: [{ index: 0, url: 'https://example.org/kyodo' }] },
    });
    expect(lineDiff(yaml, next)).toEqual({
      added: ['    sources: [*mpost]'],
      removed: ['    sources: [*kyodo, *mpost]'],
    });
  });

  test('adding to a one-line list of aliases writes it as a block list, aliases kept', () => {
    const next = editRecord(yaml, {
      kind: 'claim',
      id: 'g7',
      changes: {},
      sources: { add: [source] },
    });
    expect(next).toContain(
      '    sources:\n      - *kyodo\n      - *mpost\n      - url: https://example.org/new\n',
    );
    expect(lineDiff(yaml, next).removed).toEqual(['    sources: [*kyodo, *mpost]']);
  });

  test('drops a block item with all its lines, and the list when it is the last', () => {
    const once = editRecord(yaml, {
      kind: 'claim',
      id: 'ban',
      changes: {},
      sources: { remove: [{ index: 1, url: 'https://example.org/mofcom' }] },
    });
    expect(lineDiff(yaml, once).removed).toEqual([
      '      - url: https://example.org/mofcom',
      '        title: Announcement No. 1',
      '        publisher: MOFCOM',
      '        date: 2026-01-06',
    ]);
    const none = editRecord(yaml.replace('[*kyodo, *mpost]', '[*mpost]'), {
      kind: 'claim',
      id: 'g7',
      changes: {},
      sources: { remove: [{ index: 0, url: 'https://example.org/mpost' }] },
    });
    expect(none).toContain('  g7:\n    type: factual\n  plain:\n');
  });

  test('refuses to drop a source other records reuse through its anchor, naming it', () => {
    const message = refusal(() =>
      editRecord(yaml, {
        kind: 'claim',
        id: 'ban',
        changes: {},
        sources: { remove: [{ index: 0, url: 'https://example.org/kyodo' }] },
      }),
    );
    expect(message).toBe(
      'The source "Kyodo report" of "ban" is written here once as &kyodo and used again elsewhere as *kyodo; ' +
        'remove it in the file, moving &kyodo to another of its uses.',
    );
  });

  test('refuses a new source missing a required field, naming the four', () => {
    expect(
      refusal(() =>
        editRecord(yaml, {
          kind: 'claim',
          id: 'plain',
          changes: {},
          sources: { add: [{ ...source, publisher: ' ' }] },
        }),
      ),
    ).toBe('A new source needs its URL, title, publisher and date published; fill in all four.');
  });

  test('refuses a removal when the list changed since the page loaded', () => {
    expect(
      refusal(() =>
        editRecord(yaml, {
          kind: 'claim',
          id: 'ban',
          changes: {},
          sources: { remove: [{ index: 1, url: 'https://example.org/kyodo' }] },
        }),
      ),
    ).toMatch(/changed since the page loaded; reload the page/);
  });
});

describe("editRecord: an event's documented record", () => {
  test('a new documented date changes that one line', () => {
    const next = editRecord(yaml, {
      kind: 'event',
      id: 'dialogue',
      changes: {},
      documented: { changes: { date: '2026-01-15' } },
    });
    expect(lineDiff(yaml, next)).toEqual({
      added: ['      date: 2026-01-15'],
      removed: ['      date: 2026-01-16'],
    });
  });

  test('an event without one gets a documented record with its date, note and source', () => {
    const next = editRecord(yaml, {
      kind: 'event',
      id: 'meeting',
      changes: {},
      documented: {
        changes: { date: '2026-01-12', note: 'Convened by the US.' },
        sources: { add: [source] },
      },
    });
    expect(next).toContain(
      '  meeting:\n    summary: The meeting\n    documented:\n      date: 2026-01-12\n' +
        '      note: Convened by the US.\n      sources:\n        - url: https://example.org/new\n' +
        '          title: "A new report: with a colon"\n          publisher: Reuters\n' +
        '          date: 2026-01-20\nclaims:\n',
    );
  });

  test('removing it drops its lines, unless it holds a source reused elsewhere', () => {
    expect(
      refusal(() =>
        editRecord(yaml, { kind: 'event', id: 'dialogue', changes: {}, documented: null }),
      ),
    ).toMatch(/holds a source written once as &mpost/);
    const unshared = yaml.replace('[*kyodo, *mpost]', '[*kyodo]');
    const next = editRecord(unshared, {
      kind: 'event',
      id: 'dialogue',
      changes: {},
      documented: null,
    });
    expect(next).toContain('    date: 2026-01-16\n  meeting:\n');
    expect(next).not.toContain('Held in New Delhi.');
  });
});

test('sharedSources names the anchors other records reuse, per source', () => {
  const shared = sharedSources(yaml);
  expect(shared.claims['ban']).toEqual({ sources: ['kyodo', null], documented: [] });
  expect(shared.claims['g7']).toEqual({ sources: [null, null], documented: [] });
  expect(shared.events['dialogue']).toEqual({ sources: [], documented: ['mpost'] });
});
