import { describe, expect, test } from 'vitest';
import { ClaimStatusSchema, ClaimTypeSchema } from '../../../src/analysis/schema/vocabulary.ts';
import { nameInSentence } from '../../../src/render/actor-labels.ts';
import { articleCard } from '../../../src/render/article-card.ts';
import { counted } from '../../../src/render/counted.ts';
import { sourceTitle } from '../../../src/render/source-title.ts';
import { verdictLine, verdictView } from '../../../src/render/verdict.ts';

describe('counted', () => {
  test.each([
    [0, 'claims'],
    [1, 'claim'],
    [2, 'claims'],
  ])('%i agrees with its noun', (n, noun) => expect(counted(n, 'claim')).toBe(`${n} ${noun}`));
});

describe('nameInSentence', () => {
  test.each([
    ["The article's author (unnamed)", "the article's author (unnamed)"],
    ['The Hague', 'The Hague'],
    ['Japan', 'Japan'],
  ])('%s reads as %s inside a sentence', (name, inSentence) =>
    expect(nameInSentence(name)).toBe(inSentence),
  );
});

describe('sourceTitle', () => {
  test('a bracketed title is our description, given without its brackets', () =>
    expect(sourceTitle('[KUNA report: Japan protests]')).toEqual({
      text: 'KUNA report: Japan protests',
      described: true,
    }));
  test("a publisher's headline is given as it is", () =>
    expect(sourceTitle('China [sic] protests')).toEqual({
      text: 'China [sic] protests',
      described: false,
    }));
});

describe('verdictLine and the heading of a status', () => {
  test('every status that is no verdict says so in its own words, for every claim type', () => {
    for (const status of ClaimStatusSchema.options)
      for (const type of ClaimTypeSchema.options) {
        const view = verdictView({ status, type });
        if (view.isVerdict) {
          expect(view.heading).toBe('Our verdict');
          continue;
        }
        expect(view.heading).not.toBe('Our verdict');
        expect(view.line).toMatch(/^[A-Z][^:]+: .+\.$/u);
        expect(view.line).not.toContain('This is not a verdict');
      }
  });
  test('a finding, where written, is the line; a status without a verdict puts its lead first', () => {
    expect(verdictLine({ status: 'false', type: 'factual', finding: 'No ban.' })).toBe('No ban.');
    expect(
      verdictLine({ status: 'unverified', type: 'quote', finding: 'No statement found' }),
    ).toBe('No record found: No statement found.');
    expect(verdictLine({ status: 'not-checkable', type: 'prediction' })).toBe(
      'Not checkable: it is a prediction, which cannot be checked yet.',
    );
    expect(verdictLine({ status: 'not-checkable', type: 'factual' })).toBe(
      'Not checkable: no available record could settle it.',
    );
  });
});

describe('articleCard', () => {
  const article = {
    title: 'Japan has finally found a way',
    source: { publisher: 'Toutiao' },
    assessment: { verdict: 'Misleading on the G7', key: ['g7', 'quote', 'gone'] },
  };
  const claims = [
    { id: 'quote', status: 'unverified' as const, type: 'quote' as const },
    { id: 'g7', status: 'misleading' as const, type: 'factual' as const, finding: 'The US did.' },
  ];
  const card = articleCard(article, claims);

  test('leads with the verdict and the key findings in the assessment order', () => {
    expect(card.verdict).toBe('Misleading on the G7');
    expect(card.findings.map((f) => f.status)).toEqual(['misleading', 'unverified']);
    expect(card.description).toMatch(
      /^Key claims: Misleading: The US did\. Unverified: No record found: /u,
    );
  });
  test('quotes the headline only at the end, attributed', () => {
    expect(card.quoted).toBe('The article: “Japan has finally found a way” (Toutiao)');
    expect(card.description.endsWith(`${card.quoted}.`)).toBe(true);
    expect(card.description.indexOf('Japan has')).toBeGreaterThan(card.description.indexOf('Key'));
  });
  test('its alt text says what the image shows once, in words', () =>
    expect(card.alt).toBe(
      'Our reading: Misleading on the G7. Key claims rated Misleading and Unverified. ' +
        'The article: “Japan has finally found a way” (Toutiao).',
    ));
});
