import { openSync, type Font, type Glyph } from 'fontkit';
import type { Element, Root } from 'xast';
import { SHARE_FONT_FILES } from './share-fonts.ts';

/**
 * The two DejaVu faces, opened once a process. Text set here (fontkit shapes it: kerning and
 * ligatures, as resvg does) reaches resvg as outlines, so resvg needs no font database, which it
 * built anew for every image at a cost larger than the drawing (docs/performance.md).
 */
let faces: { regular: Font; bold: Font } | undefined;
function face(bold: boolean): Font {
  faces ??= { regular: openSync(SHARE_FONT_FILES[0]), bold: openSync(SHARE_FONT_FILES[1]) };
  return bold ? faces.bold : faces.regular;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** Each glyph's outline at one size, at the origin, y down: made once, then only placed. */
const outlines = new Map<string, string>();
function outline(font: Font, bold: boolean, size: number, glyph: Glyph): string {
  const key = `${bold ? 'b' : 'r'}${size}:${glyph.id}`;
  let d = outlines.get(key);
  if (d === undefined) {
    const scale = size / font.unitsPerEm;
    d = glyph.path
      .scale(scale, -scale)
      .toSVG()
      .replace(/-?\d+\.\d{3,}/gu, (n) => String(round(Number(n))));
    outlines.set(key, d);
  }
  return d;
}

/** One line of text as glyph outlines, its start (or middle, or end) at x, its baseline at y. */
function setLine(
  line: string,
  at: { x: number; y: number; size: number; bold: boolean; anchor: string },
): Element[] {
  const font = face(at.bold);
  // resvg's default white space: runs collapse to one space, the ends are trimmed.
  const run = font.layout(line.replace(/\s+/gu, ' ').trim());
  const scale = at.size / font.unitsPerEm;
  const placed: { d: string; x: number; y: number }[] = [];
  let pen = 0;
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i];
    const d = outline(font, at.bold, at.size, glyph);
    if (d !== '' && position)
      placed.push({ d, x: (pen + position.xOffset) * scale, y: -position.yOffset * scale });
    pen += position?.xAdvance ?? 0;
  });
  const shift = { middle: -pen * scale * 0.5, end: -pen * scale }[at.anchor] ?? 0;
  return placed.map(({ d, x, y }) => ({
    type: 'element',
    name: 'path',
    attributes: { d, transform: `translate(${round(at.x + shift + x)} ${round(at.y + y)})` },
    children: [],
  }));
}

/** Attributes a `<text>` may carry and still be set here; with any other, resvg sets it. */
const PLAIN = new Set(['x', 'y', 'font-size', 'font-weight', 'fill', 'text-anchor']);

/** The words of an element whose children are all text, else undefined. */
function words(node: Element): string | undefined {
  let out = '';
  for (const child of node.children) {
    if (child.type !== 'text') return undefined;
    out += child.value;
  }
  return out;
}

/**
 * A `<text>` whose look is all in its own attributes, holding words or `<tspan x dy>` lines of
 * words, as a group of glyph outlines; undefined for any other (a class, a style, a nested
 * element), which resvg then lays out itself.
 */
function asOutlines(node: Element): Element | undefined {
  const { attributes } = node;
  if (Object.keys(attributes).some((name) => !PLAIN.has(name))) return undefined;
  const weight = attributes['font-weight'] ?? 'normal';
  if (!['normal', '400', 'bold', '700'].includes(weight)) return undefined;
  const size = Number(attributes['font-size']);
  if (!(size > 0)) return undefined;
  const at = {
    x: Number(attributes['x'] ?? 0),
    y: Number(attributes['y'] ?? 0),
    size,
    bold: weight === 'bold' || weight === '700',
    anchor: attributes['text-anchor'] ?? 'start',
  };
  const children: Element[] = [];
  for (const child of node.children) {
    if (child.type === 'text') {
      children.push(...setLine(child.value, at));
      continue;
    }
    if (child.type !== 'element' || child.name !== 'tspan') return undefined;
    const span = child.attributes;
    // A line without its own x would go on where the last ended: resvg's to measure.
    if (span['x'] === undefined) return undefined;
    if (Object.keys(span).some((name) => name !== 'x' && name !== 'dy')) return undefined;
    const line = words(child);
    if (line === undefined) return undefined;
    at.x = Number(span['x']);
    at.y += Number(span['dy'] ?? 0);
    children.push(...setLine(line, at));
  }
  const fill = attributes['fill'];
  return { type: 'element', name: 'g', attributes: fill ? { fill } : {}, children };
}

/**
 * Replaces, in place, each plainly styled `<text>` of an SVG's xast tree with the outlines of its
 * glyphs, set in the packaged DejaVu faces; text styled any other way stays for resvg.
 */
export function textAsOutlines(tree: Root): Root {
  const walk = (parent: Root | Element): void => {
    parent.children.forEach((child, i) => {
      if (child.type !== 'element') return;
      if (child.name !== 'text') return walk(child);
      const outlines = asOutlines(child);
      if (outlines) parent.children[i] = outlines;
    });
  };
  walk(tree);
  return tree;
}
