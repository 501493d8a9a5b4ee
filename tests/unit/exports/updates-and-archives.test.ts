import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { annotationCollection } from '../../../src/exports/annotations.ts';
import { articleRecords } from '../../../src/exports/article-records.ts';
import { claimRecords } from '../../../src/exports/claim-records.ts';
import { CLAIM_COLUMNS, toCsv } from '../../../src/exports/csv.ts';
import { FIXTURE, SITE } from './corpora.ts';

const ARCHIVE = 'https://web.archive.org/web/20260120101500/https://example.org/withdrawn';

describe('the exports carry the updates log and archived copies', () => {
  const claims = claimRecords(FIXTURE.claims, SITE);
  const claim = claims.find((c) => c.id === 'script-claim');

  test('claims.json gives the log newest first, a rating change with the status it led to', () => {
    expect(claim?.updates).toEqual([
      {
        date: '2026-11-29',
        kind: 'rating-change',
        from: 'disputed',
        to: 'unverified',
        note: 'The second source was <withdrawn>.',
      },
      { date: '2026-11-27', kind: 'correction', note: 'A name was misspelt.' },
    ]);
    expect(claim?.modified).toBe('2026-11-29');
    expect(claims.find((c) => c.id === 'formula-claim')).toMatchObject({ updates: [] });
    expect(claims.find((c) => c.id === 'formula-claim')?.modified).toBeUndefined();
  });

  test('claims.json keeps the archived copy beside the live source', () => {
    expect(claim?.sources[0]?.archived).toEqual({ url: ARCHIVE, date: '2026-01-20' });
  });

  test('articles.json carries the article-level log', () => {
    expect(articleRecords(FIXTURE.articles, SITE)[0]?.updates).toEqual([
      { date: '2026-11-28', kind: 'update', note: 'Added the month-only event.' },
    ]);
  });

  test('the CSV has the archive URL, the day modified and the log, one line per entry', () => {
    const rows: Record<string, string>[] = parse(toCsv(claims, CLAIM_COLUMNS), {
      bom: true,
      columns: true,
    });
    const row = rows.find((r) => r['id'] === 'script-claim');
    expect(row?.['archived']).toBe(ARCHIVE);
    expect(row?.['modified']).toBe('2026-11-29');
    expect(row?.['updates']).toBe(
      '2026-11-29 rating-change disputed→unverified: The second source was <withdrawn>.\n' +
        '2026-11-27 correction: A name was misspelt.',
    );
  });

  test('the W3C annotation is modified on the newest day and has an editing body per entry', () => {
    const items = annotationCollection(FIXTURE.articles, FIXTURE.claims, SITE).first.items;
    const annotation = items.find((a) => a.id.endsWith('/script-claim'));
    expect(annotation?.modified).toBe('2026-11-29T00:00:00Z');
    const editing = annotation?.body.filter((b) => 'purpose' in b && b.purpose === 'editing');
    expect(editing?.map((b) => ('value' in b ? b.value : ''))).toEqual([
      '2026-11-29 rating-change disputed→unverified: The second source was <withdrawn>.',
      '2026-11-27 correction: A name was misspelt.',
    ]);
  });
});
