import type { Element, ElementContent } from 'hast';
import type { DrawingEvent } from './drawing-events.ts';
import { TYPE_GLYPHS } from './glyphs.ts';
import { el, r, text } from './hast.ts';
import { axisPlace, markPlace } from './layout.ts';

/**
 * A compact strip: the axis and one mark per dated event, no labels; with `current`, that event
 * stands out and the rest fade (an event card's locator). A picture (`role="img"`) named by
 * `label`: the list or the card beside it says the rest in words.
 */
export function renderStrip(
  events: readonly DrawingEvent[],
  options: { css: string; label: string; current?: string | undefined; width?: number },
): Element {
  const width = options.width ?? 640;
  const range: [number, number] = [10, width - 10];
  const dated = events.filter((e) => e.date !== undefined);
  const axis = axisPlace(dated, range, 90);
  const at = 28;
  const marks: ElementContent[] = dated.map((event) => {
    const place = markPlace(event.date as NonNullable<DrawingEvent['date']>, axis.scale, range);
    const current = event.key === options.current;
    const glyph = el('path', {
      d: TYPE_GLYPHS[event.type].path,
      transform: `translate(${r(place.centre)} ${current ? 12 : 16})${current ? ' scale(1.4)' : ' scale(.8)'}`,
      className: ['tl-m', ...(place.approximate ? ['tl-ap'] : [])],
    });
    const bar =
      place.precision === 'day'
        ? []
        : [
            el('rect', {
              x: r(place.from),
              y: 14,
              width: r(Math.max(2, place.to - place.from)),
              height: 4,
              className: ['tl-m', 'tl-bar'],
            }),
          ];
    return el('g', { className: [`tl-t-${event.type}`, ...(current ? ['tl-em'] : [])] }, [
      ...bar,
      glyph,
    ]);
  });
  const segments = axis.scale.segments.map((s) => `M${r(s.from)} ${at}H${r(s.to)}`).join('');
  const breaks = axis.scale.breaks
    .map((b) => `M${r(b.at - 5)} ${at + 5}l4-10M${r(b.at + 1)} ${at + 5}l4-10`)
    .join('');
  const labels = [...axis.ticks, ...axis.segmentLabels].map((t) =>
    el(
      'text',
      { x: r(axis.scale.position(t.time)), y: at + 14, textAnchor: 'middle', className: ['tl-k'] },
      [text(t.label)],
    ),
  );
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${at + 18}`,
      width,
      height: at + 18,
      role: 'img',
      ariaLabel: options.label,
      className: ['tl', 'tl-strip', ...(options.current ? ['tl-sc'] : [])],
    },
    [
      el('style', {}, [text(options.css)]),
      el('path', { d: segments + breaks, className: ['tl-ax'] }),
      ...marks,
      ...labels,
    ],
  );
}
