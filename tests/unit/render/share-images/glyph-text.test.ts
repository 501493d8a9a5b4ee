import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { fromXml } from 'xast-util-from-xml';
import { toXml } from 'xast-util-to-xml';
import { textAsOutlines } from '../../../../src/render/share-images/glyph-text.ts';
import { resvgOptions } from '../../../../src/render/share-images/render-png.ts';
import { claimShareSvg } from '../../../../src/render/share-images/share-svg.ts';

const outlined = (svg: string): string => toXml(textAsOutlines(fromXml(svg)));
const pixels = (svg: string) => new Resvg(svg, resvgOptions(1200)).render().pixels;

const card = claimShareSvg({
  sentence: 'The G7 countries, having experienced this incident, quickly held a meeting.',
  line: 'A meeting was held on 12 January 2026, but the US convened it.',
  claimant: 'The article’s author',
  type: 'factual',
  status: 'misleading',
  articleTitle: 'Japan has finally found a way to deal with China',
});

describe('text set as glyph outlines', () => {
  it('draws a card as resvg sets its text: the same pixels but for antialiasing at glyph edges', () => {
    const before = pixels(card);
    const after = pixels(outlined(card));
    let differing = 0;
    for (let i = 0; i < before.length; i++)
      if (Math.abs((before[i] as number) - (after[i] as number)) > 8) differing++;
    expect(outlined(card)).not.toContain('<text');
    // A word moved, missing or in the wrong weight would change thousands of pixels more.
    expect(differing / before.length).toBeLessThan(0.002);
  });

  it('leaves text styled by a class or holding markup to resvg', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg"><text class="tl-k" x="1" y="2" font-size="10">Jan</text>' +
      '<text x="1" y="2" font-size="10">a <tspan font-weight="700">b</tspan></text>' +
      '<text x="5" y="9" font-size="10" fill="#222">c</text></svg>';
    const out = outlined(svg);
    expect(out).toContain('<text class="tl-k" x="1" y="2" font-size="10">Jan</text>');
    expect(out).toContain('<tspan font-weight="700">b</tspan>');
    expect(out).toMatch(/<g fill="#222"><path d="[^"]+" transform="translate\(5 9\)"/);
  });
});
