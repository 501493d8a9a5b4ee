import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { cleanHast, svgToXml } from '../xml-text.ts';
import type { DrawingEvent } from './drawing-events.ts';
import type { DrawingAbout } from './frame.ts';
import { drawingCss } from './drawing-css.ts';
import { horizontalLayout, verticalLayout } from './layout.ts';
import { renderTimeline } from './render-timeline.ts';
import { renderSlope } from './render-slope.ts';
import { renderStrip } from './render-strip.ts';

export { toDrawingEvents, type DrawingEvent } from './drawing-events.ts';
export { drawingCss } from './drawing-css.ts';
export type { DrawingAbout } from './frame.ts';

/** The most dated events a drawing shows: the latest ones; the list beside it still has every event. */
export const MAX_DRAWN = 40;

/**
 * The most undated events a drawing shows, in their telling order; the rest are folded into a
 * count in the lane's heading. With `MAX_DRAWN`, this keeps a drawing's size (and the memory
 * drawing it takes) flat however large the archive grows.
 */
export const MAX_UNDATED = 12;

/** Keeps the `MAX_DRAWN` latest dated events and the first `MAX_UNDATED` undated ones, in their order. */
function bounded(events: readonly DrawingEvent[]): DrawingEvent[] {
  const dated = events
    .filter((e) => e.date)
    .sort((a, b) => (a.date?.value ?? '').localeCompare(b.date?.value ?? ''));
  const keep = new Set([
    ...dated.slice(-MAX_DRAWN).map((e) => e.key),
    ...events
      .filter((e) => !e.date)
      .slice(0, MAX_UNDATED)
      .map((e) => e.key),
  ]);
  return events.filter((e) => keep.has(e.key));
}

/**
 * The timeline drawn twice, as SVG markup: wide (time left to right) and narrow (time downwards);
 * the page's CSS shows one or the other by viewport width, so no script is needed.
 *
 * @example
 *   const { horizontal, vertical } = drawTimeline(toDrawingEvents(events, { anchors }), { title: 'Timeline' })
 */
export function drawTimeline(
  events: readonly DrawingEvent[],
  options: {
    title: string;
    /** Title, description, source and credit, drawn inside so the graphic stands alone. */
    about?: DrawingAbout | undefined;
    mode?: 'page' | 'file';
    /** Widths in CSS pixels each drawing is laid out for, where it is shown narrower than usual. */
    width?: { horizontal?: number; vertical?: number } | undefined;
  },
): { horizontal: string; vertical: string; drawn: number; breaks: boolean } {
  const mode = options.mode ?? 'page';
  const shown = bounded(events);
  const undatedTotal = events.filter((e) => !e.date).length;
  const css = drawingCss(mode);
  const layouts = {
    horizontal: horizontalLayout(shown, options.width?.horizontal),
    vertical: verticalLayout(shown, options.width?.vertical),
  };
  const render = (orientation: 'horizontal' | 'vertical'): string =>
    serialise(
      renderTimeline(layouts[orientation], {
        orientation,
        mode,
        css,
        title: options.title,
        about: options.about,
        undatedTotal,
      }),
      mode,
    );
  return {
    horizontal: render('horizontal'),
    vertical: render('vertical'),
    drawn: shown.length,
    breaks: Object.values(layouts).some((layout) => layout.axis.scale.breaks.length > 0),
  };
}

/**
 * The slope chart, as told beside as dated, as SVG markup.
 *
 * @example
 *   drawSlope(toDrawingEvents(events, { anchors }))
 */
export function drawSlope(events: readonly DrawingEvent[], mode: 'page' | 'file' = 'page'): string {
  return serialise(renderSlope(events, drawingCss(mode)), mode);
}

/**
 * A compact strip of an article's chronology, as SVG markup; `current` picks out one event (the
 * locator on an event card).
 */
export function drawStrip(
  events: readonly DrawingEvent[],
  options: { label: string; current?: string | undefined; mode?: 'page' | 'file' },
): string {
  const svg = renderStrip(events, {
    css: drawingCss(options.mode ?? 'page'),
    label: options.label,
    current: options.current,
  });
  return serialise(svg, options.mode ?? 'page');
}

/**
 * Inline in a page the drawing is HTML; as a file (a download, or resvg's input) it must be XML,
 * where a `<` in an attribute such as a label has to be escaped and HTML leaves it bare. Either
 * way its text is under the one text policy (../xml-text.ts).
 */
function serialise(svg: Element, mode: 'page' | 'file'): string {
  return mode === 'file' ? svgToXml(svg) : toHtml(cleanHast(svg), { space: 'svg' });
}
