import { EventTypeSchema } from '../../analysis/schema/vocabulary.ts';
import { FONT, SMALL } from './layout.ts';
import { FILE_COLOURS, TYPE_COLOURS } from './palette.ts';

const types = EventTypeSchema.options;

/**
 * The drawing's CSS. On a page (`page`) it follows the page's colour variables, dark mode and
 * `?theme=`, switches between the wide and the narrow drawing at 480 px and prints in black; for
 * a file or a PNG (`file`) every colour is written out, since resvg reads no CSS variables.
 */
export function drawingCss(mode: 'page' | 'file'): string {
  const page = mode === 'page';
  const v = (name: keyof typeof FILE_COLOURS): string =>
    page ? `var(--${name},${FILE_COLOURS[name]})` : FILE_COLOURS[name];
  const typeRule = (shade: 'light' | 'dark', root = ''): string =>
    types.map((t) => `${root}.tl-t-${t}{--c:${TYPE_COLOURS[t][shade]}}`).join('');
  const c = (type: string): string => (page ? 'var(--c)' : TYPE_COLOURS[type as 'other'].light);
  const perType = (rule: (colour: string) => string, scope: (t: string) => string): string =>
    page ? rule('var(--c)') : types.map((t) => `${scope(t)}${rule(c(t))}`).join('');
  const rules = [
    `.tl{font-family:${page ? 'system-ui,sans-serif' : "'DejaVu Sans'"};font-size:${FONT}px;fill:${v('text')}}`,
    `.tl text{fill:${v('text')}}`,
    `.tl .tl-s,.tl .tl-k,.tl .tl-span{font-size:${SMALL}px;fill:${v('muted')}}`,
    `.tl-ax{stroke:${v('text')};fill:none}`,
    `.tl-g{stroke:${v('rule')};stroke-width:.6}`,
    `.tl-rel{stroke:${v('muted')};fill:none;stroke-dasharray:2 2}`,
    `.tl-ar{stroke:${v('text')};fill:${v('text')};stroke-width:1.2;stroke-linejoin:round}`,
    `.tl-ld{stroke:${v('rule')};fill:none}`,
    perType(
      (col) => `{fill:${col};stroke:${col}}`,
      (t) => `.tl-t-${t} .tl-m`,
    ).replace(/^\{/, '.tl-m{'),
    perType(
      (col) => `{fill:${v('bg')};stroke:${col};stroke-width:1.5}`,
      (t) => `.tl-t-${t} .tl-rec`,
    ).replace(/^\{/, '.tl-rec{'),
    `.tl-bar{fill-opacity:.35;stroke-width:1}`,
    `.tl-ap{fill-opacity:.3;stroke-dasharray:3 2}`,
    `.tl-cl{stroke-dasharray:2 3}`,
    perType(
      (col) => `{stroke:${col};fill:none;stroke-width:1.2;stroke-opacity:.6}`,
      (t) => `.tl-t-${t} .tl-yr`,
    ).replace(/^\{/, '.tl-yr{'),
    `.tl-sc .tl-ev:not(.tl-em),.tl-strip.tl-sc g:not(.tl-em){opacity:.4}`,
    perType(
      (col) => `{stroke:${col};fill:none;stroke-width:1.5;opacity:.7}`,
      (t) => `.tl-t-${t} .tl-sl`,
    ).replace(/^\{/, '.tl-sl{'),
    `.tl-em text{font-weight:700}`,
  ];
  if (page) {
    rules.push(
      typeRule('light'),
      `@media (prefers-color-scheme:dark){${typeRule('dark', ':root:not([data-theme=light]) ')}}`,
      typeRule('dark', '[data-theme=dark] '),
      `.tl-ev:focus-visible{outline:2px solid ${v('link')};outline-offset:2px}.tl-ev:hover text{fill:${v('link')}}`,
      `.tl-ev:focus text{text-decoration:underline}`,
      // Marks of events the reader has filtered out of the list (the filter script sets it).
      '.tl .tl-off{opacity:.12}',
      '.tl{display:block;max-width:100%;height:auto}.tl-v{display:none}',
      // The wide drawing only where its 640 px fit unshrunk; below, the narrow one, laid out for a
      // 288 px column (a 320 px screen's), so no word is drawn under 11 px. The slope chart, 480 px
      // wide, would shrink below that on a phone: there the "As told" list says the same in words.
      '@media (max-width:679px){.tl-h{display:none}.tl-v{display:block}}',
      '@media (max-width:519px){.tl-slope{display:none}}',
      '@media print{.tl [class*=tl-t-]{--c:#000}.tl-h{display:block}.tl-v{display:none}}',
    );
  }
  return rules.join('');
}
