import type { ArticleEvent } from '../../analysis/schema/entries.ts';
import { dateOf, eventKey, orderAsDated } from '../../analysis/timeline.ts';
import { formatDate } from '../event-dates.ts';
import { eventAnchors } from '../timeline-groups.ts';
import {
  drawSlope,
  drawStrip,
  drawTimeline,
  MAX_DRAWN,
  MAX_UNDATED,
  type DrawingAbout,
} from './draw-timeline.ts';
import { toDrawingEvents } from './drawing-events.ts';

/** What a timeline page or embed shows of the drawing: the markup and the words around it. */
export interface TimelineFigure {
  horizontal: string;
  vertical: string;
  /** As told beside as dated, where asked for and there are two events or more. */
  slope: string | undefined;
  caption: string;
}

/**
 * The drawing of `events` for a page listing them: each mark links to the list's entry, whose
 * anchor comes from `scope` (as the list's does), so inside an embed it stays in the embed.
 *
 * @example
 *   timelineFigure(events, events, { title: 'Timeline: …', slope: true }).caption
 */
export function timelineFigure(
  events: readonly ArticleEvent[],
  scope: readonly ArticleEvent[],
  options: {
    title: string;
    /** Title, tally, source and credit, drawn inside so the graphic stands alone. */
    about?: DrawingAbout | undefined;
    /** On an actor's view of a scope: the whole scope is drawn, that actor's events stronger. */
    actor?: { id: string; scopePath: string } | undefined;
    slope?: boolean;
    /** Layout widths, where the drawing is shown in a column narrower than a timeline page's. */
    width?: { horizontal?: number; vertical?: number } | undefined;
  },
): TimelineFigure {
  const { actor } = options;
  const drawn = actor ? scope : events;
  const drawing = toDrawingEvents(drawn, {
    anchors: eventAnchors(scope),
    actor: actor?.id,
    elsewhere: actor && { listed: new Set(events.map(eventKey)), page: actor.scopePath },
  });
  const {
    horizontal,
    vertical,
    drawn: count,
    breaks,
  } = drawTimeline(drawing, { title: options.title, about: options.about, width: options.width });
  const parts = [
    `Time runs left to right (downwards on narrow screens)${
      breaks ? '; // marks a stretch with nothing in it, cut out.' : '.'
    }`,
    'Each mark is a link to the event in the list, which gives every detail.',
  ];
  if (count < drawn.length)
    parts.unshift(
      `${count} of the ${drawn.length} events are drawn: at most the ${MAX_DRAWN} latest dated and the ` +
        `first ${MAX_UNDATED} undated.`,
    );
  if (actor)
    parts.push(
      'Events involving this actor are drawn stronger; the others link to the full timeline.',
    );
  return {
    horizontal,
    vertical,
    slope: options.slope && drawn.length > 1 ? drawSlope(drawing) : undefined,
    caption: parts.join(' '),
  };
}

/**
 * A compact strip of an article's events, for its summary panel, or, with `current`, the locator
 * of one event card: where it sits in its article's chronology, said in words too.
 */
export function timelineStrip(events: readonly ArticleEvent[], current?: ArticleEvent): string {
  const drawing = toDrawingEvents(events, { anchors: eventAnchors(events) });
  const { dated } = orderAsDated(events);
  const date = current && dateOf(current);
  const label = current
    ? date
      ? `Where this event sits: ${ordinal(dated.findIndex((e) => eventKey(e) === eventKey(current)) + 1)} of ` +
        `${dated.length} dated events in its article, ${formatDate(date)}.`
      : `This event is undated in the text; the article's ${dated.length} dated events are drawn.`
    : `The article's ${dated.length} dated events on a time axis; the list gives each one.`;
  return drawStrip(drawing, { label, current: current && eventKey(current) });
}

const ordinal = (n: number): string => {
  const suffix =
    n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
};
