import { consistencyHints } from '../../src/analysis/consistency-hints.ts';
import { RATING_TESTS } from '../../src/analysis/schema/rating-guide.ts';
import { articleFile, findingAt, type CheckedContent, type Finding } from './finding.ts';

/**
 * Every claim is rated as the rating guide says: no finding or note opening words another
 * rating, no type carries a rating it does not allow, no two near-identical claims are rated apart
 * (the consistency hints `npm run analyze` shows, held here to none).
 */
function hintsAnswered({ dir, corpus }: CheckedContent): Finding[] {
  return corpus.articles.flatMap((article) =>
    consistencyHints(corpus.claims.filter((c) => c.article === article.id)).map((hint) =>
      findingAt(
        articleFile(dir, article.id),
        `${hint.claim}:`,
        `claim "${hint.claim}": ${hint.message} [${hint.rule}]`,
      ),
    ),
  );
}

/** Each example the methodology page gives for a rating is a claim with that rating and words. */
function examplesHold({ dir, corpus }: CheckedContent): Finding[] {
  return Object.entries(RATING_TESTS).flatMap(([status, { example }]) => {
    if ('none' in example || !corpus.articles.some((a) => a.id === example.article)) return [];
    const claim = corpus.claims.find(
      (c) => c.article === example.article && c.id === example.claim,
    );
    if (claim?.status === status && claim.text === example.words) return [];
    return [
      findingAt(
        articleFile(dir, example.article),
        `${example.claim}:`,
        `the rating guide gives claim "${example.claim}" as its example of ${status}, but it is ` +
          `${claim ? `${claim.status}, with the words ${JSON.stringify(claim.text)}` : 'gone'}; ` +
          'change the example in src/analysis/schema/rating-guide.ts',
      ),
    ];
  });
}

/** The ratings keep to the rating guide. */
export const ratingsConsistent = (content: CheckedContent): Finding[] => [
  ...hintsAnswered(content),
  ...examplesHold(content),
];
