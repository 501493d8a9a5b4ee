import type { Element } from 'hast';
import { el, text } from './hast.ts';
import { wrapText } from './labels.ts';
import { SMALL } from './layout.ts';

/** What makes a drawing stand alone, as Datawrapper and Flourish put it inside the graphic. */
export interface DrawingAbout {
  title: string;
  /** One line on what it shows, with the tally of the record's comparison. */
  description: string;
  /** What was analysed, its publisher and date, and where the dates come from. */
  source: string;
  /** Who made it, and when the analysis was done. */
  credit: string;
}

const TITLE = 16;
const TITLE_LINE = 20;
const SMALL_LINE = 15;

/** Lines of a block of text, each with its size and class, laid out from `y` down. */
function block(
  lines: { words: string; size: number; className?: string[]; bold?: boolean }[],
  width: number,
  margin: number,
  y: number,
): { node: Element; height: number } {
  const rows: Element[] = [];
  let at = y;
  for (const line of lines) {
    const step = line.size === TITLE ? TITLE_LINE : SMALL_LINE;
    for (const row of wrapText(line.words, width - margin * 2, line.size)) {
      at += step;
      rows.push(
        el(
          'text',
          {
            x: margin,
            y: at - 4,
            ...(line.className ? { className: line.className } : {}),
            ...(line.bold ? { fontWeight: 700, fontSize: line.size } : {}),
          },
          [text(row)],
        ),
      );
    }
  }
  return { node: el('g', { className: ['tl-frame'] }, rows), height: at - y + 6 };
}

/**
 * The title and the one-line description above a drawing, wrapped to its width, nothing cut.
 *
 * @example
 *   frameHeader(about, 720, 12).height // 20 + 15 per line of description, and a gap
 */
export function frameHeader(
  about: DrawingAbout,
  width: number,
  margin: number,
): { node: Element; height: number } {
  return block(
    [
      { words: about.title, size: TITLE, bold: true },
      { words: about.description, size: SMALL, className: ['tl-s'] },
    ],
    width,
    margin,
    0,
  );
}

/** The source line and the credit under a drawing, from `y` down. */
export function frameFooter(
  about: DrawingAbout,
  width: number,
  margin: number,
  y: number,
): { node: Element; height: number } {
  return block(
    [
      { words: about.source, size: SMALL, className: ['tl-s'] },
      { words: about.credit, size: SMALL, className: ['tl-s'] },
    ],
    width,
    margin,
    y,
  );
}
