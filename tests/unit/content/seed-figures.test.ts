import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/analysis/load-corpus.ts';
import { VERDICT_STATUSES } from '../../../src/analysis/schema/vocabulary.ts';

/**
 * A reader who follows a note's sources can find its figures there. Every figure in the note of a
 * claim with a verdict (an amount, a percentage, a quantity in millions or tonnes) must appear in a
 * cited source's title or in its stored `quote`. A figure the analysis worked out itself is allowed
 * only in a sentence that says so ("we infer", "we calculate", "our sum").
 */

const VERDICTS = new Set(VERDICT_STATUSES);
const OUR_WORK = /\bwe (infer|calculate)\b|\bour (sum|arithmetic)\b/i;
// A number followed by a unit or preceded by a currency sign: the figures a reader would check.
const FIGURE =
  /(?:US)?\$\s?(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s?(?:%|per ?cent|million|billion|tonnes)/giu;

const sentences = (text: string) =>
  Array.from(new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text), (s) => s.segment);
const plain = (value: string) => value.replace(/,/g, '');

/** The figures of a note that no cited title or quote contains, as `claim: figure`. */
function unsourcedFigures(id: string, note: string, evidence: string): string[] {
  const numbers = new Set((evidence.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map(plain));
  return sentences(note)
    .filter((sentence) => !OUR_WORK.test(sentence))
    .flatMap((sentence) => Array.from(sentence.matchAll(FIGURE)))
    .filter((match) => !numbers.has(plain(match[1] ?? match[2] ?? '')))
    .map((match) => `${id}: ${match[0].trim()}`);
}

const corpus = loadCorpus('content');
const checked = corpus.claims.filter((claim) => VERDICTS.has(claim.status) && claim.note);

describe('figures in verdict notes are in their sources', () => {
  test('the seed has verdict notes with figures to check', () => {
    const hasFigure = new RegExp(FIGURE.source, 'iu');
    const withFigures = checked.filter((claim) => hasFigure.test(claim.note ?? ''));
    expect(withFigures.length).toBeGreaterThanOrEqual(5);
  });

  test('every figure appears in a cited source title or quote', () => {
    const missing = checked.flatMap((claim) =>
      unsourcedFigures(
        `${claim.article}/${claim.id}`,
        claim.note ?? '',
        claim.sources.map((source) => `${source.title} ${source.quote ?? ''}`).join(' '),
      ),
    );
    expect(missing).toEqual([]);
  });

  test('a figure missing from every source is caught', () => {
    expect(unsourcedFigures('x', 'It cost $1.4 billion.', 'A $750 million package')).toEqual([
      'x: $1.4',
    ]);
    expect(unsourcedFigures('x', 'We infer a total of $750 million.', '')).toEqual([]);
    expect(unsourcedFigures('x', 'China refines about 91%.', '91% of refining')).toEqual([]);
  });
});
