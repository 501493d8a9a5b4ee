import type { ClaimStatus, ClaimType } from '../analysis/schema/vocabulary.ts';
import { STATUS_LABELS } from '../analysis/claim-labels.ts';
import { joinSentences } from './join-sentences.ts';
import { verdictLine } from './verdict.ts';

/** A key claim as what leaves the site states it: its status and the line under it. */
interface CardFinding {
  status: ClaimStatus;
  /** "Misleading", the status in words. */
  label: string;
  /** The finding, or what a status without a verdict means here ("No record found: …"). */
  line: string;
}

/** How an article leaves the site (link card, home page, feed, JSON-LD): our verdict first. */
export interface ArticleCard {
  /** Our verdict on the article, in one line: the card's title. */
  verdict: string;
  /** The key claims in the assessment's order. */
  findings: CardFinding[];
  /** The source's headline, only ever quoted and attributed: “The article: “…” (Toutiao)”. */
  quoted: string;
  /** The card's description: the key findings, then the quoted headline. */
  description: string;
  /** The share image described once, in words, for its alt text. */
  alt: string;
}

/** The parts of an article a card reads. */
interface CardArticle {
  title: string;
  source: { publisher: string };
  assessment: { verdict: string; key: readonly string[] };
}

/** The parts of a key claim a card reads. */
interface CardClaim {
  id: string;
  status: ClaimStatus;
  type: ClaimType;
  finding?: string | undefined;
}

/** “Misleading: A meeting was held…” — a status and its line as one sentence of running text. */
const findingSentence = (finding: CardFinding): string => `${finding.label}: ${finding.line}`;

/**
 * An article as it leaves the site: the verdict leads, the key findings follow, and the source's
 * headline is quoted small and attributed, never the title.
 *
 * @example
 *   articleCard(
 *     { title: 'Japan has found a way', source: { publisher: 'Toutiao' },
 *       assessment: { verdict: 'Misleading on the G7', key: ['g7'] } },
 *     [{ id: 'g7', status: 'misleading', type: 'factual', finding: 'The US convened it.' }],
 *   ).description
 *   // 'Key claims: Misleading: The US convened it. The article: “Japan has found a way” (Toutiao).'
 */
export function articleCard(article: CardArticle, claims: readonly CardClaim[]): ArticleCard {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const findings = article.assessment.key
    .map((id) => byId.get(id))
    .filter((claim) => claim !== undefined)
    .map((claim) => ({
      status: claim.status,
      label: STATUS_LABELS[claim.status].label,
      line: verdictLine(claim),
    }));
  const quoted = `The article: “${article.title}” (${article.source.publisher})`;
  const statuses = findings.map((f) => f.label);
  return {
    verdict: article.assessment.verdict,
    findings,
    quoted,
    description: joinSentences([
      findings.length > 0 && `Key claims: ${joinSentences(findings.map(findingSentence))}`,
      `${quoted}.`,
    ]),
    alt: joinSentences([
      `Our reading: ${article.assessment.verdict}.`,
      statuses.length > 0 && `Key claims rated ${listWords(statuses)}.`,
      `${quoted}.`,
    ]),
  };
}

const LIST = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** Words joined as a sentence lists them: "Misleading, Disputed, and Misleading". */
const listWords = (words: readonly string[]): string => LIST.format(words);
