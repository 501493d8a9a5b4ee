import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { claimRecords } from '../../../src/exports/claim-records.ts';
import { CLAIM_COLUMNS, EVENT_COLUMNS, toCsv } from '../../../src/exports/csv.ts';
import { eventRecords } from '../../../src/exports/event-records.ts';
import { CORPORA, FIXTURE, SITE } from './corpora.ts';

const read = (csv: string): Record<string, string>[] => parse(csv, { bom: true, columns: true });
/** A cell's words with the apostrophe that defuses a formula taken off again. */
const words = (cell: string | undefined, original: string): string =>
  /^[=+\-@\t\r]/.test(original) ? (cell ?? '').replace(/^'/, '') : (cell ?? '');

describe.each(CORPORA)('the CSV files of %s', (_, corpus) => {
  const claims = claimRecords(corpus.claims, SITE);
  const events = eventRecords(corpus.events, SITE);

  test('start with a byte-order mark and a header row', () => {
    expect(toCsv(claims, CLAIM_COLUMNS).startsWith('\uFEFFkey,article,id,number,url,')).toBe(true);
    expect(toCsv(events, EVENT_COLUMNS).startsWith('\uFEFFkey,article,id,told,url,')).toBe(true);
  });

  test('read back to one row per claim with its words', () => {
    const rows = read(toCsv(claims, CLAIM_COLUMNS));
    expect(rows.map((r) => r['key'])).toEqual(claims.map((c) => c.key));
    for (const [i, claim] of claims.entries())
      expect(words(rows[i]?.['text'], claim.text)).toBe(claim.text);
  });

  test('read back to one row per event with its quote and dates', () => {
    const rows = read(toCsv(events, EVENT_COLUMNS));
    expect(
      rows.map((r, i) => [
        r['key'],
        words(r['quote'], events[i]?.quote ?? ''),
        r['date'],
        r['display_date'],
      ]),
    ).toEqual(events.map((e) => [e.key, e.quote, e.date.value ?? '', e.displayDate]));
  });
});

test('a cell that a spreadsheet would run as a formula is defused with a leading apostrophe', () => {
  const claims = claimRecords(FIXTURE.claims, SITE);
  const row = read(toCsv(claims, CLAIM_COLUMNS)).find((r) => r['id'] === 'formula-claim');
  expect(row?.['text']).toBe("'=1+1 is what the sheet would compute");
});
