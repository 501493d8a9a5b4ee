import { describe, expect, test } from 'vitest';
import { annotationCollection } from '../../../src/exports/annotations.ts';
import { CORPORA, SEED_CORPUS, SITE } from './corpora.ts';

describe.each(CORPORA)('the annotations of %s', (_, corpus) => {
  const collection = annotationCollection(corpus.articles, corpus.claims, SITE);
  const plainText = new Map(
    corpus.articles.map((a) => [`https://claimlens.example/articles/${a.id}/`, a.plainText]),
  );

  test('hold one annotation per claim, counted in total', () => {
    expect(collection.first.items).toHaveLength(corpus.claims.length);
    expect(collection.total).toBe(corpus.claims.length);
  });

  test.each(collection.first.items.map((a) => [a.id, a] as const))(
    '%s: exact, prefix and suffix sit at start–end of the plain text',
    (_, annotation) => {
      const text = plainText.get(annotation.target.source) ?? '';
      const [quote, position] = annotation.target.selector;
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(text.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
      expect(text.slice(position.end, position.end + quote.suffix.length)).toBe(quote.suffix);
    },
  );

  test('carry the verdict and the type as the body', () => {
    for (const annotation of collection.first.items) {
      const claim = corpus.claims.find((c) => annotation.id.endsWith(`#${c.article}/${c.id}`));
      expect(annotation.body).toContainEqual(
        expect.objectContaining({ purpose: 'assessing', value: claim?.status }),
      );
      expect(annotation.body).toContainEqual(
        expect.objectContaining({ purpose: 'classifying', value: claim?.type }),
      );
    }
  });
});

test('the collection uses the W3C Web Annotation context and motivation', () => {
  const collection = annotationCollection(SEED_CORPUS.articles, SEED_CORPUS.claims, SITE);
  expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(new Set(collection.first.items.map((a) => `${a.type} ${a.motivation}`))).toEqual(
    new Set(['Annotation assessing']),
  );
});
