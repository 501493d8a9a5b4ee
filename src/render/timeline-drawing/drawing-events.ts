import type { DateValue } from '../../analysis/dates.ts';
import type { ArticleEvent } from '../../analysis/schema/entries.ts';
import type { EventType } from '../../analysis/schema/vocabulary.ts';
import type { RecordComparison } from '../../analysis/schema/vocabulary.ts';
import {
  bestKnownDate,
  dateOf,
  eventKey,
  orderAsTold,
  orderByBestKnownDate,
  relativeAnchor,
} from '../../analysis/timeline.ts';
import { formatDate, recordSentence } from '../event-dates.ts';

/** An event as the drawing sees it: everything it shows, nothing it would have to look up. */
export interface DrawingEvent {
  /** `<article>/<id>`, unique in a drawing. */
  key: string;
  /** Where its mark links: the event's entry in the list beside the drawing. */
  href: string;
  /** Narrative position across the drawing (article order, then telling), 1-based. */
  told: number;
  /** Position in the timeline's chronological order (the list's), 0-based; undated last. */
  datedRank: number;
  summary: string;
  type: EventType;
  /** Where the mark goes: the best-known date (the record's, unless it contradicts the article). */
  date: (DateValue & { approximate: boolean; words: string }) | undefined;
  /** The record's date, only where it contradicts the article's: drawn apart, with an arrow. */
  documented: (DateValue & { approximate: boolean; words: string }) | undefined;
  /** How the record stands to the article, and that said in words ("The article gives 2026; …"). */
  record: { comparison: RecordComparison; words: string } | undefined;
  /** The event this one is dated from, and the phrase that does it ("the next day"). */
  relative: { anchor: string; phrase: string } | undefined;
  /** Set on actor scopes for that actor's events. */
  emphasis: boolean;
}

interface DrawingEventOptions {
  /** The fragment of each event's entry (`event-<id>`), keyed by `<article>/<id>`. */
  anchors: Map<string, string>;
  /** Events whose actors include this one are drawn stronger. */
  actor?: string | undefined;
  /** Events not listed on this page (keys not in `listed`) link to their entry on `page`. */
  elsewhere?: { listed: ReadonlySet<string>; page: string } | undefined;
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** A date in words; a year alone says so, since its mark is only a bracket across the year. */
const words = (date: DateValue, approximate: boolean): string =>
  `${approximate ? 'about ' : ''}${formatDate(date)}${date.precision === 'year' ? ', month not stated' : ''}`;

/**
 * The drawing's view of a scope's events, in telling order. Relative anchors that are not among
 * `events` are left out (the list still names them).
 *
 * @example
 *   toDrawingEvents(events, { anchors: eventAnchors(events) })[0]?.href // '#event-yahoo-report'
 */
export function toDrawingEvents(
  events: readonly ArticleEvent[],
  options: DrawingEventOptions,
): DrawingEvent[] {
  const shown = new Set(events.map(eventKey));
  // The slope chart's right column follows the list's own chronological order, whatever it is.
  const { dated, undated } = orderByBestKnownDate(events);
  const datedRank = new Map([...dated, ...undated].map((e, i) => [eventKey(e), i]));
  return orderAsTold(events).map((event, i) => {
    const anchor = relativeAnchor(event, events);
    const said = recordSentence(event, { compact: true });
    const contradicts = said?.comparison === 'contradicts';
    const documented = contradicts ? event.documented : undefined;
    // A record that confirms or refines the article's date fills it in: the mark goes there.
    const date = contradicts ? dateOf(event) : bestKnownDate(event);
    const approximate =
      contradicts || !event.documented ? event.date.approximate : event.documented.approximate;
    return {
      key: eventKey(event),
      href: `${options.elsewhere && !options.elsewhere.listed.has(eventKey(event)) ? options.elsewhere.page : ''}#${
        options.anchors.get(eventKey(event)) ?? `event-${event.id}`
      }`,
      told: i + 1,
      datedRank: datedRank.get(eventKey(event)) ?? i,
      summary: event.summary,
      type: event.type,
      date: date && { ...date, approximate, words: words(date, approximate) },
      documented: documented && {
        value: documented.value,
        precision: documented.precision,
        approximate: documented.approximate,
        words: words(documented, documented.approximate),
      },
      record: said && { comparison: said.comparison, words: `${said.lead}.` },
      relative:
        anchor && shown.has(eventKey(anchor))
          ? { anchor: eventKey(anchor), phrase: lowerFirst(event.date.asWritten) }
          : undefined,
      emphasis: options.actor !== undefined && event.actors.includes(options.actor),
    };
  });
}
