import type { Element, ElementContent } from 'hast';
import type { DrawingEvent } from './drawing-events.ts';
import { TYPE_GLYPHS } from './glyphs.ts';
import { el, r, text } from './hast.ts';
import { inversions, slopeOrder } from './slope.ts';
import { charsThatFit, shorten } from './labels.ts';
import { FONT } from './layout.ts';

const ROW = 20;
const TOP = 34;

/** The accessible name of the slope chart: what a sighted reader sees at a glance. */
function slopeSummary(events: readonly DrawingEvent[]): string {
  const jumps = inversions(slopeOrder(events.map(slopeItem)));
  const count = events.length;
  if (jumps === 0)
    return `As told beside as dated: the article tells its ${count} events in date order.`;
  return (
    `As told beside as dated: the article tells its ${count} events out of date order; ` +
    `${jumps} pair${jumps === 1 ? ' is' : 's are'} told the other way round. The lists say which.`
  );
}

const slopeItem = (e: DrawingEvent) => ({ key: e.key, told: e.told, time: e.datedRank });

/**
 * The slope chart: the article's telling on the left, the calendar on the right, one line per
 * event. A line that climbs is an event told late; lines that cross are the telling jumping in
 * time. It is a picture (`role="img"`) whose name sums it up: the lists beside it hold each event.
 */
export function renderSlope(events: readonly DrawingEvent[], css: string, width = 480): Element {
  const lines = slopeOrder(events.map(slopeItem));
  const byKey = new Map(events.map((e) => [e.key, e]));
  const left = Math.round(width * 0.42);
  const right = Math.round(width * 0.58);
  const room = charsThatFit(left - 16, FONT);
  const y = (rank: number): number => TOP + rank * ROW + 6;
  const rows: ElementContent[] = lines.map((line) => {
    const event = byKey.get(line.key) as DrawingEvent;
    const glyph = TYPE_GLYPHS[event.type].path;
    const [y1, y2] = [y(line.toldRank), y(line.datedRank)];
    return el('g', { className: [`tl-t-${event.type}`, ...(event.emphasis ? ['tl-em'] : [])] }, [
      el('path', {
        d: `M${left} ${y1}C${r((left + right) / 2)} ${y1} ${r((left + right) / 2)} ${y2} ${right} ${y2}`,
        className: ['tl-sl'],
      }),
      el('path', {
        d: glyph,
        transform: `translate(${left} ${y1}) scale(.8)`,
        className: ['tl-m'],
      }),
      el('path', {
        d: glyph,
        transform: `translate(${right} ${y2}) scale(.8)`,
        className: ['tl-m'],
      }),
      el('text', { x: left - 10, y: y1 + 4, textAnchor: 'end' }, [
        text(shorten(`${event.told}. ${event.summary}`, room)),
      ]),
      el('text', { x: right + 10, y: y2 + 4 }, [
        // The column is ordered by the best-known date (the record's, where it fixes one): say it.
        text(shorten((event.documented ?? event.date)?.words ?? 'undated', room)),
      ]),
    ]);
  });
  const height = TOP + lines.length * ROW + 8;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      ariaLabel: slopeSummary(events),
      className: ['tl', 'tl-slope'],
    },
    [
      el('style', {}, [text(css)]),
      el('text', { x: left, y: 16, textAnchor: 'end', fontWeight: 700 }, [text('As told')]),
      el('text', { x: right, y: 16, fontWeight: 700 }, [text('As dated')]),
      ...rows,
    ],
  );
}
