import { describe, expect, test } from 'vitest';
import { actorRecords } from '../../../src/exports/actor-records.ts';
import { annotationCollection } from '../../../src/exports/annotations.ts';
import { articleRecords } from '../../../src/exports/article-records.ts';
import { claimRecords } from '../../../src/exports/claim-records.ts';
import { eventRecords } from '../../../src/exports/event-records.ts';
import { exportJsonSchema, type ExportName } from '../../../src/exports/json-schemas.ts';
import { allTimelineJs, articleTimelineJs } from '../../../src/exports/timelinejs.ts';
import { schemaErrors } from '../helpers/json-schema.ts';
import { CORPORA, SEED_CORPUS, SITE } from './corpora.ts';

describe.each(CORPORA)('exports of %s', (_, corpus) => {
  const exports: [ExportName, unknown][] = [
    ['articles', articleRecords(corpus.articles, SITE)],
    ['actors', actorRecords(corpus.actors, corpus.articles, corpus.claims, SITE)],
    ['claims', claimRecords(corpus.claims, SITE)],
    ['events', eventRecords(corpus.events, SITE)],
    ['annotations', annotationCollection(corpus.articles, corpus.claims, SITE)],
    ['timelinejs', allTimelineJs(corpus.articles, corpus.events, SITE)],
    ...corpus.articles.map((article): [ExportName, unknown] => [
      'timelinejs',
      articleTimelineJs(article, corpus.events, SITE),
    ]),
  ];

  test.each(exports)('%s validates against its generated JSON Schema', (name, data) => {
    expect(schemaErrors(exportJsonSchema(name, SITE), data)).toEqual([]);
  });
});

describe('the generated JSON Schemas', () => {
  test('reject a claim record that lacks its selector', () => {
    const [claim] = claimRecords(SEED_CORPUS.claims, SITE);
    const { selector: _, ...broken } = claim ?? {};
    expect(schemaErrors(exportJsonSchema('claims', SITE), [broken]).join('\n')).toContain(
      "must have required property 'selector'",
    );
  });

  test('reject a relative url', () => {
    const [article] = articleRecords(SEED_CORPUS.articles, SITE);
    expect(
      schemaErrors(exportJsonSchema('articles', SITE), [{ ...article, url: '/articles/x/' }]).join(
        '\n',
      ),
    ).toContain('must match format "uri"');
  });

  test('carry their canonical $id', () => {
    expect(exportJsonSchema('events', SITE)['$id']).toBe(
      'https://claimlens.example/data/schema/events.json',
    );
  });
});
