import { loadCorpus } from '../../src/analysis/load-corpus.ts';
import { analysisComplete } from './coverage.ts';
import { figuresSourced } from './figures.ts';
import type { ContentCheck, Finding } from './finding.ts';
import { originalsKept } from './originals.ts';
import { publishedLinksKept } from './published-links.ts';

/** The rules the content keeps beyond what the build refuses, each one a function. */
const CONTENT_CHECKS: readonly ContentCheck[] = [
  originalsKept,
  analysisComplete,
  figuresSourced,
  publishedLinksKept,
];

/**
 * What no longer holds in a content folder. The folder must build first: `loadCorpus` throws the
 * build's own `ContentError` (file:line:column and the fix) when it does not.
 */
export function checkContent(dir: string): Finding[] {
  const content = { dir, corpus: loadCorpus(dir) };
  return CONTENT_CHECKS.flatMap((check) => check(content));
}
