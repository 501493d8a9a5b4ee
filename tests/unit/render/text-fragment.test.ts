import { describe, expect, test } from 'vitest';
import { textFragment } from '../../../src/render/text-fragment.ts';
import type { Selector } from '../../../src/analysis/schema/entries.ts';
import { SEED } from '../helpers/seed.ts';

/**
 * A selector for `exact` at its first occurrence in `text`, with 32 characters either side, as the
 * parser makes them.
 */
function select(text: string, exact: string, from = 0): Selector {
  const start = text.indexOf(exact, from);
  const end = start + exact.length;
  return {
    exact,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    start,
    end,
  };
}

describe('textFragment', () => {
  test('links words that occur once by themselves, percent-encoded, hyphens included', () => {
    const text =
      'Intro.\n\nIndia has assured Japan: "What you want, I have." Then long-term plans.';
    expect(
      textFragment(text, select(text, 'India has assured Japan: "What you want, I have."')),
    ).toBe(':~:text=India%20has%20assured%20Japan%3A%20%22What%20you%20want%2C%20I%20have.%22');
    expect(textFragment(text, select(text, 'long-term plans.'))).toBe(
      ':~:text=long%2Dterm%20plans.',
    );
  });

  test('a long quotation becomes start,end of five words each', () => {
    const exact = 'one two three four five six seven eight nine ten eleven twelve thirteen';
    expect(textFragment(exact, select(exact, exact))).toBe(
      ':~:text=one%20two%20three%20four%20five,nine%20ten%20eleven%20twelve%20thirteen',
    );
  });

  test('words that occur twice get whole-word prefix and suffix from their own paragraph', () => {
    const text =
      'First paragraph ends.\n\nThe deal was agreed. Later on, the deal was agreed again by all.';
    const selector = select(text, 'the deal was agreed', text.indexOf('Later'));
    expect(textFragment(text, selector)).toBe(
      ':~:text=The%20deal%20was%20agreed.%20Later%20on%2C-,the%20deal%20was%20agreed,-again%20by%20all.',
    );
  });

  test('prefix text from the previous paragraph is dropped, since a fragment cannot cross blocks', () => {
    const text = 'A rare earth ban.\n\nA rare earth ban. And more words here.';
    const selector = select(text, 'A rare earth ban.', 5);
    expect(textFragment(text, selector)).toBe(
      ':~:text=A%20rare%20earth%20ban.,-And%20more%20words%20here.',
    );
  });
});

describe('the seed article', () => {
  test('every claim fragment decodes to words that are in the article', async () => {
    const { loadCorpus } = await import('../../../src/analysis/load-corpus.ts');
    const corpus = loadCorpus(SEED);
    for (const claim of corpus.claims) {
      const article = corpus.articles.find((a) => a.id === claim.article);
      const directive = textFragment(article?.plainText ?? '', claim.selector).replace(
        ':~:text=',
        '',
      );
      for (const part of directive.split(',')) {
        const words = decodeURIComponent(part.replace(/^-|-$/g, ''));
        expect(article?.plainText.replace(/\s+/g, ' ')).toContain(words);
      }
    }
  });
});
