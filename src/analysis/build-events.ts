import { dateEdtf, periodEdtf } from './date-periods.ts';
import { mergeInline, type ParseState } from './parse-state.ts';
import { isNegativeDuration, negateDuration, parseDateValue } from './dates.ts';
import { report } from './report.ts';
import type { Marker } from './markers.ts';
import { approximationOf, compareWithRecord } from './record-comparison.ts';
import { resolveEventDates, type EventDateInput } from './resolve-dates.ts';
import type { EventFrontmatter } from './schema/article-frontmatter.ts';
import type { ArticleEvent } from './schema/entries.ts';
import { EventTypeSchema } from './schema/vocabulary.ts';
import { sentenceAround } from './sentences.ts';

/**
 * The events of an article, numbered in the order it tells them: each `:event` marker merged with
 * its record, relative dates resolved from their anchors, the sentence that states it kept.
 *
 * @example
 *   buildEvents(state)[0] // { id: 'ban', told: 1, date: { asWritten: 'In 2026', value: '2026', … }, … }
 */
export function buildEvents(state: ParseState): ArticleEvent[] {
  const markers = state.markers.filter((m) => m.name === 'event');
  const records = new Map<string, EventFrontmatter>();
  const inputs = new Map<string, EventDateInput>();
  for (const marker of markers) {
    const record = mergeEvent(state, marker);
    if (!record) continue;
    inputs.set(marker.id, dateInput(state, marker, record));
    for (const actor of record.actors ?? [])
      state.checkActor(
        actor,
        `event "${marker.id}" actors`,
        state.yamlAt(['events', marker.id, 'actors']),
      );
    records.set(marker.id, record);
  }
  const { dates, stated, problems } = resolveEventDates(inputs);
  for (const problem of problems) {
    const field = anchorFieldOf(records.get(problem.id));
    report(state.file, problem.message, state.yamlAt(['events', problem.id, field]), problem.kind);
  }

  const events: ArticleEvent[] = [];
  markers.forEach((marker, index) => {
    const record = records.get(marker.id);
    if (!record) return;
    const { selector, paragraph, paragraphText, offset } = state.locate(marker);
    // The event's quote is the sentence it starts in.
    const quote = sentenceAround(paragraphText, offset);
    const resolved = dates.get(marker.id);
    const says = stated.get(marker.id);
    const { documented } = inputs.get(marker.id) ?? {};
    const approximation = inputs.get(marker.id)?.approximation;
    const recordApproximate = record.documented?.approximate ?? false;
    events.push({
      id: marker.id,
      article: state.article,
      told: index + 1,
      summary: record.summary ?? selector.exact,
      type: record.type ?? 'other',
      date: {
        asWritten: selector.exact,
        ...(resolved ? { value: resolved.value, precision: resolved.precision } : {}),
        approximate: resolved?.approximate ?? record.approximate ?? false,
        ...(resolved?.relative ? { relative: resolved.relative } : {}),
        ...(resolved ? { edtf: dateEdtf(resolved, resolved.approximate) } : {}),
        ...(approximation ? { approximation } : {}),
        ...(says?.period ? { period: periodEdtf(says.period, resolved) } : {}),
      },
      ...(record.documented && documented
        ? {
            documented: {
              ...documented,
              approximate: recordApproximate,
              edtf: dateEdtf(documented, recordApproximate),
              comparison: compareWithRecord(says ?? { period: undefined, precision: undefined }, {
                ...documented,
                approximate: recordApproximate,
              }),
              ...(record.documented.note === undefined ? {} : { note: record.documented.note }),
              sources: record.documented.sources,
            },
          }
        : {}),
      actors: record.actors ?? [],
      quote: paragraphText.slice(quote.start, quote.end),
      ...(record.note === undefined ? {} : { note: record.note }),
      paragraph,
      selector,
    });
  });
  return events;
}

/**
 * The event's record with its inline `type` and `date` laid over it, each checked; undefined
 * when the event has neither a record nor inline fields.
 */
function mergeEvent(state: ParseState, marker: Marker): EventFrontmatter | undefined {
  const own = state.frontmatter.events?.[marker.id];
  const { merged, inline } = mergeInline(state, marker, own);
  const place = marker.node.position?.start;
  if (inline.includes('type')) {
    const value = String(merged['type']);
    if (!EventTypeSchema.safeParse(value).success) {
      delete merged['type'];
      report(
        state.file,
        `event "${marker.id}": type "${value}" is not allowed; allowed values: ${EventTypeSchema.options.join(', ')}`,
        place,
        'schema',
      );
    }
  }
  if (inline.includes('date')) {
    const date = parseDateValue(String(merged['date']));
    if (!date.ok) {
      delete merged['date'];
      report(state.file, `event "${marker.id}": ${date.error}`, place, 'date');
    }
  }
  if (!own && Object.keys(marker.fields).length === 0) {
    report(
      state.file,
      `event marker "${marker.id}" has no record; add events: ${marker.id}: with a summary to the frontmatter`,
      place,
      'missing-record',
    );
    return undefined;
  }
  return merged as EventFrontmatter;
}

/**
 * What the record says about the event's date, checked for contradictions. `before: x` with
 * `offset: P1D` is `after: x` with `offset: -P1D`, said the way the text says it.
 */
function dateInput(state: ParseState, marker: Marker, record: EventFrontmatter): EventDateInput {
  const { id } = marker;
  const problem = (field: string, message: string): void =>
    report(state.file, `event "${id}" ${message}`, state.yamlAt(['events', id, field]), 'date');
  const anchorField = anchorFieldOf(record);
  const anchor = record.before ?? record.after;
  if (record.after !== undefined && record.before !== undefined)
    problem(
      'before',
      'has both after and before; count from one anchor (after: for a later event, before: for an earlier one)',
    );
  if (record.date !== undefined && anchor !== undefined)
    problem(
      anchorField,
      `has both date and ${anchorField}; give an absolute date or a relative one, not both`,
    );
  const { offset } = record;
  if (offset !== undefined && anchor === undefined)
    problem('offset', 'has an offset but no anchor; add after: <event-id> (or before: <event-id>)');
  const backwards = record.before !== undefined && offset !== undefined;
  if (backwards && isNegativeDuration(offset))
    problem(
      'offset',
      `is dated before "${record.before}" by a negative offset (${offset}), which counts forward; before: takes ` +
        `a positive offset, write offset: ${negateDuration(offset)}`,
    );
  const date = record.date === undefined ? undefined : parseDateValue(record.date);
  const documented = record.documented && parseDateValue(record.documented.date);
  const approximate = record.approximate ?? false;
  return {
    date: date?.ok ? date.value : undefined,
    approximate,
    after: anchor,
    offset: backwards ? negateDuration(offset) : offset,
    anchorField,
    documented: documented?.ok ? documented.value : undefined,
    approximation: approximationOf(state.locate(marker).selector.exact, {
      relative: anchor !== undefined && date === undefined,
      // A bare "after" with no offset is read as an order, not as "about" the anchor's day.
      approximate: approximate && (anchor === undefined || offset !== undefined),
    }),
  };
}

/** The field that names the event's anchor, for messages and their position. */
const anchorFieldOf = (record: EventFrontmatter | undefined): 'after' | 'before' =>
  record?.before !== undefined ? 'before' : 'after';
