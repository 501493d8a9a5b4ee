import { describe, expect, test } from 'vitest';
import { claimReview, type ClaimReviewInput } from '../../../src/render/claim-review.ts';
import { jsonForScript } from '../../../src/render/json-for-script.ts';
import { ClaimStatusSchema } from '../../../src/analysis/schema/vocabulary.ts';

const input: ClaimReviewInput = {
  url: 'https://claimlens.example/articles/a/claims/b/',
  text: 'Exports fell </script><script>alert(1)</script> by half.',
  status: 'false',
  analysed: '2026-11-28',
  claimant: { name: 'Ministry', kind: 'government' },
  appearance: { url: 'https://example.org/a', publisher: 'Example' },
  siteName: 'ClaimLens',
};

describe('claimReview', () => {
  test('has the fields Google requires: claimReviewed, reviewRating with alternateName, url', () => {
    const review = claimReview(input);
    expect(review?.['@type']).toBe('ClaimReview');
    expect(review?.claimReviewed).toBe(input.text);
    expect(review?.url).toBe(input.url);
    expect(review?.reviewRating).toMatchObject({
      '@type': 'Rating',
      alternateName: 'False',
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
    });
  });

  test.each(ClaimStatusSchema.options)('status %s: a review only for a verdict', (status) => {
    const verdict = ['supported', 'missing-context', 'disputed', 'false', 'misleading'].includes(
      status,
    );
    expect(claimReview({ ...input, status }) !== undefined).toBe(verdict);
  });

  test('rates missing context between supported and disputed, under its own name', () => {
    const rating = (status: ClaimReviewInput['status']) =>
      claimReview({ ...input, status })?.reviewRating;
    expect(rating('missing-context')).toMatchObject({
      ratingValue: 4,
      alternateName: 'Missing context',
    });
    expect(rating('supported')?.ratingValue).toBe(5);
    expect(rating('disputed')?.ratingValue).toBe(3);
  });

  test('serialised with jsonForScript, no text can close the script element, and it reads back unchanged', () => {
    const json = jsonForScript(claimReview(input));
    expect(json).not.toMatch(/<\/script/i);
    expect(JSON.parse(json).claimReviewed).toBe(input.text);
  });
});

describe('claimReview dateModified', () => {
  test('is the day of the newest update, and absent when nothing changed', () => {
    expect(claimReview({ ...input, modified: '2026-11-29' })?.dateModified).toBe('2026-11-29');
    expect(claimReview(input)).not.toHaveProperty('dateModified');
  });
});

describe('claimReview reviewBody', () => {
  test('carries the finding, the verdict in one sentence, as the body of the review', () => {
    const finding = 'Exports fell by a tenth, not by half.';
    expect(claimReview({ ...input, finding })?.reviewBody).toBe(finding);
    expect(claimReview(input)).not.toHaveProperty('reviewBody');
  });
});
