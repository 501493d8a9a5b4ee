import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { aliasPattern } from '../analysis/alias-matcher.ts';
import { isDirective } from '../analysis/markers.ts';
import type { ActorRegistry } from '../analysis/parse-state.ts';
import {
  createArticleProcessor,
  parseArticle,
  type ParsedArticle,
} from '../analysis/parse-article.ts';
import { UNWRITTEN_RULES } from '../analysis/schema/assessment.ts';
import type { ClaimStatus } from '../analysis/schema/vocabulary.ts';
import {
  directiveSpans,
  plainTextOf,
  textBlocks,
  type TextBlock,
} from '../analysis/text-blocks.ts';
import { resemblance, type KnownActor, type Resemblance } from './actor-resemblance.ts';
import { detectActorCandidates, type ActorCandidate, type TextRange } from './detect-actors.ts';
import { detectDates, type DateCandidate } from './detect-dates.ts';
import { scoreSentence, type ClaimScore } from './score-claim.ts';
import { sentencesOf } from './block-sentences.ts';
import { SourceMap } from './source-map.ts';
import { unloggedStatusChanges, type StatusChange } from './status-changes.ts';

/** A place in the article's source file, 1-based as editors count. */
interface SourcePlace {
  line: number;
  column: number;
}

/** A problem the parser reports: the article would not build. */
export interface ContentProblem extends SourcePlace {
  file: string;
  reason: string;
  rule?: string;
}

/** A date expression no event marks. */
export interface DateFinding extends DateCandidate, SourcePlace {
  /** The claim whose marker holds it, if any. */
  inClaim?: string;
  /**
   * For a relative date: the last day-precise date told before it, which it counts from
   * (`event` when that date is already marked).
   */
  after?: { text: string; start: number; event?: string };
}

/** A name no actor alias or `:actor` marker covers. */
export interface ActorFinding extends ActorCandidate {
  places: SourcePlace[];
  /** The existing actor the name most likely stands for: an alias to add, not a new actor. */
  resembles?: Resemblance;
}

/** A known alias inside a claim that the author is credited with. */
interface AliasFinding extends SourcePlace {
  claim: string;
  alias: string;
  actor: string;
}

/** A sentence no claim covers, with how claim-like it is. */
export interface ClaimFinding extends SourcePlace, ClaimScore {
  text: string;
  start: number;
  end: number;
  paragraph: number;
}

/** How much of the article is annotated. */
export interface Coverage {
  sentences: number;
  coveredSentences: number;
  /** `coveredSentences / sentences`, 0–1. */
  share: number;
  /** Distinct actors mentioned (by alias or marker). */
  actors: number;
  events: number;
  claims: number;
  claimsByStatus: Partial<Record<ClaimStatus, number>>;
}

/** What `npm run analyze` reports for one article; serialisable as JSON. */
export interface ArticleReport {
  file: string;
  slug: string;
  /** Parser problems: errors, which fail the run. When there are any, nothing else is analysed. */
  errors: ContentProblem[];
  /**
   * The analyst's writing still missing (assessment, findings, key claims): the article does not
   * build without it, but everything else is analysed.
   */
  unwritten: ContentProblem[];
  /** Whether the article is a draft (`draft: true`): its unwritten analysis is then no error. */
  draft: boolean;
  dates: DateFinding[];
  actors: ActorFinding[];
  aliases: AliasFinding[];
  /** Best first. */
  claims: ClaimFinding[];
  /** Claims whose status changed since the last commit with no `rating-change` entry. */
  statusChanges: StatusChange[];
  coverage?: Coverage;
}

/** The parsed article the report was made from, for `--fix`. */
export interface AnalysisContext {
  source: string;
  parsed: ParsedArticle;
  tree: Root;
  blocks: TextBlock[];
  map: SourceMap;
}

/**
 * Analyses one article with the core parser: what is not annotated yet (dates, names, claim-like
 * sentences), with `line:column` in the source, and a coverage summary. Given the last committed
 * text (`previous`), it also lists claims whose status changed with no `rating-change` entry.
 *
 * @example
 *   const { report } = analyzeArticle(source, 'content/articles/ban.md', registry)
 *   report.dates[0] // { text: 'January 19', value: '2026-01-19', precision: 'day', line: 18, column: 31, … }
 */
export function analyzeArticle(
  source: string,
  path: string,
  registry: ActorRegistry,
  previous?: string,
  actors: readonly KnownActor[] = [],
): { report: ArticleReport; context?: AnalysisContext } {
  const processor = createArticleProcessor(registry);
  const parsed = parseArticle(processor, source, path, { allowUnwritten: true });
  const slug = parsed.file.stem ?? '';
  const problems = parserErrors(parsed, path);
  const unwritten = problems.filter((p) => UNWRITTEN_RULES.has(p.rule ?? ''));
  const empty = {
    file: path,
    slug,
    unwritten,
    draft: parsed.file.data.frontmatter?.draft === true,
    dates: [],
    actors: [],
    aliases: [],
    claims: [],
    statusChanges: [],
  };
  const { article } = parsed;
  if (!article) return { report: { ...empty, unwritten: [], errors: problems } };

  // A second, parse-only pass: its tree has source positions for every node and no alias markers.
  const file = new VFile({ path, value: source });
  const tree = processor.parse(file);
  const blocks = textBlocks(tree);
  const plainText = plainTextOf(blocks);
  if (plainText !== article.plainText)
    throw new Error(`${path}: internal error: the parse-only text differs from the parser's`);
  const map = new SourceMap(blocks, source);
  const points = location(file);
  const scan: Scan = {
    registry,
    actors,
    parsed,
    article,
    blocks,
    plainText,
    placeOf(offset) {
      const point = points.toPoint(map.start(offset));
      return { line: point?.line ?? 1, column: point?.column ?? 1 };
    },
    claimSpans: parsed.claims.map((c) => ({
      id: c.id,
      start: c.selector.start,
      end: c.selector.end,
    })),
    aliasRegex: aliasPattern(registry.aliases),
    markedSpans: actorMarkerSpans(blocks),
    sentences: sentencesOf(blocks),
  };
  const report: ArticleReport = {
    ...empty,
    errors: [],
    dates: dateFindings(scan),
    actors: actorFindings(scan),
    aliases: aliasFindings(scan),
    claims: claimFindings(scan),
    statusChanges: previous === undefined ? [] : unloggedStatusChanges(parsed, previous, registry),
    coverage: coverageOf(scan),
  };
  return { report, context: { source, parsed, tree, blocks, map } };
}

/** What every kind of finding reads: the parsed article, its text, and where things lie in it. */
interface Scan {
  registry: ActorRegistry;
  /** The known actors, by name and aliases, that a new name may resemble. */
  actors: readonly KnownActor[];
  parsed: ParsedArticle;
  article: NonNullable<ParsedArticle['article']>;
  blocks: TextBlock[];
  plainText: string;
  /** The source `line:column` of a plain-text offset. */
  placeOf(offset: number): SourcePlace;
  claimSpans: (TextRange & { id: string })[];
  aliasRegex: RegExp | undefined;
  /** Plain-text spans of the `:actor` markers the author wrote. */
  markedSpans: TextRange[];
  sentences: ReturnType<typeof sentencesOf>;
}

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;
const inside = (a: TextRange, b: TextRange) => b.start <= a.start && a.end <= b.end;

/** The parser's own messages, when the article does not build. */
function parserErrors(parsed: ParsedArticle, path: string): ContentProblem[] {
  // A draft's writing still to do is off the file's messages (see `ParsedArticle.toWrite`).
  return [...parsed.file.messages, ...parsed.toWrite].map((m) => ({
    file: path,
    line: m.line ?? 1,
    column: m.column ?? 1,
    reason: m.reason,
    ...(m.ruleId ? { rule: m.ruleId } : {}),
  }));
}

/** Date expressions no event marks, each relative one with the date it counts from. */
function dateFindings({ parsed, article, plainText, placeOf, claimSpans }: Scan): DateFinding[] {
  const eventSpans = parsed.events.map((e) => e.selector);
  const dates: DateFinding[] = detectDates(
    plainText,
    article.source.published ?? article.analysed,
    { writtenBefore: article.source.published === undefined },
  )
    .filter((date) => !eventSpans.some((span) => overlaps(span, date)))
    .map((date) => {
      const claim = claimSpans.find((span) => inside(date, span));
      return { ...date, ...placeOf(date.start), ...(claim ? { inClaim: claim.id } : {}) };
    });
  // "The next day" counts from the last day-precise date told before it, not from "June 2025".
  const anchors = [
    ...parsed.events
      .filter((e) => e.date.precision === 'day')
      .map((e) => ({ text: e.date.asWritten, start: e.selector.start, event: e.id })),
    ...dates.filter((d) => d.precision === 'day').map((d) => ({ text: d.text, start: d.start })),
  ].sort((a, b) => b.start - a.start);
  for (const date of dates) {
    const after =
      date.kind === 'relative' ? anchors.find((anchor) => anchor.start < date.start) : undefined;
    if (after) date.after = after;
  }
  return dates;
}

/** Names that look like actors but no alias or `:actor` marker covers. */
function actorFindings({
  plainText,
  placeOf,
  aliasRegex,
  markedSpans,
  actors,
}: Scan): ActorFinding[] {
  const aliasSpans: TextRange[] = aliasRegex
    ? [...plainText.matchAll(aliasRegex)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
      }))
    : [];
  return detectActorCandidates(plainText, [...aliasSpans, ...markedSpans]).map((candidate) => {
    const resembles = resemblance(candidate.text, actors);
    return {
      ...candidate,
      places: candidate.occurrences.map((o) => placeOf(o.start)),
      ...(resembles ? { resembles } : {}),
    };
  });
}

/**
 * Known aliases inside claims the author is credited with, where the claim is not marked as
 * about that actor: often the claim is really the named actor's.
 */
function aliasFindings({
  registry,
  parsed,
  article,
  placeOf,
  aliasRegex,
  markedSpans,
}: Scan): AliasFinding[] {
  const aliases: AliasFinding[] = [];
  for (const claim of parsed.claims) {
    if (claim.claimant !== article.author || !aliasRegex) continue;
    for (const match of claim.selector.exact.matchAll(aliasRegex)) {
      const actor = registry.aliases.get(match[0]) ?? '';
      const start = claim.selector.start + match.index;
      if (
        claim.about.includes(actor) ||
        markedSpans.some((span) => overlaps(span, { start, end: start + match[0].length }))
      )
        continue;
      aliases.push({ claim: claim.id, alias: match[0], actor, ...placeOf(start) });
    }
  }
  return aliases;
}

/** Sentences no claim covers that read like claims, best first. */
function claimFindings({ sentences, claimSpans, placeOf }: Scan): ClaimFinding[] {
  return sentences
    .filter((s) => !claimSpans.some((span) => overlaps(span, s)))
    .map((s) => ({ ...s, ...scoreSentence(s.text), ...placeOf(s.start) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.start - b.start);
}

/** How much of the article is annotated. */
function coverageOf({ parsed, article, sentences, claimSpans }: Scan): Coverage {
  const claimsByStatus: Coverage['claimsByStatus'] = {};
  for (const claim of parsed.claims)
    claimsByStatus[claim.status] = (claimsByStatus[claim.status] ?? 0) + 1;
  const covered = sentences.filter((s) => claimSpans.some((span) => overlaps(span, s))).length;
  return {
    sentences: sentences.length,
    coveredSentences: covered,
    share: sentences.length === 0 ? 0 : covered / sentences.length,
    actors: new Set(article.mentions.map((m) => m.actor)).size,
    events: parsed.events.length,
    claims: parsed.claims.length,
    claimsByStatus,
  };
}

/** Plain-text spans of the `:actor` markers the author wrote. */
function actorMarkerSpans(blocks: readonly TextBlock[]): TextRange[] {
  return [...directiveSpans(blocks)].flatMap(([node, span]) =>
    isDirective(node, 'actor') ? [{ start: span.start, end: span.end }] : [],
  );
}
