import { describe, expect, test } from 'vitest';
import { consistencyHints } from '../../../src/analysis/consistency-hints.ts';
import { loadCorpus } from '../../../src/analysis/load-corpus.ts';
import { RATING_TESTS } from '../../../src/analysis/schema/rating-guide.ts';

const corpus = loadCorpus('content');

describe('the seed is rated by the rating guide', () => {
  test('each example the guide gives is a claim of the seed, with that rating and those words', () => {
    for (const [status, { example }] of Object.entries(RATING_TESTS)) {
      if ('none' in example) {
        expect(
          corpus.claims.filter((c) => c.status === status),
          status,
        ).toEqual([]);
        continue;
      }
      const claim = corpus.claims.find(
        (c) => c.article === example.article && c.id === example.claim,
      );
      expect(claim && [claim.status, claim.text], example.claim).toEqual([status, example.words]);
    }
  });

  test('the consistency hints find nothing: wording, type and twins all agree with the ratings', () => {
    for (const article of corpus.articles) {
      const claims = corpus.claims.filter((c) => c.article === article.id);
      expect(consistencyHints(claims).map((h) => `${h.claim}: ${h.message}`)).toEqual([]);
    }
  });
});
