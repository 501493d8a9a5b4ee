import { loadCorpus, loadCorpusFrom, type Corpus } from '../../../src/analysis/corpus.ts';

/** The site every export test builds URLs against. */
export const SITE = new URL('https://claimlens.example');

/** The published content and a fixture whose words look like markup and formulas. */
export const CORPORA: [name: string, corpus: Corpus][] = [
  ['content/', loadCorpus('content')],
  ['the markup fixture', loadCorpusFrom({ actorDirs: ['tests/fixtures/actors'], articleDirs: ['tests/fixtures/exports/articles'] })],
];
