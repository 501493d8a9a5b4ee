import { stringify } from 'csv-stringify/sync';
import { updateLine, type ClaimRecord } from './claim-records.ts';
import type { EventRecord } from './event-records.ts';
import type { VocabularyRecord } from './vocabulary-records.ts';

/** Several ids or URLs in one cell. */
const LIST_SEPARATOR = ' ';

/** A CSV column: its header and how to read it from a record. */
type Column<T> = [header: string, cell: (record: T) => string | number | boolean | undefined];

/** The columns of /data/claims.csv, in order. */
export const CLAIM_COLUMNS: Column<ClaimRecord>[] = [
  ['key', (c) => c.key],
  ['article', (c) => c.article],
  ['id', (c) => c.id],
  ['number', (c) => c.number],
  ['url', (c) => c.url],
  ['article_url', (c) => c.articleUrl],
  ['text', (c) => c.text],
  ['type', (c) => c.type],
  ['claimant', (c) => c.claimant],
  ['status', (c) => c.status],
  ['note', (c) => c.note],
  ['about', (c) => c.about.join(LIST_SEPARATOR)],
  ['events', (c) => c.events.join(LIST_SEPARATOR)],
  ['flags', (c) => c.flags.join(LIST_SEPARATOR)],
  ['sources', (c) => c.sources.map((s) => s.url).join(LIST_SEPARATOR)],
  [
    'archived',
    (c) => c.sources.flatMap((s) => (s.archived ? [s.archived.url] : [])).join(LIST_SEPARATOR),
  ],
  ['start', (c) => c.selector.start],
  ['end', (c) => c.selector.end],
  ['modified', (c) => c.modified],
  ['updates', (c) => c.updates.map(updateLine).join(UPDATE_SEPARATOR)],
];

/** Entries of an updates log in one cell, newest first. */
const UPDATE_SEPARATOR = '\n';

/** The columns of /data/events.csv, in order. */
export const EVENT_COLUMNS: Column<EventRecord>[] = [
  ['key', (e) => e.key],
  ['article', (e) => e.article],
  ['id', (e) => e.id],
  ['told', (e) => e.told],
  ['url', (e) => e.url],
  ['summary', (e) => e.summary],
  ['type', (e) => e.type],
  ['date_as_written', (e) => e.date.asWritten],
  ['date', (e) => e.date.value],
  ['precision', (e) => e.date.precision],
  ['approximate', (e) => e.date.approximate],
  ['date_edtf', (e) => e.date.edtf],
  ['date_period_edtf', (e) => e.date.period],
  ['approximation', (e) => e.date.approximation],
  ['display_date', (e) => e.displayDate],
  ['record_date_edtf', (e) => e.documented?.edtf],
  ['record_comparison', (e) => e.documented?.comparison],
  ['actors', (e) => e.actors.join(LIST_SEPARATOR)],
  ['quote', (e) => e.quote],
];

/** The columns of /data/vocabulary.csv, in order. */
export const VOCABULARY_COLUMNS: Column<VocabularyRecord>[] = [
  ['field', (v) => v.field],
  ['value', (v) => v.value],
  ['label', (v) => v.label],
  ['definition', (v) => v.definition],
];

/**
 * Records as RFC 4180 CSV with a header row and a UTF-8 byte-order mark (so spreadsheet programs
 * read it as UTF-8). A cell that starts with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so
 * no spreadsheet runs it as a formula; the JSON exports carry the exact words.
 *
 * @example
 *   toCsv(claimRecords(corpus.claims, site), CLAIM_COLUMNS).split('\r\n')[0] // '\uFEFFkey,article,id,…'
 */
export function toCsv<T>(records: readonly T[], columns: readonly Column<T>[]): string {
  return stringify(
    records.map((record) => columns.map(([, cell]) => cell(record))),
    {
      header: true,
      columns: columns.map(([header]) => header),
      bom: true,
      record_delimiter: 'windows',
      escape_formulas: true,
      cast: { boolean: (v) => String(v) },
    },
  );
}
