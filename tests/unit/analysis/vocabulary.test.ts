import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { SourceSchema } from '../../../src/analysis/schema/common.ts';
import {
  APPROXIMATION_TERMS,
  ApproximationSchema,
  RECORD_COMPARISON_TERMS,
  RecordComparisonSchema,
  CLAIM_FLAG_TERMS,
  CLAIM_STATUS_TERMS,
  CLAIM_TYPE_TERMS,
  ClaimFlagSchema,
  ClaimStatusSchema,
  ClaimTypeSchema,
  CONFIDENCE_TERMS,
  ConfidenceSchema,
  DATE_PRECISION_TERMS,
  DatePrecisionSchema,
  UPDATE_KIND_TERMS,
  UpdateKindSchema,
  VOCABULARIES,
} from '../../../src/analysis/schema/vocabulary.ts';
import { RATING_TESTS, TYPE_LIMITS } from '../../../src/analysis/schema/rating-guide.ts';
import { VERDICT_WORDING } from '../../../src/analysis/schema/verdict-wording.ts';
import { methodologyPage } from '../../../src/site/methodology-page.ts';
import { VOCABULARY_COLUMNS, toCsv } from '../../../src/exports/csv.ts';
import { exportJsonSchema } from '../../../src/exports/json-schemas.ts';
import { vocabularyRecords } from '../../../src/exports/vocabulary-records.ts';
import {
  CONFIDENCE_LABELS,
  STATUS_LABELS,
  TYPE_LABELS,
} from '../../../src/analysis/claim-labels.ts';

const SITE = new URL('https://claimlens.example');

describe('one vocabulary, read everywhere', () => {
  test.each([
    ['type', ClaimTypeSchema.options, CLAIM_TYPE_TERMS],
    ['status', ClaimStatusSchema.options, CLAIM_STATUS_TERMS],
    ['confidence', ConfidenceSchema.options, CONFIDENCE_TERMS],
    ['precision', DatePrecisionSchema.options, DATE_PRECISION_TERMS],
    ['kind', UpdateKindSchema.options, UPDATE_KIND_TERMS],
    ['flags', ClaimFlagSchema.options, CLAIM_FLAG_TERMS],
    ['comparison', RecordComparisonSchema.options, RECORD_COMPARISON_TERMS],
    ['approximation', ApproximationSchema.options, APPROXIMATION_TERMS],
  ] as const)(
    'every %s the schema allows has one definition, in the same order',
    (_, values, terms) => {
      expect(Object.keys(terms)).toEqual([...values]);
      for (const term of Object.values(terms)) expect(term.definition.length).toBeGreaterThan(20);
    },
  );

  test('the badges and legends use the vocabulary labels', () => {
    for (const [value, term] of Object.entries(CLAIM_TYPE_TERMS))
      expect(TYPE_LABELS[value as keyof typeof TYPE_LABELS].label).toBe(term.label);
    for (const [value, term] of Object.entries(CLAIM_STATUS_TERMS))
      expect(STATUS_LABELS[value as keyof typeof STATUS_LABELS].label).toBe(term.label);
    for (const [value, term] of Object.entries(CONFIDENCE_TERMS))
      expect(CONFIDENCE_LABELS[value as keyof typeof CONFIDENCE_LABELS]).toBe(term.label);
  });

  test('the JSON Schema of claims.json defines each type, status, flag and update kind', () => {
    const schema = JSON.stringify(exportJsonSchema('claims', SITE));
    for (const terms of [CLAIM_TYPE_TERMS, CLAIM_STATUS_TERMS, CLAIM_FLAG_TERMS, UPDATE_KIND_TERMS])
      for (const [value, term] of Object.entries(terms))
        expect(schema).toContain(
          JSON.stringify(`${value} (${term.label}): ${term.definition}`).slice(1, -1),
        );
  });

  test('the CSV data dictionary reads back to the vocabulary', () => {
    const rows: Record<string, string>[] = parse(toCsv(vocabularyRecords(), VOCABULARY_COLUMNS), {
      bom: true,
      columns: true,
    });
    const expected = Object.entries(VOCABULARIES).flatMap(([field, terms]) =>
      Object.entries(terms).map(([value, { label, definition }]) => ({
        field,
        value,
        label,
        definition,
      })),
    );
    expect(rows).toEqual(expected);
    expect(rows.map((r) => r['field'])).toEqual(
      expect.arrayContaining(['type', 'status', 'confidence', 'precision', 'kind', 'flags']),
    );
  });
});

describe('the rating guide and the methodology page read the vocabulary', () => {
  const page = methodologyPage();

  test('the guide gives a test and an example (or why none) for every status, in the vocabulary order', () => {
    expect(Object.keys(RATING_TESTS)).toEqual([...ClaimStatusSchema.options]);
    expect(page.guide.ratings.map((r) => r.label)).toEqual(
      Object.values(CLAIM_STATUS_TERMS).map((t) => t.label),
    );
    for (const rating of page.guide.ratings) expect(rating.test).toMatch(/\?/);
  });

  test('every claim type says which ratings it allows; opinions, speculation and predictions get none', () => {
    expect(Object.keys(TYPE_LIMITS)).toEqual([...ClaimTypeSchema.options]);
    for (const type of ['opinion', 'speculation', 'prediction'] as const)
      expect(TYPE_LIMITS[type].allows).toEqual(['not-checkable']);
    expect(page.guide.types.map((t) => t.label)).toEqual(
      Object.values(CLAIM_TYPE_TERMS).map((t) => t.label),
    );
  });

  test('every verdict wording fits only statuses the vocabulary has, and none fits them all', () => {
    for (const wording of Object.values(VERDICT_WORDING)) {
      for (const status of wording.fits) expect(ClaimStatusSchema.options).toContain(status);
      expect(wording.fits.length).toBeLessThan(ClaimStatusSchema.options.length);
    }
  });

  test('term headings are the words readers see; the data value sits in the definition', () => {
    expect(page.terms.status.find((t) => t.value === 'missing-context')).toMatchObject({
      label: 'Missing context',
      glyph: '◐',
      anchor: 'status-missing-context',
    });
  });
});

describe('a source in Chinese, Japanese or Korean script', () => {
  const source = {
    url: 'https://example.org/a',
    title: '対中念頭に威圧的措置懸念',
    publisher: 'Kyodo',
    date: '2026-01-16',
  };
  test('must say its language, in a BCP 47 tag', () => {
    expect(SourceSchema.safeParse(source).error?.issues[0]?.message).toMatch(
      /add language: \(e\.g\. zh, ja or ko\)/,
    );
    expect(SourceSchema.safeParse({ ...source, language: 'ja' }).success).toBe(true);
    expect(SourceSchema.safeParse({ ...source, language: 'JA' }).error?.issues[0]?.message).toBe(
      'write the language tag "JA" as ja',
    );
    expect(SourceSchema.safeParse({ ...source, language: 'not a tag' }).success).toBe(false);
  });
});
