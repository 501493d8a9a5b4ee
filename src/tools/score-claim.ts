import nlp from 'compromise';
import type { ClaimType } from '../analysis/schema/vocabulary.ts';

/** One reason a sentence looks like a claim, and what it adds to the score. */
interface ScoreReason {
  feature: 'figure' | 'reporting verb' | 'quotation' | 'hedge' | 'evaluative' | 'prediction';
  /** The words that triggered it. */
  evidence: string;
  points: number;
}

/** How claim-like a sentence is, why, and the claim type it most resembles. */
export interface ClaimScore {
  score: number;
  reasons: ScoreReason[];
  /** The detector's best guess; the analyst checks it. */
  type: ClaimType;
}

/** Verbs (by root) that attribute a statement to someone. */
const REPORTING = new Set([
  'say',
  'tell',
  'state',
  'announce',
  'claim',
  'warn',
  'report',
  'declare',
  'insist',
  'deny',
  'confirm',
  'argue',
  'call',
  'estimate',
  'allege',
  'accuse',
  'assert',
  'admit',
  'add',
  'note',
  'describe',
  'predict',
  'promise',
  'demand',
  'protest',
  'reveal',
  'suggest',
]);
/** Words that soften a statement: the claim is the speaker's inference, not a fact. */
const HEDGES = new Set([
  'may',
  'might',
  'could',
  'likely',
  'unlikely',
  'reportedly',
  'allegedly',
  'apparently',
  'seems',
  'seem',
  'appears',
  'appear',
  'possibly',
  'probably',
  'estimated',
  'perhaps',
]);
/** Approximators hedge only a number: "about three years", not "cares about its dignity". */
const APPROXIMATE_FIGURE =
  '(about|around|roughly|approximately|nearly|almost|some) (#Value|#Money|#Percent)';
/** Words that judge rather than describe. */
const EVALUATIVE = new Set([
  'most',
  'important',
  'absurd',
  'reckless',
  'unwise',
  'wise',
  'clearly',
  'obviously',
  'extremely',
  'strongly',
  'unacceptable',
  'absolutely',
  'greatest',
  'best',
  'worst',
  'unfortunately',
  'irreplaceable',
  'unrealistic',
  'disastrous',
  'historic',
  'shameful',
  'outrageous',
  'excellent',
  'terrible',
  'dangerous',
  'crucial',
  'essential',
  'indispensable',
  'finally',
  'naturally',
  'truly',
]);
const FUTURE = new Set(['will', 'expected', 'forecast', 'projected', 'plans', 'intends']);

const POINTS: Record<ScoreReason['feature'], number> = {
  figure: 2,
  'reporting verb': 2,
  quotation: 2,
  hedge: 1,
  evaluative: 1,
  prediction: 1,
};

/**
 * Scores how claim-like a sentence is: figures (+2), reporting verbs (+2), quotations (+2),
 * hedges (+1), evaluative words (+1), predictions (+1); each feature counts once. Word forms are
 * compromise's roots, so "warned" and "warns" both count as "warn".
 *
 * @example
 *   scoreSentence('Voss said the plant would cost $310 million.')
 *   // { score: 4, reasons: [{ feature: 'figure', evidence: '$310 million', … },
 *   //   { feature: 'reporting verb', evidence: 'said', … }], type: 'attributed' }
 */
export function scoreSentence(sentence: string): ClaimScore {
  const doc = nlp(sentence);
  doc.compute('root');
  const terms = doc.terms().json() as {
    text: string;
    terms: { normal: string; root?: string; tags: string[] }[];
  }[];
  // Term text carries its punctuation ("unwise."); evidence is the word alone.
  const words = terms.map(({ text, terms: [term] }) => ({
    text: text.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, ''),
    normal: term?.normal ?? '',
    root: term?.root ?? term?.normal ?? '',
    tags: term?.tags ?? [],
  }));
  const reasons: ScoreReason[] = [];
  const add = (feature: ScoreReason['feature'], evidence: string | undefined) => {
    if (evidence !== undefined && evidence !== '')
      reasons.push({ feature, evidence, points: POINTS[feature] });
  };

  // Numbers inside a date ("March 3") are dates, not figures.
  const figures = (doc.match('(#Money|#Percent|#Value)+').not('#Date').out('array') as string[])
    .map((figure) => figure.replace(/[\s,.;:!?]+$/u, ''))
    // A bare year or "a"/"one" is not a figure worth checking.
    .filter((figure) =>
      /\d/.test(figure)
        ? !/^(1[6-9]|2[01])\d\d$/.test(figure)
        : !/^(a|an|one|a few|few|several|some)$/i.test(figure),
    );
  add('figure', figures.join(', ') || undefined);
  const according = /\baccording to\b/i.exec(sentence)?.[0];
  add(
    'reporting verb',
    according ??
      words.filter((w) => w.tags.includes('Verb') && REPORTING.has(w.root)).map((w) => w.text)[0],
  );
  add('quotation', /["“][^"”]{2,}["”]/u.exec(sentence)?.[0]);
  const approximators = (doc.match(APPROXIMATE_FIGURE).out('array') as string[]).map(
    (phrase) => phrase.split(/\s+/)[0] ?? '',
  );
  add(
    'hedge',
    [...words.filter((w) => HEDGES.has(w.normal)).map((w) => w.text), ...approximators].join(
      ', ',
    ) || undefined,
  );
  add(
    'evaluative',
    words
      .filter((w) => EVALUATIVE.has(w.normal))
      .map((w) => w.text)
      .join(', ') || undefined,
  );
  add('prediction', words.filter((w) => FUTURE.has(w.normal)).map((w) => w.text)[0]);

  const has = (feature: ScoreReason['feature']) => reasons.some((r) => r.feature === feature);
  const type: ClaimType =
    has('quotation') && has('reporting verb')
      ? 'quote'
      : has('reporting verb')
        ? 'attributed'
        : has('prediction')
          ? 'prediction'
          : has('hedge') && !has('figure')
            ? 'speculation'
            : has('evaluative') && !has('figure')
              ? 'opinion'
              : 'factual';
  return { score: reasons.reduce((sum, r) => sum + r.points, 0), reasons, type };
}
