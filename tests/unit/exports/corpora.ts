import { loadCorpus, loadCorpusFrom, type Corpus } from '../../../src/analysis/load-corpus.ts';

/** The site every export test builds URLs against. */
export const SITE = new URL('https://claimlens.example');

/** The published content. */
export const PUBLISHED: Corpus = loadCorpus('content');

/** A fixture whose words look like markup and formulas, with dated, month-only and undated events. */
export const FIXTURE: Corpus = loadCorpusFrom({
  actorDirs: ['tests/fixtures/actors'],
  articleDirs: ['tests/fixtures/exports/articles'],
});

/** Both, named, for `describe.each`. */
export const CORPORA: [name: string, corpus: Corpus][] = [
  ['content/', PUBLISHED],
  ['the markup fixture', FIXTURE],
];
