import { expect, test } from 'vitest';
import {
  formatArchiveResults,
  formatSources,
} from '../../../../src/tools/sources/format-sources.ts';
import type { CheckedSource } from '../../../../src/tools/sources/run-sources.ts';

const base = {
  file: 'content/articles/ban.md',
  article: 'ban',
  title: 'T',
  publisher: 'P',
  date: '2026-01-16',
  citedBy: ['claim:a'],
};
const checked: CheckedSource[] = [
  {
    ...base,
    url: 'https://example.org/a',
    archived: { url: 'https://archive.ph/AbC12', date: '2026-01-16' },
    link: { kind: 'dead', status: 404 },
    suggestion: 'https://archive.ph/AbC12',
  },
  {
    ...base,
    url: 'https://example.org/b',
    link: { kind: 'redirected', status: 200, to: 'https://example.org/c' },
  },
  { ...base, url: 'https://example.org/d', link: { kind: 'timeout', afterMs: 200 } },
];

test('the table shows each source’s copy, status and what to do, then the totals', () => {
  expect(formatSources(checked).split('\n')).toEqual([
    'content/articles/ban.md',
    '  archived    status          url',
    '  2026-01-16  dead 404        https://example.org/a',
    '                              ↳ read the archived copy: https://archive.ph/AbC12',
    '  —           redirected 200  https://example.org/b',
    '                              ↳ now at https://example.org/c',
    '  —           timeout 200 ms  https://example.org/d',
    '',
    '3 sources in 1 article: 1 archived, 2 without a copy (npm run sources -- --archive)',
    'checked: 1 redirected, 1 dead, 1 timeout',
  ]);
});

test('without --check the table has no status column', () => {
  const [, header, first] = formatSources(
    checked.map(({ link: _, suggestion: __, ...s }) => s),
  ).split('\n');
  expect(header).toBe('  archived    url');
  expect(first).toBe('  2026-01-16  https://example.org/a');
});

test('the archive report names each capture and each failure', () => {
  expect(
    formatArchiveResults([
      {
        url: 'https://example.org/b',
        ok: true,
        archived: { url: 'https://web.archive.org/web/1/x', date: '2026-11-30' },
        files: ['a.md'],
      },
      {
        url: 'https://example.org/d',
        ok: false,
        reason: 'Save Page Now answered HTTP 520 with no capture address',
      },
    ]),
  ).toBe(
    [
      'archived  https://example.org/b',
      '       →  https://web.archive.org/web/1/x (a.md)',
      'failed    https://example.org/d',
      '          Save Page Now answered HTTP 520 with no capture address',
      '1 of 2 captured and written; run again later to retry the rest',
    ].join('\n'),
  );
});
