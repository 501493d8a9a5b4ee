import type { Element, ElementContent } from 'hast';
import type { DrawingEvent } from './drawing-events.ts';
import { frameFooter, frameHeader, type DrawingAbout } from './frame.ts';
import { TYPE_GLYPHS } from './glyphs.ts';
import { el, r, text } from './hast.ts';
import { textWidth } from './labels.ts';
import {
  LINE,
  labelHeight,
  labelWords,
  spanWords,
  SMALL,
  undatedLines,
  undatedRowHeight,
  type MarkPlace,
  type PlacedEvent,
  type TimelineLayout,
} from './layout.ts';

type Orientation = 'horizontal' | 'vertical';

/** Turns (along, across) into (x, y) for either orientation. */
const point = (o: Orientation, along: number, across: number): [number, number] =>
  o === 'horizontal' ? [r(along), r(across)] : [r(across), r(along)];

function mark(
  o: Orientation,
  place: MarkPlace,
  across: number,
  event: DrawingEvent,
  record: boolean,
): Element[] {
  const glyph = TYPE_GLYPHS[event.type].path;
  const cls = [record ? 'tl-rec' : 'tl-m', place.approximate ? 'tl-ap' : ''].filter(Boolean);
  const out: Element[] = [];
  if (place.precision === 'year') out.push(yearBracket(o, place, across, cls));
  else if (place.precision !== 'day') {
    const [x, y] = point(o, place.from, across - 4);
    const long = r(Math.max(2, place.to - place.from));
    const size = o === 'horizontal' ? { width: long, height: 8 } : { width: 8, height: long };
    const clipped = place.clipped.before || place.clipped.after ? ['tl-cl'] : [];
    out.push(el('rect', { x, y, ...size, rx: 2, className: [...cls, 'tl-bar', ...clipped] }));
  }
  // Only a day is a point: a month or a year is its band, never a glyph on one of its days.
  if (place.precision !== 'day') return out;
  const [cx, cy] = point(o, place.centre, across);
  out.push(el('path', { d: glyph, transform: `translate(${cx} ${cy})`, className: cls }));
  return out;
}

/**
 * A year-only date: a thin bracket across its year rather than a bar, so an imprecise date does
 * not outweigh the precise ones beside it; an end cut off by the axis is left open.
 */
function yearBracket(o: Orientation, place: MarkPlace, across: number, cls: string[]): Element {
  const [x1, y1] = point(o, place.from, across);
  const [x2, y2] = point(o, place.to, across);
  const cap = (x: number, y: number): string =>
    o === 'horizontal' ? `M${x} ${y - 5}v10` : `M${x - 5} ${y}h10`;
  const caps = [place.clipped.before ? '' : cap(x1, y1), place.clipped.after ? '' : cap(x2, y2)];
  const clipped = place.clipped.before || place.clipped.after ? ['tl-cl'] : [];
  return el('path', {
    d: `M${x1} ${y1}L${x2} ${y2}${caps.join('')}`,
    className: [...cls.filter((c) => c !== 'tl-m' && c !== 'tl-rec'), 'tl-yr', ...clipped],
  });
}

/** An arrow from the told mark to the record's mark, along the axis (bowed in the narrow drawing). */
function arrow(from: [number, number], to: [number, number]): Element {
  const [x1, y1] = from;
  const length = Math.hypot(to[0] - x1, to[1] - y1) || 1;
  const [ux, uy] = [(to[0] - x1) / length, (to[1] - y1) / length];
  // The head stops short of the record's mark, pointing at it.
  const [x2, y2] = [r(to[0] - ux * 7), r(to[1] - uy * 7)];
  const [bx, by] = [x2 - ux * 5, y2 - uy * 5];
  const head = `M${x2} ${y2}L${r(bx - uy * 3.5)} ${r(by + ux * 3.5)}L${r(bx + uy * 3.5)} ${r(by - ux * 3.5)}z`;
  return el('path', { d: `M${x1} ${y1}L${r(bx)} ${r(by)}${head}`, className: ['tl-ar'] });
}

function labelText(o: Orientation, p: PlacedEvent): Element {
  const anchor = p.label.side === 'before' ? 'end' : 'start';
  const [x, y] = point(o, p.label.at, p.label.cross);
  const lx = o === 'horizontal' ? x : r(p.label.at);
  const ly = o === 'horizontal' ? y : r(p.label.cross);
  // Horizontal: the first line beside the marks, the rest under it; vertical: centred on its place.
  const first = o === 'vertical' ? ly - labelHeight(p.label) / 2 + 11 : ly + 4;
  const children: ElementContent[] = p.label.lines.map((line, i) =>
    el(
      'tspan',
      { x: lx, y: r(first + i * LINE), ...(i >= p.label.small ? { className: ['tl-s'] } : {}) },
      // A space ends each wrapped line, so its words and the next line's stay apart when read.
      [text(i < p.label.lines.length - 1 ? `${line} ` : line)],
    ),
  );
  return el('text', anchor === 'end' ? { textAnchor: 'end' } : {}, children);
}

/**
 * The accessible name of an event's link: the words its label shows, never cut (so speech input
 * can say them, and a screen reader hears the whole event), then its date and its type, which the
 * drawing shows only by place and glyph, and the record's confirmation, which it does not draw.
 */
function linkName(event: DrawingEvent): string {
  const date = event.date ? event.date.words : 'undated';
  const { summary, how } = labelWords(event);
  const confirmed = event.record?.comparison === 'confirms' ? ` ${event.record.words}` : '';
  return `${[summary, how].filter(Boolean).join(' ')} (${date}, ${TYPE_GLYPHS[event.type].word}).${confirmed}`;
}

function eventLink(
  event: DrawingEvent,
  children: ElementContent[],
  extra: Record<string, string> = {},
): Element {
  const cls = ['tl-ev', `tl-t-${event.type}`, ...(event.emphasis ? ['tl-em'] : [])];
  return el(
    'a',
    { href: event.href, ariaLabel: linkName(event), className: cls, ...extra },
    children,
  );
}

function placedEvent(o: Orientation, p: PlacedEvent, axisAt: number): Element {
  const across = o === 'horizontal' ? p.cross : axisAt;
  const children: ElementContent[] = [];
  if (o === 'vertical') {
    const [mx, my] = point(o, p.told.centre, axisAt + 8);
    children.push(
      el('path', {
        d: `M${mx} ${my}L${r(p.label.at - 6)} ${r(p.label.cross)}`,
        className: ['tl-ld'],
      }),
    );
  }
  if (p.documented) {
    // In the narrow drawing the record's marks run on a rail beside the axis, so arrows stay short.
    const recordAcross = o === 'horizontal' ? across : across + 16;
    const from = point(o, p.told.centre, across);
    const to = point(o, p.documented.centre, recordAcross);
    children.push(arrow(from, to), ...mark(o, p.documented, recordAcross, p.event, true));
  }
  children.push(...mark(o, p.told, across, p.event, false), labelText(o, p));
  const data: Record<string, string> = { dataDate: p.event.date?.value ?? '' };
  if (p.documented) data['dataRecord'] = p.event.documented?.value ?? '';
  return eventLink(p.event, children, data);
}

function connectors(o: Orientation, layout: TimelineLayout): Element | undefined {
  const byKey = new Map(layout.placed.map((p) => [p.event.key, p]));
  const paths = layout.placed.flatMap((p) => {
    const anchor = p.event.relative && byKey.get(p.event.relative.anchor);
    if (!anchor) return [];
    if (o === 'horizontal') {
      const [x1, y1] = point(o, anchor.told.centre, anchor.cross);
      const [x2, y2] = point(o, p.told.centre, p.cross);
      const mid = r((y1 + y2) / 2);
      return [`M${x1} ${y1}C${x1} ${mid} ${x2} ${mid} ${x2} ${y2}`];
    }
    const [x1, y1] = point(o, anchor.told.centre, layout.axisAt);
    const [x2, y2] = point(o, p.told.centre, layout.axisAt);
    const bow = r(Math.min(30, 8 + Math.abs(y2 - y1) / 6));
    return [`M${x1 - 6} ${y1}C${x1 - bow} ${y1} ${x2 - bow} ${y2} ${x2 - 6} ${y2}`];
  });
  return paths.length > 0 ? el('path', { d: paths.join(''), className: ['tl-rel'] }) : undefined;
}

function axis(o: Orientation, layout: TimelineLayout, gridFrom: number): Element {
  const { scale, ticks, segmentLabels } = layout.axis;
  const at = layout.axisAt;
  const lines = scale.segments.map((s) => {
    const [x1, y1] = point(o, s.from, at);
    const [x2, y2] = point(o, s.to, at);
    return `M${x1} ${y1}L${x2} ${y2}`;
  });
  const breaks = scale.breaks.map((b) => {
    const [x, y] = point(o, b.at, at);
    return o === 'horizontal'
      ? `M${x - 5} ${y + 6}l4-12M${x + 1} ${y + 6}l4-12`
      : `M${x - 6} ${y - 5}l12 4M${x - 6} ${y + 1}l12 4`;
  });
  const tickMarks = ticks.map((t) => {
    const [x, y] = point(o, scale.position(t.time), at);
    return o === 'horizontal' ? `M${x} ${y}v4` : `M${x} ${y}h-4`;
  });
  const grid = ticks.map((t) => {
    const [x, y] = point(o, scale.position(t.time), at);
    return o === 'horizontal' ? `M${x} ${gridFrom}V${y}` : '';
  });
  const label = (t: { time: number; label: string }): Element => {
    const [x, y] = point(o, scale.position(t.time), at);
    return o === 'horizontal'
      ? el('text', { x, y: y + 16, textAnchor: 'middle', className: ['tl-k'] }, [text(t.label)])
      : el('text', { x: x - 8, y: y + 4, textAnchor: 'end', className: ['tl-k'] }, [text(t.label)]);
  };
  const children: ElementContent[] = [];
  if (grid.some(Boolean)) children.push(el('path', { d: grid.join(''), className: ['tl-g'] }));
  children.push(
    el('path', { d: [...lines, ...breaks, ...tickMarks].join(''), className: ['tl-ax'] }),
  );
  children.push(...ticks.map(label), ...segmentLabels.map(label));
  // Each stretch between breaks is to its own scale: it says how much time it spans.
  if (scale.breaks.length > 0)
    children.push(
      ...scale.segments.map((s) => {
        const along = o === 'horizontal' ? (s.from + s.to) / 2 : s.from;
        const [x, y] = point(o, along, at);
        const place =
          o === 'horizontal'
            ? { x, y: y + 31, textAnchor: 'middle' }
            : { x: x - 8, y: y - 9, textAnchor: 'end' };
        return el('text', { ...place, className: ['tl-span'] }, [text(spanWords(s))]);
      }),
    );
  return el('g', { ariaHidden: 'true' }, children);
}

function undatedLane(layout: TimelineLayout, margin: number, total: number): ElementContent[] {
  if (layout.undated.length === 0) return [];
  const y0 = layout.undatedAt;
  const folded =
    total > layout.undated.length ? ` (the first ${layout.undated.length} of ${total})` : '';
  const heading = el('text', { x: margin, y: y0 + 4, ariaHidden: 'true', fontWeight: 700 }, [
    text(`Undated in the text${folded}`),
  ]);
  let y = y0 + 22;
  const rows = layout.undated.map((event) => {
    const rowY = y;
    const lines = undatedLines(event, layout.width);
    y += undatedRowHeight(lines);
    const children: ElementContent[] = [
      el('path', {
        d: TYPE_GLYPHS[event.type].path,
        transform: `translate(${margin + 6} ${rowY})`,
        className: ['tl-m', 'tl-ap'],
      }),
      el(
        'text',
        {},
        lines.map((line, i) =>
          el('tspan', { x: margin + 18, y: rowY + 4 + i * LINE }, [text(line)]),
        ),
      ),
    ];
    return eventLink(event, children);
  });
  return [heading, ...rows];
}

/** The legend's words for a record's own mark, which is drawn only where it contradicts. */
const RECORD_WORDS = 'record’s date, where it contradicts';

/** The legend: each type drawn, with its glyph and word, and how a record, an arrow and "about" look. */
function legend(
  layout: TimelineLayout,
  y0: number,
  margin: number,
): { node: Element; height: number } {
  const types = [
    ...new Set([...layout.placed.map((p) => p.event.type), ...layout.undated.map((e) => e.type)]),
  ];
  const items: { width: number; node: (x: number, y: number) => Element }[] = types.map((type) => ({
    width: 20 + textWidth(TYPE_GLYPHS[type].word, SMALL),
    node: (x, y) =>
      el('g', { className: [`tl-t-${type}`] }, [
        el('path', {
          d: TYPE_GLYPHS[type].path,
          transform: `translate(${x + 6} ${y})`,
          className: ['tl-m'],
        }),
        el('text', { x: x + 15, y: y + 4, className: ['tl-s'] }, [text(TYPE_GLYPHS[type].word)]),
      ]),
  }));
  if (layout.placed.some((p) => p.documented)) {
    items.push({
      width: 20 + textWidth(RECORD_WORDS, SMALL),
      node: (x, y) =>
        el('g', { className: ['tl-t-other'] }, [
          el('path', {
            d: TYPE_GLYPHS.statement.path,
            transform: `translate(${x + 6} ${y})`,
            className: ['tl-rec'],
          }),
          el('text', { x: x + 15, y: y + 4, className: ['tl-s'] }, [text(RECORD_WORDS)]),
        ]),
    });
  }
  if (layout.placed.some((p) => p.event.relative)) {
    const words = 'dated from another event ("the next day")';
    items.push({
      width: 30 + textWidth(words, SMALL),
      node: (x, y) =>
        el('g', {}, [
          el('path', {
            d: `M${x} ${y + 4}C${x + 6} ${y - 6} ${x + 14} ${y - 6} ${x + 20} ${y + 4}`,
            className: ['tl-rel'],
          }),
          el('text', { x: x + 25, y: y + 4, className: ['tl-s'] }, [text(words)]),
        ]),
    });
  }
  if (layout.placed.some((p) => p.told.approximate)) {
    items.push({
      width: 20 + textWidth('approximate', SMALL),
      node: (x, y) =>
        el('g', { className: ['tl-t-other'] }, [
          el('path', {
            d: TYPE_GLYPHS.statement.path,
            transform: `translate(${x + 6} ${y})`,
            className: ['tl-m', 'tl-ap'],
          }),
          el('text', { x: x + 15, y: y + 4, className: ['tl-s'] }, [text('approximate')]),
        ]),
    });
  }
  const year = [...layout.placed.flatMap((p) => [p.told, p.documented])].some(
    (place) => place?.precision === 'year',
  );
  if (
    [...layout.placed.flatMap((p) => [p.told, p.documented])].some((x) => x?.precision === 'month')
  ) {
    const words = 'a month, day not stated';
    items.push({
      width: 30 + textWidth(words, SMALL),
      node: (x, y) =>
        el('g', { className: ['tl-t-other'] }, [
          el('rect', { x, y: y - 4, width: 20, height: 8, rx: 2, className: ['tl-m', 'tl-bar'] }),
          el('text', { x: x + 25, y: y + 4, className: ['tl-s'] }, [text(words)]),
        ]),
    });
  }
  if (year) {
    const words = 'a year, month not stated';
    items.push({
      width: 30 + textWidth(words, SMALL),
      node: (x, y) =>
        el('g', { className: ['tl-t-other'] }, [
          el('path', {
            d: `M${x} ${y}h20M${x} ${y - 5}v10M${x + 20} ${y - 5}v10`,
            className: ['tl-yr'],
          }),
          el('text', { x: x + 25, y: y + 4, className: ['tl-s'] }, [text(words)]),
        ]),
    });
  }
  const nodes: Element[] = [];
  let x = margin;
  let y = y0;
  for (const item of items) {
    if (x + item.width > layout.width - margin && x > margin) {
      x = margin;
      y += 20;
    }
    nodes.push(item.node(x, y));
    x += item.width + 10;
  }
  return { node: el('g', { ariaHidden: 'true' }, nodes), height: y - y0 + 20 };
}

interface RenderOptions {
  orientation: Orientation;
  /** `page`: classes styled by the page's CSS (dark mode, `?theme=`); `file`: colours written in. */
  mode: 'page' | 'file';
  /** The drawing's CSS, put in its own `<style>` (hashed by the CSP step on pages). */
  css: string;
  /** What the drawing shows, for its accessible name. */
  title: string;
  /** Title, description, source and credit, drawn inside so the graphic stands alone. */
  about?: DrawingAbout | undefined;
  /** How many undated events there are in all, when the lane shows only the first of them. */
  undatedTotal?: number | undefined;
}

/**
 * The timeline drawing as an `<svg>` element. Every event is one link to its entry in the list
 * (`href`), in date order, so Tab walks the marks along the axis; axis, grid and legend are
 * hidden from assistive technology, which meets each event once, as a link whose name says it all.
 */
export function renderTimeline(layout: TimelineLayout, options: RenderOptions): Element {
  const o = options.orientation;
  const margin = 12;
  const relative = connectors(o, layout);
  const events = layout.placed.map((p) => placedEvent(o, p, layout.axisAt));
  const legendAt = layout.height - 34 + 12;
  const key = legend(layout, legendAt, margin);
  const scoped = layout.placed.some((p) => p.event.emphasis);
  const classes = ['tl', o === 'horizontal' ? 'tl-h' : 'tl-v', ...(scoped ? ['tl-sc'] : [])];
  const body: ElementContent[] = [axis(o, layout, 4)];
  if (relative) body.push(el('g', { ariaHidden: 'true' }, [relative]));
  body.push(
    ...events,
    ...undatedLane(layout, margin, options.undatedTotal ?? layout.undated.length),
    key.node,
  );
  const { about } = options;
  const header = about && frameHeader(about, layout.width, margin);
  const top = header?.height ?? 0;
  const footer = about && frameFooter(about, layout.width, margin, top + legendAt + key.height);
  const height = r(top + legendAt + key.height + 4 + (footer?.height ?? 0));
  const children: ElementContent[] = [el('style', {}, [text(options.css)])];
  // The words of the frame are the page's own heading and credits too: said there, once.
  const hidden = options.mode === 'page' ? { ariaHidden: 'true' } : {};
  if (header) children.push(el('g', hidden, [header.node]));
  children.push(
    top > 0 ? el('g', { transform: `translate(0 ${r(top)})` }, body) : el('g', {}, body),
  );
  if (footer) children.push(el('g', hidden, [footer.node]));
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${layout.width} ${height}`,
      width: layout.width,
      height,
      role: 'group',
      ariaLabel: options.title,
      className: classes,
    },
    children,
  );
}
