import type { Element, ElementContent } from 'hast';
import type { ClaimStatus, ClaimType } from '../../analysis/schema/vocabulary.ts';
import { STATUS_LABELS, TYPE_LABELS } from '../../analysis/claim-labels.ts';
import type { DrawingEvent } from '../timeline-drawing/drawing-events.ts';
import { drawingCss } from '../timeline-drawing/drawing-css.ts';
import { el, text } from '../timeline-drawing/hast.ts';
import { charsThatFit, shorten } from '../timeline-drawing/labels.ts';
import { renderStrip } from '../timeline-drawing/render-strip.ts';

import { SHARE_HEIGHT, SHARE_WIDTH } from './share-size.ts';
import { STATUS_COLOURS } from '../status-colours.ts';
import { svgToXml } from '../xml-text.ts';

const INK = '#1b1b1b';
const MUTED = '#52524e';

/**
 * Breaks `words` into at most `lines` lines of at most `width` characters, at spaces; the last
 * line is shortened with an ellipsis if the text runs on.
 *
 * @example
 *   wrapLines('India backs Japan on rare earths', 12, 3) // ['India backs', 'Japan on', 'rare earths']
 */
export function wrapLines(words: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  const rest = words.trim().split(/\s+/u);
  while (rest.length > 0 && out.length < lines) {
    const word = rest[0] as string;
    const next = line ? `${line} ${word}` : word;
    if ([...next].length <= width || !line) {
      line = next;
      rest.shift();
    } else {
      out.push(line);
      line = '';
    }
  }
  if (line && out.length < lines) out.push(line);
  if (rest.length > 0)
    out[out.length - 1] = shorten(`${out.at(-1) ?? ''} ${rest.join(' ')}`, width);
  return out.map((l) => shorten(l, width));
}

function textBlock(
  lines: string[],
  x: number,
  y: number,
  size: number,
  props: Record<string, string | number> = {},
) {
  return el(
    'text',
    { x, y, fontSize: size, fill: INK, ...props },
    lines.map((line, i) =>
      el('tspan', { x, dy: i === 0 ? 0 : Math.round(size * 1.25) }, [text(line)]),
    ),
  );
}

function frame(children: ElementContent[]): string {
  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}`,
      width: SHARE_WIDTH,
      height: SHARE_HEIGHT,
      fontFamily: 'DejaVu Sans',
    },
    [
      el('rect', { width: SHARE_WIDTH, height: SHARE_HEIGHT, fill: '#fdfcf9' }),
      el('rect', { width: SHARE_WIDTH, height: 12, fill: '#1a4f8a' }),
      el('text', { x: 64, y: SHARE_HEIGHT - 40, fontSize: 26, fontWeight: 700, fill: '#1a4f8a' }, [
        text('ClaimLens'),
      ]),
      ...children,
    ],
  );
  // resvg reads XML, where a `<` in an attribute (an event summary in a label) must be escaped
  // (HTML serialisation leaves it bare), and a control character or `]]>` in a title is an error.
  return svgToXml(svg);
}

/**
 * An article's share image: its title and a miniature of its timeline (the compact strip, every
 * colour written in), 1200×630.
 */
export function articleShareSvg(input: { title: string; events: readonly DrawingEvent[] }): string {
  const title = wrapLines(input.title, charsThatFit(1072, 52), 3);
  const strip: Element = renderStrip(input.events, {
    css: drawingCss('file'),
    label: '',
    width: 560,
  });
  // The strip's own viewBox scales it into this box of the image.
  const box = el('svg', { x: 64, y: 384, width: 1072, height: 88 });
  strip.properties = { ...strip.properties, ...box.properties };
  const count = input.events.length;
  return frame([
    textBlock(title, 64, 120, 52, { fontWeight: 700 }),
    el('text', { x: 64, y: 360, fontSize: 24, fill: MUTED }, [
      text(`${count} event${count === 1 ? '' : 's'} on the timeline, as told and as dated`),
    ]),
    strip,
  ]);
}

/**
 * A claim's share image, set as a fact-check's card: the verdict badge, the whole sentence that
 * makes the claim, the finding, who claimed it and where. Every string becomes a hast text node,
 * which the XML serialiser escapes.
 */
export function claimShareSvg(input: {
  /** The whole sentence of the article that makes the claim. */
  sentence: string;
  /** The verdict in one sentence, where there is one. */
  finding?: string | undefined;
  claimant: string;
  type: ClaimType;
  status: ClaimStatus;
  articleTitle: string;
}): string {
  const quote = wrapLines(`“${input.sentence}”`, charsThatFit(1072, 36), input.finding ? 4 : 6);
  const finding = input.finding ? wrapLines(input.finding, charsThatFit(1072, 30), 3) : [];
  const status = STATUS_LABELS[input.status];
  const badge = `${status.glyph} ${status.label}`;
  const badgeWidth = 40 + [...badge].length * 20;
  const type = TYPE_LABELS[input.type];
  const quoteTop = 170;
  const findingTop = quoteTop + quote.length * 45 + 30;
  return frame([
    el('rect', {
      x: 64,
      y: 48,
      width: badgeWidth,
      height: 56,
      rx: 8,
      fill: STATUS_COLOURS[input.status].light,
    }),
    el('text', { x: 84, y: 87, fontSize: 30, fontWeight: 700, fill: '#ffffff' }, [text(badge)]),
    el('text', { x: 64 + badgeWidth + 24, y: 87, fontSize: 26, fill: MUTED }, [
      text(`${type.glyph} ${type.label} claim`),
    ]),
    textBlock(quote, 64, quoteTop, 36),
    ...(finding.length > 0 ? [textBlock(finding, 64, findingTop, 30, { fontWeight: 700 })] : []),
    el('text', { x: 64, y: 540, fontSize: 24, fill: MUTED }, [
      text(shorten(`— ${input.claimant}, in “${input.articleTitle}”`, 84)),
    ]),
  ]);
}
