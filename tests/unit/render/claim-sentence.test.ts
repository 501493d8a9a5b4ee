import { describe, expect, test } from 'vitest';
import { claimInParagraph, claimInSentence, joined } from '../../../src/render/claim-sentence.ts';
import { loadCorpus } from '../../../src/analysis/load-corpus.ts';
import { SEED } from '../helpers/seed.ts';

describe('claimInParagraph', () => {
  test('cuts the paragraph around the claim', () => {
    expect(
      claimInParagraph('A. B. C.', { exact: 'B.', prefix: 'A. ', suffix: ' C.', start: 3, end: 5 }),
    ).toEqual({ before: 'A. ', exact: 'B.', after: ' C.' });
  });

  test('picks the occurrence the prefix and suffix point at when the words repeat', () => {
    const paragraph = 'It rose. Prices fell, and it rose.';
    expect(
      claimInParagraph(paragraph, {
        exact: 'it rose.',
        prefix: 'Prices fell, and ',
        suffix: '',
        start: 26,
        end: 34,
      }),
    ).toEqual({ before: 'It rose. Prices fell, and ', exact: 'it rose.', after: '' });
    expect(
      claimInParagraph('x y x z', { exact: 'x', prefix: 'x y ', suffix: ' z', start: 4, end: 5 })
        .before,
    ).toBe('x y ');
  });

  test('refuses a claim that is not in its paragraph rather than quoting the wrong text', () => {
    expect(() =>
      claimInParagraph('Nothing here.', {
        exact: 'elsewhere',
        prefix: '',
        suffix: '',
        start: 0,
        end: 9,
      }),
    ).toThrow(/not in its paragraph/);
  });

  test('every seed claim is found in its paragraph, which it rebuilds unchanged', () => {
    for (const claim of loadCorpus(SEED).claims) {
      const { before, exact, after } = claimInParagraph(claim.paragraphText, claim.selector);
      expect(exact).toBe(claim.text);
      expect(before + exact + after).toBe(claim.paragraphText);
    }
  });
});

describe('claimInSentence, as claim pages use it', () => {
  const selectorOf = (paragraph: string, exact: string) => {
    const start = paragraph.indexOf(exact);
    return {
      exact,
      prefix: paragraph.slice(0, start),
      suffix: paragraph.slice(start + exact.length),
      start,
      end: start + exact.length,
    };
  };

  test('widens a clause to the whole sentence that holds it, and no further', () => {
    const paragraph = 'It rained. Prices rose, and it rose fast. Then calm.';
    expect(claimInSentence(paragraph, selectorOf(paragraph, 'it rose fast'))).toEqual({
      before: 'Prices rose, and ',
      exact: 'it rose fast',
      after: '.',
    });
  });

  test('keeps a claim that is a whole sentence as it is', () => {
    const paragraph = 'One. Two is two. Three.';
    expect(claimInSentence(paragraph, selectorOf(paragraph, 'Two is two.'))).toEqual({
      before: '',
      exact: 'Two is two.',
      after: '',
    });
  });

  test('takes every sentence a claim runs across', () => {
    const paragraph = 'Before. It began here. It ended there, late. After.';
    const cut = claimInSentence(paragraph, selectorOf(paragraph, 'here. It ended'));
    expect(joined(cut)).toBe('It began here. It ended there, late.');
  });

  test('keeps the words exactly: quotes, dashes and spacing untouched', () => {
    const paragraph = 'He said “no — never”  twice. Next.';
    expect(joined(claimInSentence(paragraph, selectorOf(paragraph, 'never')))).toBe(
      'He said “no — never”  twice.',
    );
  });

  test('in the seed article, a clause claim reads as its full sentence', () => {
    const claim = loadCorpus(SEED).claims.find((c) => c.id === 'g7-quickly-met');
    if (!claim) throw new Error('the seed article has no claim g7-quickly-met');
    const cut = claimInSentence(claim.paragraphText, claim.selector);
    expect(cut.exact).toBe('quickly held a meeting.');
    expect(joined(cut)).toMatch(
      /^The G7 countries, having experienced this incident, .*quickly held a meeting\.$/,
    );
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
    const paragraph = 'One. Two starts here. Three ends. Four.';
    const exact = 'here. Three';
    const start = paragraph.indexOf(exact);
    expect(
      claimInSentence(paragraph, {
        exact,
        prefix: paragraph.slice(0, start),
        suffix: paragraph.slice(start + exact.length),
        start,
        end: start + exact.length,
      }),
    ).toEqual({ before: 'Two starts ', exact, after: ' ends.' });
  });

  test('gives the seed fragment "quickly held a meeting." its whole sentence', () => {
    const corpus = loadCorpus(SEED);
    const claim = corpus.claims.find((c) => c.id === 'g7-quickly-met');
    expect(claim).toBeDefined();
    const { before, exact, after } = claimInSentence(claim!.paragraphText, claim!.selector);
    expect(before).toMatch(/^The G7 countries/);
    expect(`${before}${exact}${after}`).toMatch(/and quickly held a meeting\.$/);
  });
});
