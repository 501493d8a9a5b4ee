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
  it('draws a claim as a 1200×630 PNG with its verdict, type, claimant and article in words', () => {
    const svg = claimShareSvg({
      sentence: 'India provided "strong" support',
      claimant: 'Yahoo News Japan',
      type: 'attributed',
      status: 'unverified',
      articleTitle: 'India backs Japan',
    });
    for (const words of [
      'Unverified',
      'Attributed claim',
      'Yahoo News Japan',
      'India backs Japan',
      'strong',
    ]) {
      expect(svg).toContain(words);
    }
    expect(pngSize(renderPng(svg, 1200))).toEqual({ width: 1200, height: 630 });
  });

  it('draws the verdict, the whole sentence and the finding, hostile text escaped', () => {
    const svg = claimShareSvg({
      sentence: 'Exports fell </text><script>alert(1)</script> & "halved" in 2026.',
      finding: 'They fell by a tenth <b>not</b> half & more.',
      claimant: 'Evil & Co',
      type: 'factual',
      status: 'false',
      articleTitle: 'A <title>',
    });
    for (const words of ['False', 'Exports fell', 'They fell by a tenth', 'Evil &#x26; Co'])
      expect(svg).toContain(words);
    expect(svg).not.toMatch(/<script|<b>|<\/text><script/);
    expect(svg).toContain('&#x3C;script>');
    expect(pngSize(renderPng(svg, 1200))).toEqual({ width: 1200, height: 630 });
  });

  it('draws an article as a 1200×630 PNG with its title and a timeline miniature', () => {
    const svg = articleShareSvg({ title: 'India backs Japan on rare earths', events: [] });
    expect(svg).toContain('India backs Japan on rare earths');
    expect(svg).toContain('tl-strip');
    expect(pngSize(renderPng(svg, 1200))).toEqual({ width: 1200, height: 630 });
  });

  it('draws an article whose event summaries hold markup characters (resvg reads XML)', () => {
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
    const svg = articleShareSvg({ title: 'Markup <b>in</b> a title', events });
    expect(pngSize(renderPng(svg, 1200))).toEqual({ width: 1200, height: 630 });
    const download = drawTimeline(events, { title: 'Timeline of <script>', mode: 'file' });
    expect(pngSize(renderPng(download.horizontal, 1600)).width).toBe(1600);
  });

  it('draws with the packaged fonts only: the same SVG gives the same bytes', () => {
    const svg = articleShareSvg({ title: 'Same', events: [] });
    expect(renderPng(svg, 600).equals(renderPng(svg, 600))).toBe(true);
  });
});
