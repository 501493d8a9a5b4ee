import { loadCorpus, loadCorpusFrom, type Corpus } from '../../../src/analysis/load-corpus.ts';
import { SEED } from '../helpers/seed.ts';

/** The site every export test builds URLs against. */
export const SITE = new URL('https://claimlens.example');

/** The seed article, frozen (tests/fixtures/seed). */
export const SEED_CORPUS: Corpus = loadCorpus(SEED);

/** A fixture whose words look like markup and formulas, with dated, month-only and undated events. */
export const FIXTURE: Corpus = loadCorpusFrom({
  actorDirs: ['tests/fixtures/actors'],
  articleDirs: ['tests/fixtures/exports/articles'],
});

/** Both, named, for `describe.each`. */
export const CORPORA: [name: string, corpus: Corpus][] = [
  ['the seed', SEED_CORPUS],
  ['the markup fixture', FIXTURE],
];
