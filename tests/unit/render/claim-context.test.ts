import { describe, expect, test } from 'vitest';
import { claimInContext, claimInSentence } from '../../../src/render/claim-context.ts';
import { loadCorpus } from '../../../src/analysis/load-corpus.ts';

describe('claimInContext', () => {
  test('cuts the paragraph around the claim', () => {
    expect(
      claimInContext('A. B. C.', { exact: 'B.', prefix: 'A. ', suffix: ' C.', start: 3, end: 5 }),
    ).toEqual({ before: 'A. ', exact: 'B.', after: ' C.' });
  });

  test('picks the occurrence the prefix and suffix point at when the words repeat', () => {
    const context = 'It rose. Prices fell, and it rose.';
    expect(
      claimInContext(context, {
        exact: 'it rose.',
        prefix: 'Prices fell, and ',
        suffix: '',
        start: 26,
        end: 34,
      }),
    ).toEqual({ before: 'It rose. Prices fell, and ', exact: 'it rose.', after: '' });
    expect(
      claimInContext('x y x z', { exact: 'x', prefix: 'x y ', suffix: ' z', start: 4, end: 5 })
        .before,
    ).toBe('x y ');
  });

  test('refuses a claim that is not in its paragraph rather than quoting the wrong text', () => {
    expect(() =>
      claimInContext('Nothing here.', {
        exact: 'elsewhere',
        prefix: '',
        suffix: '',
        start: 0,
        end: 9,
      }),
    ).toThrow(/not in its paragraph/);
  });

  test('every seed claim is found in its paragraph, which it rebuilds unchanged', () => {
    for (const claim of loadCorpus('content').claims) {
      const { before, exact, after } = claimInContext(claim.context, claim.selector);
      expect(exact).toBe(claim.text);
      expect(before + exact + after).toBe(claim.context);
    }
  });
});

describe('claimInSentence', () => {
  test('widens a fragment to the sentence that holds it, and no further', () => {
    expect(
      claimInSentence('A. B and c. D.', {
        exact: 'c.',
        prefix: 'A. B and ',
        suffix: ' D.',
        start: 9,
        end: 11,
      }),
    ).toEqual({ before: 'B and ', exact: 'c.', after: '' });
  });

  test('keeps every sentence a claim spans', () => {
    const context = 'One. Two starts here. Three ends. Four.';
    const exact = 'here. Three';
    const start = context.indexOf(exact);
    expect(
      claimInSentence(context, {
        exact,
        prefix: context.slice(0, start),
        suffix: context.slice(start + exact.length),
        start,
        end: start + exact.length,
      }),
    ).toEqual({ before: 'Two starts ', exact, after: ' ends.' });
  });

  test('gives the seed fragment "quickly held a meeting." its whole sentence', () => {
    const corpus = loadCorpus('content');
    const claim = corpus.claims.find((c) => c.id === 'g7-quickly-met');
    expect(claim).toBeDefined();
    const { before, exact, after } = claimInSentence(claim!.context, claim!.selector);
    expect(before).toMatch(/^The G7 countries/);
    expect(`${before}${exact}${after}`).toMatch(/and quickly held a meeting\.$/);
  });
});
