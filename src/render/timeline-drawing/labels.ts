/** Average advance of a character as a share of the font size: DejaVu Sans and system sans fonts
 * stay under it for running text, so a label measured with it never runs into its neighbour. */
const CHAR_WIDTH = 0.6;

/**
 * The width a label takes at `fontSize`, estimated generously: the drawing is made at build time,
 * with no font metrics, for whichever sans font the reader has.
 */
export const textWidth = (text: string, fontSize: number): number =>
  [...text].length * fontSize * CHAR_WIDTH;

/** How many characters fit in `width` pixels at `fontSize`. */
export const charsThatFit = (width: number, fontSize: number): number =>
  Math.max(0, Math.floor(width / (fontSize * CHAR_WIDTH)));

/**
 * A label no longer than `max` characters: cut at the last word boundary that fits, with an
 * ellipsis. The full text stays in the list beside the drawing.
 *
 * @example
 *   shorten('China rejects Takaichi’s demand to revoke the controls', 25) // 'China rejects Takaichi’s…'
 */
export function shorten(text: string, max: number): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return chars.join('');
  if (max <= 1) return '…'.slice(0, max);
  const cut = chars.slice(0, max - 1).join('');
  const space = /\s/u.test(chars[max - 1] ?? '') ? cut.length : cut.lastIndexOf(' ');
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** A horizontal stretch an item of a drawing occupies, marks and label together. */
interface LabelSpan {
  start: number;
  end: number;
}

/**
 * Puts each span in the first lane where it overlaps nothing (with `gap` pixels between), in the
 * order given: the lanes of a horizontal timeline, so that no two labels ever overlap.
 *
 * @example
 *   packLanes([{ start: 0, end: 50 }, { start: 40, end: 90 }, { start: 60, end: 100 }], 4) // [0, 1, 0]
 */
export function packLanes(spans: readonly LabelSpan[], gap: number): number[] {
  const lanes: LabelSpan[][] = [];
  return spans.map((span) => {
    let lane = lanes.findIndex((taken) =>
      taken.every((t) => span.start >= t.end + gap || span.end + gap <= t.start),
    );
    if (lane === -1) lane = lanes.push([]) - 1;
    (lanes[lane] as LabelSpan[]).push(span);
    return lane;
  });
}

/**
 * Positions along one axis for labels that want to sit at `wanted` (in that order, ascending),
 * each `sizes[i]` long: as close to where they want to be as possible, never overlapping, never
 * before `min`. Labels are pushed forward past their predecessors, then pulled back towards their
 * wanted place where there is room, so a crowd spreads around its centre rather than only down.
 *
 * @example
 *   spreadLabels([10, 12, 14], [10, 10, 10], 0) // [0, 10, 20]: centred on 12
 */
export function spreadLabels(
  wanted: readonly number[],
  sizes: readonly number[],
  min: number,
): number[] {
  const at = wanted.map((w, i) => w - (sizes[i] ?? 0) / 2);
  // Forward: no label starts before the end of the previous one.
  for (let i = 0; i < at.length; i++) {
    const floor = i === 0 ? min : (at[i - 1] as number) + (sizes[i - 1] as number);
    at[i] = Math.max(at[i] as number, floor);
  }
  // Backward: pull a crowd back towards its wanted centre where the one before leaves room.
  for (let pass = 0; pass < 3; pass++) {
    let i = 0;
    while (i < at.length) {
      let j = i;
      while (
        j + 1 < at.length &&
        (at[j + 1] as number) <= (at[j] as number) + (sizes[j] as number) + 1e-9
      )
        j++;
      const group = at.slice(i, j + 1);
      const shift =
        group.reduce(
          (s, a, k) => s + (a - ((wanted[i + k] as number) - (sizes[i + k] as number) / 2)),
          0,
        ) / group.length;
      const floor = i === 0 ? min : (at[i - 1] as number) + (sizes[i - 1] as number);
      const back = Math.min(Math.max(shift, 0), (at[i] as number) - floor);
      for (let k = i; k <= j; k++) at[k] = (at[k] as number) - back;
      i = j + 1;
    }
  }
  return at;
}

/**
 * Text broken into lines of at most `width` pixels at `fontSize`, between words; a word longer
 * than a line keeps a line of its own. Nothing is cut: the lines hold every word.
 *
 * @example
 *   wrapText('The record confirms 7 of the article’s dates', 120, 12)
 *   // ['The record confirms', '7 of the article’s dates']
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(1, charsThatFit(width, fontSize));
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/u)) {
    const last = lines.at(-1);
    if (last !== undefined && [...`${last} ${word}`].length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
