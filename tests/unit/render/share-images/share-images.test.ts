import { describe, expect, it } from 'vitest';
import { drawTimeline } from '../../../../src/render/timeline-drawing/draw-timeline.ts';
import { renderPng } from '../../../../src/render/share-images/render-png.ts';
import {
  articleShareSvg,
  claimShareSvg,
  wrapLines,
} from '../../../../src/render/share-images/share-svg.ts';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('wrapLines', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapLines('India backs Japan on rare earths', 12, 3)).toEqual([
      'India backs',
      'Japan on',
      'rare earths',
    ]);
  });
  it('shortens the last line when the text runs on', () => {
    const lines = wrapLines('one two three four five six seven eight nine ten', 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    lines.forEach((line) => expect([...line].length).toBeLessThanOrEqual(10));
  });
});

describe('share images', () => {
  it('draws a claim as a 1200×630 PNG with its verdict, type, claimant and article in words', async () => {
    const svg = claimShareSvg({
      sentence: 'India provided "strong" support',
      line: 'No record found: nothing we found confirms or contradicts it.',
      claimant: 'Yahoo News Japan',
      type: 'attributed',
      status: 'unverified',
      articleTitle: 'India backs Japan',
    });
    for (const words of [
      'Unverified',
      'No record found',
      'Attributed claim',
      'Yahoo News Japan',
      'India backs Japan',
      'strong',
    ]) {
      expect(svg).toContain(words);
    }
    expect(pngSize(await renderPng(svg, 1200))).toEqual({ width: 1200, height: 630 });
  });

  it('draws the verdict, the whole sentence and the finding, hostile text escaped', async () => {
    const svg = claimShareSvg({
      sentence: 'Exports fell </text><script>alert(1)</script> & "halved" in 2026.',
      line: 'They fell by a tenth <b>not</b> half & more.',
      claimant: 'Evil & Co',
      type: 'factual',
      status: 'false',
      articleTitle: 'A <title>',
    });
    for (const words of ['False', 'Exports fell', 'They fell by a tenth', 'Evil &#x26; Co'])
      expect(svg).toContain(words);
    expect(svg).not.toMatch(/<script|<b>|<\/text><script/);
    expect(svg).toContain('&#x3C;script&#x3E;');
    expect(pngSize(await renderPng(svg, 1200))).toEqual({ width: 1200, height: 630 });
  });

  const article = {
    verdict: 'Accurate on the ban, misleading on the G7 and on India’s rare earths',
    findings: [
      { status: 'misleading' as const, line: 'A meeting was held, but the US convened it.' },
      { status: 'disputed' as const, line: 'Contradicted by the record.' },
      { status: 'unverified' as const, line: 'No record found: nothing we found confirms it.' },
      { status: 'false' as const, line: 'A fourth key claim.' },
    ],
    title: 'Japan has finally found a way to deal with China',
    publisher: 'Toutiao',
  };

  it('sets an article as a fact-check desk does: our verdict in display type, the headline quoted small', async () => {
    const svg = articleShareSvg(article);
    const verdictSize = /font-size="(\d+)"[^>]*>\s*<tspan[^>]*>Accurate on the ban/u.exec(svg)?.[1];
    const titleLine = /font-size="(\d+)"[^>]*>The article: “Japan has finally found a way/u.exec(
      svg,
    );
    expect(Number(verdictSize)).toBeGreaterThanOrEqual(40);
    expect(titleLine, 'the headline is quoted and attributed').not.toBeNull();
    expect(Number(titleLine?.[1])).toBeLessThanOrEqual(20);
    expect(svg).toContain('(Toutiao)');
    for (const words of ['Misleading', 'A meeting was held', 'Disputed', 'No record found'])
      expect(svg).toContain(words);
    expect(svg, 'three key claims are listed, the fourth counted').toContain(
      'and 1 more key claim',
    );
    expect(svg).not.toContain('A fourth key claim');
    expect(pngSize(await renderPng(svg, 1200))).toEqual({ width: 1200, height: 630 });
  });

  it('draws an article and a timeline whose words hold markup characters (resvg reads XML)', async () => {
    const svg = articleShareSvg({
      ...article,
      verdict: 'Evil "Corp" <script>alert(1)</script> & left',
      title: 'Markup <b>in</b> a title',
    });
    expect(svg).not.toMatch(/<script|<b>/);
    expect(pngSize(await renderPng(svg, 1200))).toEqual({ width: 1200, height: 630 });
    const summary = 'Evil "Corp" said <script>alert(1)</script> & left';
    const events = [
      {
        key: 'a/e1',
        href: '#event-e1',
        told: 1,
        datedRank: 0,
        summary,
        type: 'statement' as const,
        date: {
          value: '2026-01-06',
          precision: 'day' as const,
          approximate: false,
          words: '6 Jan',
        },
        documented: undefined,
        record: undefined,
        relative: undefined,
        emphasis: false,
      },
    ];
    const download = drawTimeline(events, { title: 'Timeline of <script>', mode: 'file' });
    expect(download.horizontal).not.toMatch(/<script/);
    expect(pngSize(await renderPng(download.horizontal, 1600)).width).toBe(1600);
  });

  it('draws with the packaged fonts only: the same SVG gives the same bytes', async () => {
    const svg = articleShareSvg(article);
    expect((await renderPng(svg, 600)).equals(await renderPng(svg, 600))).toBe(true);
  });
});
