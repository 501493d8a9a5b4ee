import { articleFile, findingAt, type CheckedContent, type Finding } from './finding.ts';
import { sentencesIn } from './sentences.ts';

/**
 * A reader who follows a note's sources can find its figures there. Every figure in the note of a
 * claim with a verdict (an amount, a percentage, a quantity in millions or tonnes) must appear in a
 * cited source's title or in its stored `quote`. A figure the analysis worked out itself is allowed
 * only in a sentence that says so ("we infer", "we calculate", "our sum").
 */

const VERDICTS = new Set(['supported', 'disputed', 'false', 'misleading']);
const OUR_WORK = /\bwe (infer|calculate)\b|\bour (sum|arithmetic)\b/i;
// A number followed by a unit or preceded by a currency sign: the figures a reader would check.
const FIGURE =
  /(?:US)?\$\s?(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s?(?:%|per ?cent|million|billion|tonnes)/giu;

const plain = (value: string) => value.replace(/,/g, '');

/**
 * The figures of a note that no cited title or quote contains.
 *
 * @example
 *   unsourcedFigures('It cost $1.4 billion.', 'A $750 million package') // ['$1.4']
 */
export function unsourcedFigures(note: string, evidence: string): string[] {
  const numbers = new Set((evidence.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map(plain));
  return sentencesIn(note)
    .map((s) => s.text)
    .filter((sentence) => !OUR_WORK.test(sentence))
    .flatMap((sentence) => Array.from(sentence.matchAll(FIGURE)))
    .filter((match) => !numbers.has(plain(match[1] ?? match[2] ?? '')))
    .map((match) => match[0].trim());
}

/** Figures in verdict notes are in their cited sources. */
export function figuresSourced({ dir, corpus }: CheckedContent): Finding[] {
  return corpus.claims
    .filter((claim) => VERDICTS.has(claim.status) && claim.note)
    .flatMap((claim) =>
      unsourcedFigures(
        claim.note ?? '',
        claim.sources.map((source) => `${source.title} ${source.quote ?? ''}`).join(' '),
      ).map((figure) =>
        findingAt(
          articleFile(dir, claim.article),
          figure,
          `the note of claim "${claim.id}" gives ${figure}, which no cited source's title or quote ` +
            `contains; cite a source that gives it, quote it, or say "we calculate"`,
        ),
      ),
    );
}
