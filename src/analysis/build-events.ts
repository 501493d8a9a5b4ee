import { mergeInline, type ArticleContext } from './article-context.ts';
import { parseDateValue } from './dates.ts';
import { report } from './frontmatter.ts';
import type { Marker } from './markers.ts';
import { resolveEventDates, type EventDateInput } from './resolve-dates.ts';
import type { EventFrontmatter } from './schema/article-frontmatter.ts';
import type { ArticleEvent } from './schema/entries.ts';
import { EventTypeSchema } from './schema/vocabulary.ts';
import { sentenceAt } from './text-blocks.ts';

/**
 * The events of an article, numbered in the order it tells them: each `:event` marker merged with
 * its record, relative dates resolved from their anchors, the sentence that states it kept.
 *
 * @example
 *   buildEvents(ctx)[0] // { id: 'ban', told: 1, date: { asWritten: 'In 2026', value: '2026', … }, … }
 */
export function buildEvents(ctx: ArticleContext): ArticleEvent[] {
  const markers = ctx.markers.filter((m) => m.name === 'event');
  const records = new Map<string, EventFrontmatter>();
  const inputs = new Map<string, EventDateInput>();
  for (const marker of markers) {
    const record = mergeEvent(ctx, marker);
    if (!record) continue;
    inputs.set(marker.id, dateInput(ctx, marker.id, record));
    for (const actor of record.actors ?? [])
      ctx.checkActor(
        actor,
        `event "${marker.id}" actors`,
        ctx.yamlAt(['events', marker.id, 'actors']),
      );
    records.set(marker.id, record);
  }
  const { dates, problems } = resolveEventDates(inputs);
  for (const problem of problems)
    report(ctx.file, problem.message, ctx.yamlAt(['events', problem.id, 'after']), problem.kind);

  const events: ArticleEvent[] = [];
  markers.forEach((marker, index) => {
    const record = records.get(marker.id);
    if (!record) return;
    const { selector, paragraph, context, offset } = ctx.locate(marker);
    const resolved = dates.get(marker.id);
    const documented = record.documented ? parseDateValue(record.documented.date) : undefined;
    events.push({
      id: marker.id,
      article: ctx.article,
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

/**
 * The event's record with its inline `type` and `date` laid over it, each checked; undefined
 * when the event has neither a record nor inline fields.
 */
function mergeEvent(ctx: ArticleContext, marker: Marker): EventFrontmatter | undefined {
  const own = ctx.frontmatter.events?.[marker.id];
  const { merged, inline } = mergeInline(ctx, marker, own);
  const place = marker.node.position?.start;
  if (inline.includes('type')) {
    const value = String(merged['type']);
    if (!EventTypeSchema.safeParse(value).success) {
      delete merged['type'];
      report(
        ctx.file,
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
      report(ctx.file, `event "${marker.id}": ${date.error}`, place, 'date');
    }
  }
  if (!own && Object.keys(marker.fields).length === 0) {
    report(
      ctx.file,
      `event marker "${marker.id}" has no record; add events: ${marker.id}: with a summary to the frontmatter`,
      place,
      'missing-record',
    );
    return undefined;
  }
  return merged as EventFrontmatter;
}

/** What the record says about the event's date, checked for contradictions. */
function dateInput(ctx: ArticleContext, id: string, record: EventFrontmatter): EventDateInput {
  const path = ['events', id];
  if (record.date !== undefined && record.after !== undefined) {
    report(
      ctx.file,
      `event "${id}" has both date and after; give an absolute date or a relative one, not both`,
      ctx.yamlAt([...path, 'after']),
      'date',
    );
  }
  if (record.offset !== undefined && record.after === undefined) {
    report(
      ctx.file,
      `event "${id}" has an offset but no anchor; add after: <event-id>`,
      ctx.yamlAt([...path, 'offset']),
      'date',
    );
  }
  const date = record.date === undefined ? undefined : parseDateValue(record.date);
  return {
    date: date?.ok ? date.value : undefined,
    approximate: record.approximate ?? false,
    after: record.after,
    offset: record.offset,
  };
}
