import { z } from 'zod';
import { eventAnchor } from '../analysis/ids.ts';
import {
  DocumentedEventDateSchema,
  EventDateSchema,
  SelectorSchema,
  type ArticleEvent,
} from '../analysis/schema/entries.ts';
import { EventTypeSchema } from '../analysis/schema/vocabulary.ts';
import { describeEventDate } from '../render/event-dates.ts';
import { orderAsTold } from '../analysis/timeline.ts';
import { articlePath } from '../analysis/urls.ts';
import { AbsoluteUrlSchema, KeySchema, RefSchema } from './record-fields.ts';
import { siteUrl } from './site-url.ts';

/** One event in `/data/events.json`. */
export const EventRecordSchema = z
  .strictObject({
    id: RefSchema.describe('Unique within its article.'),
    key: KeySchema,
    url: AbsoluteUrlSchema.describe('The event in place in its article (`#event-<id>`).'),
    article: RefSchema.describe('Id of the article (articles.json).'),
    told: z.number().int().positive().describe("1-based position in the article's telling."),
    summary: z.string(),
    type: EventTypeSchema,
    date: EventDateSchema.describe(
      'The date as the article tells it: `asWritten` is the phrase; `value` is YYYY, YYYY-MM or YYYY-MM-DD at ' +
        '`precision`; absent when the text gives none; `relative` names the event it is counted from.',
    ),
    displayDate: z
      .string()
      .describe('The date as a reader says it, e.g. "about 6 January 2026" or "undated".'),
    documented: DocumentedEventDateSchema.optional().describe(
      "The date on the record, where the analysis documents one, and how it stands to the article's " +
        '(`comparison`): it confirms, refines or contradicts it.',
    ),
    actors: z.array(RefSchema).describe('Actor ids involved (actors.json).'),
    quote: z.string().describe('The sentence of the article that states the event, unaltered.'),
    note: z.string().optional(),
    paragraph: z.number().int().nonnegative(),
    selector: SelectorSchema.describe("Where the date phrase is in the article's plainText."),
  })
  .describe('An event an article states.');
export type EventRecord = z.output<typeof EventRecordSchema>;

/**
 * The events export, in telling order per article, with the date as a reader says it.
 *
 * @example
 *   eventRecords(corpus.events, site)[0].displayDate // '19 January 2026'
 */
export function eventRecords(events: readonly ArticleEvent[], site: URL): EventRecord[] {
  return orderAsTold(events).map((event) => ({
    id: event.id,
    key: `${event.article}/${event.id}`,
    url: siteUrl(site, articlePath(event.article), eventAnchor(event.id)),
    article: event.article,
    told: event.told,
    summary: event.summary,
    type: event.type,
    date: event.date,
    displayDate: describeEventDate(event),
    ...(event.documented && { documented: event.documented }),
    actors: event.actors,
    quote: event.quote,
    ...(event.note !== undefined && { note: event.note }),
    paragraph: event.paragraph,
    selector: event.selector,
  }));
}
