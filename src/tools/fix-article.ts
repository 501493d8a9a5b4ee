import type { ActorRegistry } from '../analysis/parse-state.ts';
import { createArticleProcessor, parseArticle } from '../analysis/parse-article.ts';
import type { ClaimFrontmatter, EventFrontmatter } from '../analysis/schema/article-frontmatter.ts';
import type {
  AnalysisContext,
  ArticleReport,
  ClaimFinding,
  DateFinding,
} from './analyze-article.ts';
import type { ActorStub } from './actor-stubs.ts';
import { insertRecords } from './insert-records.ts';
import type { KnownActor } from './actor-resemblance.ts';
import { attributionOf, claimedWords, speakerActor } from './attributed-speaker.ts';
import { freshId, keyWordId } from './marker-ids.ts';
import { mayEnterFor, spliceSpan } from './splice-span.ts';

/** Sentences scoring at least this are proposed as claims by `--fix`. */
const FIX_CLAIM_THRESHOLD = 2;

/** One marker `--fix` proposes, with its frontmatter record. */
export interface ProposedMarker {
  kind: 'claim' | 'event';
  id: string;
  text: string;
  start: number;
  end: number;
  record: ClaimFrontmatter | EventFrontmatter;
}

/** The rewritten article, and what could not be written. */
interface FixResult {
  source: string;
  written: ProposedMarker[];
  /** Proposals left out, with why: the text would have changed, or a marker could not close. */
  skipped: { marker: ProposedMarker; reason: string }[];
}

/**
 * Proposes markers for the article's claim-like sentences and dates, with frontmatter records
 * (status `unverified`, the detector's guesses, a `TODO` note saying what to check), and
 * writes them into the source without touching a word of the text: the result is parsed with
 * the core and must give back the same plain text with no problem, else the proposal is skipped.
 *
 * @example
 *   const { source } = fixArticle(report, context, registry, stubs)
 */
export function fixArticle(
  report: ArticleReport,
  context: AnalysisContext,
  registry: ActorRegistry,
  stubs: readonly ActorStub[] = [],
  actors: readonly KnownActor[] = [],
): FixResult {
  const proposals = propose(report, context, [...actors, ...stubs]);
  const fullRegistry: ActorRegistry = {
    ids: new Set([...registry.ids, ...stubs.map((s) => s.id)]),
    aliases: new Map([
      ...registry.aliases,
      ...stubs.flatMap((s) => s.aliases.map((alias) => [alias, s.id] as const)),
    ]),
  };
  const processor = createArticleProcessor(fullRegistry);
  const path = context.parsed.file.path;
  const expected = context.parsed.article?.plainText;
  const check = (chosen: readonly ProposedMarker[]): { source?: string; reason?: string } => {
    const source = rewrite(context, chosen);
    if (source === undefined)
      return { reason: 'the marker would cut through another marker, a link or emphasis' };
    const parsed = parseArticle(processor, source, path, { allowUnwritten: true });
    if (!parsed.article) return { reason: parsed.file.messages.map((m) => m.reason).join('; ') };
    if (parsed.article.plainText !== expected) return { reason: 'the text would change' };
    return { source };
  };

  if (proposals.length === 0) return { source: context.source, written: [], skipped: [] };
  const all = check(proposals);
  if (all.source !== undefined) return { source: all.source, written: proposals, skipped: [] };
  // Something does not fit: add the proposals one at a time and keep those that do.
  const written: ProposedMarker[] = [];
  const skipped: FixResult['skipped'] = [];
  const existing = new Set(context.parsed.article?.events ?? []);
  for (const marker of proposals) {
    const next = withDependencies([...written, marker], existing);
    const attempt = check(next);
    if (attempt.source !== undefined) written.splice(0, written.length, ...next);
    else skipped.push({ marker, reason: attempt.reason ?? 'unknown' });
  }
  return { source: check(written).source ?? context.source, written, skipped };
}

/** Drops a claim's links to proposed events that are not (yet) written. */
function withDependencies(
  markers: ProposedMarker[],
  existing: ReadonlySet<string>,
): ProposedMarker[] {
  const events = new Set([
    ...existing,
    ...markers.filter((m) => m.kind === 'event').map((m) => m.id),
  ]);
  return markers.map((marker) => {
    const linked =
      marker.kind === 'claim' && 'events' in marker.record ? marker.record.events : undefined;
    if (!linked) return marker;
    const { events: _dropped, ...rest } = marker.record as ClaimFrontmatter;
    const kept = linked.filter((id) => events.has(id));
    return { ...marker, record: kept.length > 0 ? { ...rest, events: kept } : rest };
  });
}

function propose(
  report: ArticleReport,
  context: AnalysisContext,
  actors: readonly KnownActor[],
): ProposedMarker[] {
  const { parsed } = context;
  const article = parsed.article;
  if (!article) return [];
  const claimIds = new Set([...article.claims, ...article.retired.map((r) => r.id)]);
  const eventIds = new Set(article.events);

  const events = report.dates.map((date) => ({ date, id: freshId(date.text, eventIds, 'event') }));
  const eventMarkers: ProposedMarker[] = events.map(({ date, id }) => ({
    kind: 'event',
    id,
    text: date.text,
    start: date.start,
    end: date.end,
    record: eventRecord(
      date,
      date.after?.event ?? events.find((e) => e.date.start === date.after?.start)?.id,
    ),
  }));

  // A pronoun or a bare role ("He said", "the spokesperson") is the speaker named before.
  let previous: string | undefined;
  const claimMarkers: ProposedMarker[] = report.claims
    .filter((claim) => claim.score >= FIX_CLAIM_THRESHOLD)
    .sort((a, b) => a.start - b.start)
    .map((claim) => {
      const inside = eventMarkers
        .filter((e) => claim.start <= e.start && e.end <= claim.end)
        .map((e) => e.id);
      const attribution = attributionOf(claim.text);
      const speaker = attribution && speakerActor(attribution.speaker, actors, previous);
      if (speaker) previous = speaker;
      return {
        kind: 'claim',
        // The id is made of what is claimed, not of who said it.
        id: keyWordId(claimedWords(claim.text, attribution), claimIds, 'claim'),
        text: claim.text,
        start: claim.start,
        end: claim.end,
        record: claimRecord(claim, inside, attribution?.speaker, speaker),
      };
    });
  // Events first: when proposals are tried one by one, a claim's events are then already in.
  return [...eventMarkers, ...claimMarkers];
}

function claimRecord(
  claim: ClaimFinding,
  events: string[],
  named: string | undefined,
  speaker: string | undefined,
): ClaimFrontmatter {
  const why = claim.reasons
    .map((r) => `${r.feature} ${/^["“]/u.test(r.evidence) ? r.evidence : `"${r.evidence}"`}`)
    .join(', ');
  const claimant =
    speaker !== undefined
      ? `claimant is the speaker the sentence names, "${named}"`
      : named !== undefined
        ? `the sentence names "${named}" as its speaker, which no actor matches; claimant defaults to the author`
        : 'claimant defaults to the author';
  return {
    type: claim.type,
    claimant: speaker ?? 'author',
    status: 'unverified',
    note: `TODO: check type and claimant (guessed ${claim.type} from ${why}; ${claimant}), then check the claim.`,
    ...(events.length > 0 ? { events } : {}),
  };
}

function eventRecord(date: DateFinding, anchor: string | undefined): EventFrontmatter {
  const todo = 'add a summary, type and actors';
  if (date.kind === 'relative' && date.offset !== undefined && anchor !== undefined) {
    return {
      after: anchor,
      offset: date.offset,
      ...(date.approximate ? { approximate: true } : {}),
      note: `TODO: check the anchor ("${date.text}" read as ${date.offset} after ${anchor}), ${todo}.`,
    };
  }
  const inferred =
    date.inferred.length > 0
      ? `; the text does not give the ${date.inferred.join(' and ')}: inferred from the publication or analysis date`
      : '';
  const relative =
    date.kind === 'relative'
      ? '; no earlier event to count from, so counted from the publication or analysis date'
      : '';
  return {
    date: date.value,
    ...(date.approximate || date.kind === 'relative' ? { approximate: true } : {}),
    note: `TODO: check the date ("${date.text}" read as ${date.value}${inferred}${relative}), ${todo}.`,
  };
}

/** The article with `chosen` spliced into the body and their records into the frontmatter. */
function rewrite(context: AnalysisContext, chosen: readonly ProposedMarker[]): string | undefined {
  const { source, blocks, map, tree } = context;
  const insertions: { at: number; text: string; rank: number }[] = [];
  for (const marker of chosen) {
    const block = blocks.findLast((b) => b.start <= marker.start);
    if (!block) return undefined;
    const span = spliceSpan(
      block.node,
      block.start,
      marker.start,
      marker.end,
      map,
      mayEnterFor(marker.kind),
    );
    if (!span) return undefined;
    // At one offset, a claim opens before an event inside it and closes after it.
    const outer = marker.kind === 'claim';
    insertions.push(
      { at: span[0], text: `:${marker.kind}[`, rank: outer ? 2 : 3 },
      { at: span[1], text: `]{#${marker.id}}`, rank: outer ? 1 : 0 },
    );
  }
  const yamlNode = tree.children[0];
  if (yamlNode?.type !== 'yaml' || !yamlNode.position) return undefined;
  const bodyStart = yamlNode.position.end.offset ?? 0;
  insertions.sort((a, b) => a.at - b.at || a.rank - b.rank);
  let body = '';
  let last = bodyStart;
  for (const { at, text } of insertions) {
    body += source.slice(last, at) + text;
    last = at;
  }
  body += source.slice(last);
  return `---\n${insertRecords(
    yamlNode.value,
    chosen.map((m) => ({ key: `${m.kind}s` as const, id: m.id, record: m.record })),
  )}---${body}`;
}
