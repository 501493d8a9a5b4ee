import { describe, expect, test } from 'vitest';
import { insertRecords } from '../../../src/tools/insert-records.ts';

const claim = {
  key: 'claims' as const,
  id: 'new-claim',
  record: {
    type: 'factual' as const,
    claimant: 'author',
    status: 'unverified' as const,
    note: 'TODO: check',
  },
};

describe('insertRecords', () => {
  test('appends to an existing block map at its indentation, leaving every other byte alone', () => {
    const yaml =
      'title: "T"  # quoted\nclaims:\n    old: { type: opinion, about: [a, b] }\n# trailing comment\nevents: {}\n';
    expect(insertRecords(yaml, [claim])).toBe(
      'title: "T"  # quoted\nclaims:\n    old: { type: opinion, about: [a, b] }\n    new-claim:\n      type: ' +
        'factual\n      claimant: author\n      status: unverified\n      note: "TODO: check"\n# trailing ' +
        'comment\nevents: {}\n',
    );
  });

  test('turns an empty flow map into a block map', () => {
    expect(
      insertRecords('claims: {}\nevents: {}\n', [
        claim,
        { key: 'events', id: 'ev', record: { date: '2026-03-03' } },
      ]),
    ).toBe(
      'claims:\n  new-claim:\n    type: factual\n    claimant: author\n    status: unverified\n    note: "TODO: ' +
        'check"\nevents:\n  ev:\n    date: 2026-03-03\n',
    );
  });

  test('adds a missing key at the end', () => {
    expect(insertRecords('title: T', [claim])).toBe(
      'title: T\nclaims:\n  new-claim:\n    type: factual\n    claimant: author\n    status: unverified\n    ' +
        'note: "TODO: check"\n',
    );
  });
});
