import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { type AliasIndex, markAliases } from './alias-matcher.ts';
import { buildDay, checkUpdates } from './check-updates.ts';
import { parseDateValue } from './dates.ts';
import { report, type Place } from './frontmatter.ts';
import { collectMarkers, type Marker } from './markers.ts';
import { resolveEventDates, type EventDateInput } from './resolve-dates.ts';
import type {
  ArticleDraftFrontmatter as ArticleFrontmatter,
  ClaimFrontmatter,
  EventFrontmatter,
} from './schema/article-frontmatter.ts';
import { FINDING_MAX } from './schema/assessment.ts';
import {
  ClaimStatusSchema,
  ClaimTypeSchema,
  EventTypeSchema,
  VERDICT_STATUSES,
} from './schema/vocabulary.ts';
import type { ArticleEvent, Claim, Mention, Selector } from './schema/entries.ts';
import {
  directiveSpans,
  plainTextOf,
  sentenceAt,
  textBlocks,
  type Span,
  type TextBlock,
} from './text-blocks.ts';
import { visit } from 'unist-util-visit';

/** The actors an article may refer to. */
export interface ActorRegistry {
  ids: ReadonlySet<string>;
  aliases: AliasIndex;
}

/** What one article yields. Claims carry their note as Markdown; rendering is a later step. */
export interface Annotations {
  claims: Claim[];
  events: ArticleEvent[];
  mentions: Mention[];
  plainText: string;
  blocks: TextBlock[];
}

/** Characters of context kept either side of a selector's exact text (W3C TextQuoteSelector). */
export const SELECTOR_CONTEXT = 32;

/**
 * The pure core: reads the markers of an article tree, merges them with the frontmatter records,
 * checks every reference, resolves dates and computes W3C selectors. Problems are reported on
 * `file` at their source position. The tree gains `:actor` markers for alias matches.
 *
 * @example
 *   const annotations = extractAnnotations(tree, file, frontmatter, 'my-article', registry)
 *   annotations.claims[0].selector // { exact, prefix, suffix, start, end }
 */
export function extractAnnotations(
  tree: Root,
  file: VFile,
  frontmatter: ArticleFrontmatter,
  article: string,
  registry: ActorRegistry,
  today: string = buildDay(),
): Annotations {
  const markers = collectMarkers(tree, file);
  markAliases(tree, registry.aliases);
  const blocks = textBlocks(tree);
  const plainText = plainTextOf(blocks);
  const yamlAt =
    (path: PropertyKey[]): Place =>
    () =>
      file.data.yaml ? file.data.location?.toPoint(file.data.yaml.offsetOf(path)) : undefined;

  const checkActor = (id: string, where: string, place: Place) => {
    if (!registry.ids.has(id))
      report(
        file,
        `${where}: unknown actor "${id}"; add content/actors/${id}.md or use one of the known actor ids`,
        place,
        'unknown-actor',
      );
  };
  checkActor(frontmatter.author, 'author', yamlAt(['author']));
  const published = frontmatter.source.published;
  const checkLog = (
    path: string[],
    updates: ArticleFrontmatter['updates'],
    status?: Claim['status'],
  ) => {
    const context = { today, ...(published ? { published } : {}), ...(status ? { status } : {}) };
    for (const problem of checkUpdates(updates ?? [], context))
      report(
        file,
        `${[...path, 'updates', problem.index, problem.field].join('.')}: ${problem.message}`,
        yamlAt([...path, 'updates', problem.index, problem.field]),
        'updates',
      );
  };
  checkLog([], frontmatter.updates);

  const spans = directiveSpans(blocks);
  const locate = (marker: Marker) => locateMarker(marker, spans, blocks, plainText);
  const claimMarkers = markers.filter((m) => m.name === 'claim');
  const eventMarkers = markers.filter((m) => m.name === 'event');
  const eventIds = new Set(eventMarkers.map((m) => m.id));

  reportOrphanRecords(file, frontmatter.claims ?? {}, claimMarkers, 'claims', yamlAt);
  reportOrphanRecords(file, frontmatter.events ?? {}, eventMarkers, 'events', yamlAt);

  const claims: Claim[] = [];
  claimMarkers.forEach((marker, index) => {
    const record = frontmatter.claims?.[marker.id];
    const merged = mergeClaim(marker, record, file);
    if (!merged) return;
    const claimant = merged.claimant === 'author' ? frontmatter.author : merged.claimant;
    const path = ['claims', marker.id];
    checkActor(
      claimant,
      `claim "${marker.id}" claimant`,
      record?.claimant ? yamlAt([...path, 'claimant']) : marker.node.position?.start,
    );
    for (const actor of record?.about ?? [])
      checkActor(actor, `claim "${marker.id}" about`, yamlAt([...path, 'about']));
    for (const event of record?.events ?? []) {
      if (!eventIds.has(event))
        report(
          file,
          `claim "${marker.id}" events: unknown event "${event}"; mark it with :event[…]{#${event}} or fix the id`,
          yamlAt([...path, 'events']),
          'unknown-event',
        );
    }
    if (VERDICT_STATUSES.includes(merged.status) && (record?.sources ?? []).length === 0) {
      report(
        file,
        `claim "${marker.id}" has status "${merged.status}" but no sources; cite the sources you checked, or use unverified / not-checkable`,
        record ? yamlAt([...path, 'status']) : marker.node.position?.start,
        'verdict-source',
      );
    }
    if (VERDICT_STATUSES.includes(merged.status) && record?.finding === undefined) {
      report(
        file,
        `claim "${marker.id}" has status "${merged.status}" but no finding; add finding: the verdict in one sentence of at most ${FINDING_MAX} characters`,
        record ? yamlAt([...path, 'status']) : marker.node.position?.start,
        'missing-finding',
      );
    }
    checkLog(path, record?.updates, merged.status);
    const { selector, paragraph, context } = locate(marker);
    claims.push({
      id: marker.id,
      article,
      number: index + 1,
      text: selector.exact,
      type: merged.type,
      claimant,
      status: merged.status,
      ...(record?.note === undefined ? {} : { note: record.note }),
      ...(record?.finding === undefined ? {} : { finding: record.finding }),
      sources: record?.sources ?? [],
      about: record?.about ?? [],
      events: record?.events ?? [],
      flags: record?.flags ?? [],
      selector,
      paragraph,
      context,
      updates: record?.updates ?? [],
    });
  });

  const claimIds = new Set(claimMarkers.map((m) => m.id));
  if (frontmatter.assessment)
    checkAssessmentKey(file, frontmatter.assessment.key, claims, claimIds, yamlAt);
  for (const [id, retired] of Object.entries(frontmatter.retired ?? {})) {
    if (claimIds.has(id))
      report(
        file,
        `retired claim id "${id}" is still used by a claim; a retired id must not come back, choose a new id for the claim`,
        yamlAt(['retired', id]),
        'retired',
      );
    if (retired.to !== undefined && !claimIds.has(retired.to))
      report(
        file,
        `retired.${id}.to: unknown claim "${retired.to}"; point it at a claim of this article or leave "to" out`,
        yamlAt(['retired', id, 'to']),
        'retired',
      );
  }

  const events = buildEvents(eventMarkers, frontmatter, file, article, yamlAt, locate, checkActor);
  for (const marker of markers.filter((m) => m.name === 'actor'))
    checkActor(marker.id, ':actor ref', marker.node.position?.start);
  const mentions: Mention[] = [];
  visit(tree, 'textDirective', (node) => {
    if (node.name !== 'actor') return;
    const { selector, paragraph } = locate({
      name: 'actor',
      node,
      id: String(node.attributes?.ref),
      fields: {},
    });
    mentions.push({
      actor: String(node.attributes?.ref),
      text: selector.exact,
      paragraph,
      marked: node.data?.found !== true,
    });
  });
  return { claims, events, mentions, plainText, blocks };
}

/** Key claims must be claims of this article; an article with verdicts must name at least one. */
function checkAssessmentKey(
  file: VFile,
  key: readonly string[],
  claims: readonly Claim[],
  claimIds: ReadonlySet<string>,
  yamlAt: (path: PropertyKey[]) => Place,
) {
  key.forEach((id, index) => {
    if (!claimIds.has(id))
      report(
        file,
        `assessment.key: unknown claim "${id}"; list ids of this article's claims`,
        yamlAt(['assessment', 'key', index]),
        'unknown-key-claim',
      );
  });
  if (key.length === 0 && claims.some((claim) => VERDICT_STATUSES.includes(claim.status)))
    report(
      file,
      'assessment.key is empty but the article has claims with a verdict; list the claims a reader must see first',
      yamlAt(['assessment', 'key']),
      'missing-key-claims',
    );
}

/** Inline fields merged into the record; a field given in both places is an error. */
function mergeClaim(
  marker: Marker,
  record: ClaimFrontmatter | undefined,
  file: VFile,
): { type: Claim['type']; claimant: string; status: Claim['status'] } | undefined {
  const place = marker.node.position?.start;
  const merged: Record<string, string | undefined> = {
    type: record?.type,
    claimant: record?.claimant,
    status: record?.status,
  };
  for (const [key, value] of Object.entries(marker.fields)) {
    if (merged[key] !== undefined) {
      report(
        file,
        `claim "${marker.id}": "${key}" is given both inline and in the frontmatter; keep one`,
        place,
        'both-inline-and-frontmatter',
      );
      return undefined;
    }
    merged[key] = value;
  }
  const type = ClaimTypeSchema.safeParse(merged.type);
  const status = ClaimStatusSchema.safeParse(merged.status);
  const missing = ['type', 'claimant', 'status'].filter((key) => merged[key] === undefined);
  if (!record && missing.length === 3) {
    report(
      file,
      `claim marker "${marker.id}" has no record; add claims: ${marker.id}: with type, claimant and status to the frontmatter (or give them inline)`,
      place,
      'missing-record',
    );
    return undefined;
  }
  if (missing.length > 0) {
    report(
      file,
      `claim "${marker.id}" is missing ${missing.join(', ')}; add ${missing.length > 1 ? 'them' : 'it'} to its frontmatter record or inline`,
      place,
      'missing-field',
    );
    return undefined;
  }
  if (!type.success) {
    report(
      file,
      `claim "${marker.id}": type "${merged.type}" is not allowed; allowed values: ${ClaimTypeSchema.options.join(', ')}`,
      place,
      'schema',
    );
    return undefined;
  }
  if (!status.success) {
    report(
      file,
      `claim "${marker.id}": status "${merged.status}" is not allowed; allowed values: ${ClaimStatusSchema.options.join(', ')}`,
      place,
      'schema',
    );
    return undefined;
  }
  return { type: type.data, claimant: String(merged.claimant), status: status.data };
}

function reportOrphanRecords(
  file: VFile,
  records: Record<string, unknown>,
  markers: readonly Marker[],
  key: 'claims' | 'events',
  yamlAt: (path: PropertyKey[]) => Place,
) {
  const marked = new Set(markers.map((m) => m.id));
  const singular = key === 'claims' ? 'claim' : 'event';
  for (const id of Object.keys(records)) {
    if (!marked.has(id))
      report(
        file,
        `${key}.${id} has no :${singular}[…]{#${id}} marker in the text; mark the words it refers to, or remove the record (list retired claim ids under retired:)`,
        yamlAt([key, id]),
        'orphan-record',
      );
  }
}

/** Where a marker sits: its selector, its text block and the offset of its start inside that block. */
interface MarkerPlace {
  selector: Selector;
  paragraph: number;
  context: string;
  offset: number;
}

function locateMarker(
  marker: Marker,
  spans: ReadonlyMap<unknown, Span>,
  blocks: readonly TextBlock[],
  plainText: string,
): MarkerPlace {
  const span = spans.get(marker.node);
  // Markers only occur in phrasing content, which always lies in a paragraph or heading.
  if (!span) throw new Error(`marker #${marker.id} lies outside every text block`);
  const { start, end, paragraph, offset } = span;
  return {
    selector: {
      exact: plainText.slice(start, end),
      prefix: plainText.slice(Math.max(0, start - SELECTOR_CONTEXT), start),
      suffix: plainText.slice(end, end + SELECTOR_CONTEXT),
      start,
      end,
    },
    paragraph,
    context: blocks[paragraph]?.text ?? '',
    offset,
  };
}

function buildEvents(
  markers: readonly Marker[],
  frontmatter: ArticleFrontmatter,
  file: VFile,
  article: string,
  yamlAt: (path: PropertyKey[]) => Place,
  locate: (marker: Marker) => MarkerPlace,
  checkActor: (id: string, where: string, place: Place) => void,
): ArticleEvent[] {
  const inputs = new Map<string, EventDateInput>();
  const records = new Map<string, EventFrontmatter>();
  for (const marker of markers) {
    const record: EventFrontmatter = { ...frontmatter.events?.[marker.id] };
    const path = ['events', marker.id];
    for (const [key, value] of Object.entries(marker.fields)) {
      if ((record as Record<string, unknown>)[key] !== undefined) {
        report(
          file,
          `event "${marker.id}": "${key}" is given both inline and in the frontmatter; keep one`,
          marker.node.position?.start,
          'both-inline-and-frontmatter',
        );
      } else if (key === 'type') {
        const type = EventTypeSchema.safeParse(value);
        if (type.success) record.type = type.data;
        else
          report(
            file,
            `event "${marker.id}": type "${value}" is not allowed; allowed values: ${EventTypeSchema.options.join(', ')}`,
            marker.node.position?.start,
            'schema',
          );
      } else if (key === 'date') {
        const date = parseDateValue(value);
        if (date.ok) record.date = value;
        else
          report(file, `event "${marker.id}": ${date.error}`, marker.node.position?.start, 'date');
      }
    }
    if (!frontmatter.events?.[marker.id] && Object.keys(marker.fields).length === 0) {
      report(
        file,
        `event marker "${marker.id}" has no record; add events: ${marker.id}: with a summary to the frontmatter`,
        marker.node.position?.start,
        'missing-record',
      );
      continue;
    }
    if (record.date !== undefined && record.after !== undefined) {
      report(
        file,
        `event "${marker.id}" has both date and after; give an absolute date or a relative one, not both`,
        yamlAt([...path, 'after']),
        'date',
      );
    }
    if (record.offset !== undefined && record.after === undefined) {
      report(
        file,
        `event "${marker.id}" has an offset but no anchor; add after: <event-id>`,
        yamlAt([...path, 'offset']),
        'date',
      );
    }
    for (const actor of record.actors ?? [])
      checkActor(actor, `event "${marker.id}" actors`, yamlAt([...path, 'actors']));
    const date = record.date === undefined ? undefined : parseDateValue(record.date);
    inputs.set(marker.id, {
      date: date?.ok ? date.value : undefined,
      approximate: record.approximate ?? false,
      after: record.after,
      offset: record.offset,
    });
    records.set(marker.id, record);
  }

  const { dates, problems } = resolveEventDates(inputs);
  for (const problem of problems)
    report(file, problem.message, yamlAt(['events', problem.id, 'after']), problem.kind);

  const events: ArticleEvent[] = [];
  markers.forEach((marker, index) => {
    const record = records.get(marker.id);
    if (!record) return;
    const { selector, paragraph, context, offset } = locate(marker);
    const resolved = dates.get(marker.id);
    const documented = record.documented ? parseDateValue(record.documented.date) : undefined;
    events.push({
      id: marker.id,
      article,
      told: index + 1,
      summary: record.summary ?? selector.exact,
      type: record.type ?? 'other',
      date: {
        asWritten: selector.exact,
        ...(resolved ? { value: resolved.value, precision: resolved.precision } : {}),
        approximate: resolved?.approximate ?? record.approximate ?? false,
        ...(resolved?.relative ? { relative: resolved.relative } : {}),
      },
      ...(record.documented && documented?.ok
        ? {
            documented: {
              ...documented.value,
              approximate: record.documented.approximate ?? false,
              ...(record.documented.note === undefined ? {} : { note: record.documented.note }),
              sources: record.documented.sources,
            },
          }
        : {}),
      actors: record.actors ?? [],
      quote: sentenceAt(context, offset),
      ...(record.note === undefined ? {} : { note: record.note }),
      paragraph,
      selector,
    });
  });
  return events;
}
