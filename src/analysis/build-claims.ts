import { mergeInline, type ParseState } from './parse-state.ts';
import { report } from './report.ts';
import type { Marker } from './markers.ts';
import type { ClaimFrontmatter } from './schema/article-frontmatter.ts';
import { FINDING_MAX } from './schema/assessment.ts';
import type { Claim } from './schema/entries.ts';
import { ClaimStatusSchema, ClaimTypeSchema, VERDICT_STATUSES } from './schema/vocabulary.ts';

/**
 * The claims of an article, numbered in reading order: each `:claim` marker merged with its
 * record, its actors, events, sources and updates checked. A claim with a problem is reported
 * and left out.
 *
 * @example
 *   buildClaims(state)[0] // { id: 'backs', number: 1, text: 'backs Japan', selector: {…}, … }
 */
export function buildClaims(state: ParseState): Claim[] {
  const { frontmatter, article } = state;
  const eventIds = new Set(state.markers.filter((m) => m.name === 'event').map((m) => m.id));
  const claims: Claim[] = [];
  state.markers
    .filter((m) => m.name === 'claim')
    .forEach((marker, index) => {
      const record = frontmatter.claims?.[marker.id];
      const merged = mergeClaim(state, marker, record);
      if (!merged) return;
      const claimant = merged.claimant === 'author' ? frontmatter.author : merged.claimant;
      checkClaimReferences(state, marker, record, claimant, eventIds);
      if (VERDICT_STATUSES.includes(merged.status) && (record?.sources ?? []).length === 0) {
        report(
          state.file,
          `claim "${marker.id}" has status "${merged.status}" but no sources; cite the sources you checked, or ` +
            'use unverified / not-checkable',
          record ? state.yamlAt(['claims', marker.id, 'status']) : marker.node.position?.start,
          'verdict-source',
        );
      }
      if (VERDICT_STATUSES.includes(merged.status) && record?.finding === undefined) {
        report(
          state.file,
          `claim "${marker.id}" has status "${merged.status}" but no finding; add finding: the verdict in one ` +
            `sentence of at most ${FINDING_MAX} characters`,
          record ? state.yamlAt(['claims', marker.id, 'status']) : marker.node.position?.start,
          'missing-finding',
        );
      }
      state.checkLog(['claims', marker.id], record?.updates, merged.status);
      const { selector, paragraph, paragraphText } = state.locate(marker);
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
        paragraphText,
        updates: record?.updates ?? [],
      });
    });
  return claims;
}

/** The claimant, the actors it is about and the events it names must all exist. */
function checkClaimReferences(
  state: ParseState,
  marker: Marker,
  record: ClaimFrontmatter | undefined,
  claimant: string,
  eventIds: ReadonlySet<string>,
): void {
  const path = ['claims', marker.id];
  state.checkActor(
    claimant,
    `claim "${marker.id}" claimant`,
    record?.claimant ? state.yamlAt([...path, 'claimant']) : marker.node.position?.start,
  );
  for (const actor of record?.about ?? [])
    state.checkActor(actor, `claim "${marker.id}" about`, state.yamlAt([...path, 'about']));
  for (const event of record?.events ?? []) {
    if (!eventIds.has(event))
      report(
        state.file,
        `claim "${marker.id}" events: unknown event "${event}"; mark it with :event[…]{#${event}} or fix the id`,
        state.yamlAt([...path, 'events']),
        'unknown-event',
      );
  }
}

/** The claim's type, claimant and status from its record and marker together, each checked. */
function mergeClaim(
  state: ParseState,
  marker: Marker,
  record: ClaimFrontmatter | undefined,
): { type: Claim['type']; claimant: string; status: Claim['status'] } | undefined {
  const { merged, clean } = mergeInline(state, marker, record);
  if (!clean) return undefined;
  const place = marker.node.position?.start;
  const problem = (message: string, rule: string): undefined => {
    report(state.file, message, place, rule);
    return undefined;
  };
  const missing = ['type', 'claimant', 'status'].filter((key) => merged[key] === undefined);
  if (!record && missing.length === 3)
    return problem(
      `claim marker "${marker.id}" has no record; add claims: ${marker.id}: with type, claimant and status to ` +
        'the frontmatter (or give them inline)',
      'missing-record',
    );
  if (missing.length > 0)
    return problem(
      `claim "${marker.id}" is missing ${missing.join(', ')}; add ${missing.length > 1 ? 'them' : 'it'} to its ` +
        'frontmatter record or inline',
      'missing-field',
    );
  const type = ClaimTypeSchema.safeParse(merged['type']);
  if (!type.success)
    return problem(
      `claim "${marker.id}": type "${String(merged['type'])}" is not allowed; allowed values: ` +
        `${ClaimTypeSchema.options.join(', ')}`,
      'schema',
    );
  const status = ClaimStatusSchema.safeParse(merged['status']);
  if (!status.success)
    return problem(
      `claim "${marker.id}": status "${String(merged['status'])}" is not allowed; allowed values: ` +
        `${ClaimStatusSchema.options.join(', ')}`,
      'schema',
    );
  return { type: type.data, claimant: String(merged['claimant']), status: status.data };
}
