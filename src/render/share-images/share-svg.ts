import type { ElementContent } from 'hast';
import type { ClaimStatus, ClaimType } from '../../analysis/schema/vocabulary.ts';
import { STATUS_LABELS, TYPE_LABELS } from '../../analysis/claim-labels.ts';
import { el, text } from '../timeline-drawing/hast.ts';
import { charsThatFit, shorten } from '../timeline-drawing/labels.ts';

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
      el('text', { x: 64, y: SHARE_HEIGHT - 30, fontSize: 26, fontWeight: 700, fill: '#1a4f8a' }, [
        text('ClaimLens'),
      ]),
      ...children,
    ],
  );
  // resvg reads XML, where a `<` in an attribute (an event summary in a label) must be escaped
  // (HTML serialisation leaves it bare), and a control character or `]]>` in a title is an error.
  return svgToXml(svg);
}

/** A key claim as the article's card lists it: its status and the line under it. */
interface ShareFinding {
  status: ClaimStatus;
  line: string;
}

function badge(status: ClaimStatus, x: number, y: number, size: number) {
  const { glyph, label } = STATUS_LABELS[status];
  const words = `${glyph} ${label}`;
  const width = Math.round(size * 1.4 + [...words].length * size * 0.62);
  const height = Math.round(size * 1.7);
  return {
    width,
    nodes: [
      el('rect', { x, y, width, height, rx: 6, fill: STATUS_COLOURS[status].light }),
      el(
        'text',
        {
          x: x + size * 0.7,
          y: y + height * 0.7,
          fontSize: size,
          fontWeight: 700,
          fill: '#ffffff',
        },
        [text(words)],
      ),
    ],
  };
}

/** How many key claims the article's card lists; the rest are counted in a line. */
const CARD_FINDINGS = 3;
/** Where the key claims must end, above the quoted headline and the site's name. */
const FINDINGS_BOTTOM = 505;

/**
 * An article's share image, set as a fact-check desk sets one: our verdict on the article in
 * display type, the key claims' statuses and findings, and the source's headline only quoted,
 * small and attributed at the foot, 1200×630.
 */
export function articleShareSvg(input: {
  /** Our verdict on the article, in one line. */
  verdict: string;
  /** The key claims, in the assessment's order. */
  findings: readonly ShareFinding[];
  /** The source's headline, its publisher and the day it was published. */
  title: string;
  publisher: string;
  published?: string | undefined;
}): string {
  const verdict = wrapLines(input.verdict, charsThatFit(1072, 46), 3);
  const shown = input.findings.slice(0, CARD_FINDINGS);
  const more = input.findings.length - shown.length;
  const findingsTop = 128 + (verdict.length - 1) * 57 + 84;
  const room = (FINDINGS_BOTTOM - findingsTop) / Math.max(1, shown.length);
  const linesEach = Math.max(1, Math.min(3, Math.floor((room - 18) / 29)));
  const badgeWidth = Math.max(0, ...shown.map((f) => badge(f.status, 0, 0, 20).width));
  const x = 64 + badgeWidth + 20;
  let y = findingsTop;
  const rows = shown.flatMap((finding) => {
    const lines = wrapLines(finding.line, charsThatFit(1136 - x, 23), linesEach);
    const row = [...badge(finding.status, 64, y - 24, 20).nodes, textBlock(lines, x, y, 23)];
    y += lines.length * 29 + 18;
    return row;
  });
  const source = [input.publisher, input.published].filter(Boolean).join(', ');
  const attribution = source ? ` (${source})` : '';
  const titleRoom = charsThatFit(1072, 20) - [...`The article: “”${attribution}`].length;
  return frame([
    el('text', { x: 64, y: 70, fontSize: 24, fontWeight: 700, fill: MUTED }, [text('Our reading')]),
    textBlock(verdict, 64, 128, 46, { fontWeight: 700 }),
    ...rows,
    ...(more > 0
      ? [
          el('text', { x, y: FINDINGS_BOTTOM + 20, fontSize: 20, fill: MUTED }, [
            text(`and ${more} more key claim${more === 1 ? '' : 's'} on the page`),
          ]),
        ]
      : []),
    el('text', { x: 64, y: 556, fontSize: 20, fill: MUTED }, [
      text(`The article: “${shorten(input.title, titleRoom)}”${attribution}`),
    ]),
  ]);
}

/**
 * A claim's share image, set as a fact-check's card: the status badge, the whole sentence that
 * makes the claim, the line under the status (the finding, or what the status means here: "No
 * record found: …"), who claimed it and where. Every string becomes a hast text node, which the XML
 * serialiser escapes.
 */
export function claimShareSvg(input: {
  /** The whole sentence of the article that makes the claim. */
  sentence: string;
  /** The finding, or for a status that is no verdict, what it means for this claim (verdictLine). */
  line: string;
  claimant: string;
  type: ClaimType;
  status: ClaimStatus;
  articleTitle: string;
}): string {
  const quote = wrapLines(`“${input.sentence}”`, charsThatFit(1072, 36), 4);
  const line = wrapLines(input.line, charsThatFit(1072, 30), 3);
  const mark = badge(input.status, 64, 48, 30);
  const type = TYPE_LABELS[input.type];
  const quoteTop = 170;
  const lineTop = quoteTop + quote.length * 45 + 30;
  return frame([
    ...mark.nodes,
    el('text', { x: 64 + mark.width + 24, y: 87, fontSize: 26, fill: MUTED }, [
      text(`${type.glyph} ${type.label} claim`),
    ]),
    textBlock(quote, 64, quoteTop, 36),
    textBlock(line, 64, lineTop, 30, { fontWeight: 700 }),
    el('text', { x: 64, y: 540, fontSize: 24, fill: MUTED }, [
      text(shorten(`— ${input.claimant}, in “${input.articleTitle}”`, 84)),
    ]),
  ]);
}
