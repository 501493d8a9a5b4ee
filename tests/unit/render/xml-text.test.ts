import rss from '@astrojs/rss';
import fc from 'fast-check';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { toXast } from 'hast-util-to-xast';
import { toXml } from 'xast-util-to-xml';
import type { ArticleEvent } from '../../../src/analysis/schema/entries.ts';
import { feedItem } from '../../../src/exports/feed-items.ts';
import { jsonForScript } from '../../../src/render/json-for-script.ts';
import { renderPng, withOutlinedText } from '../../../src/render/share-images/render-png.ts';
import { articleShareSvg, claimShareSvg } from '../../../src/render/share-images/share-svg.ts';
import {
  drawSlope,
  drawStrip,
  drawTimeline,
  toDrawingEvents,
} from '../../../src/render/timeline-drawing/draw-timeline.ts';
import { el, text } from '../../../src/render/timeline-drawing/hast.ts';
import { eventAnchors } from '../../../src/render/timeline-groups.ts';
import { cleanText, svgToXml } from '../../../src/render/xml-text.ts';
import { parseXml } from '../helpers/parse-xml.ts';

// One text policy for every XML output: whatever a title, claim, finding, event summary or actor
// name holds, every drawing, share image and feed is well-formed XML, and resvg draws it.

const codePoints = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
/** Every control, every noncharacter, lone surrogates, and what closes or opens markup. */
const HOSTILE = [
  ...codePoints(0x00, 0x1f),
  ...codePoints(0x7f, 0x9f),
  ...codePoints(0xfdd0, 0xfdef),
  ...Array.from({ length: 17 }, (_, plane) => [
    String.fromCodePoint(plane * 0x10000 + 0xfffe),
    String.fromCodePoint(plane * 0x10000 + 0xffff),
  ]).flat(),
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  ']]>',
  '<',
  '&',
  '"',
  "'",
  '</script>',
  '\u2028',
];
/** Random text: any Unicode, with the hostile pieces mixed in. */
const hostileText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(...HOSTILE)), {
    minLength: 1,
    maxLength: 12,
  })
  .map((parts) => parts.join(''))
  .filter((value) => value.trim() !== '');

const event = (id: string, summary: string, value?: string): ArticleEvent =>
  ({
    id,
    article: 'a',
    told: 1,
    summary,
    type: 'statement',
    date: value
      ? { asWritten: value, value, precision: 'day', approximate: false }
      : { asWritten: '', approximate: false },
    actors: [],
    quote: 'x.',
    paragraph: 0,
    selector: { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 },
  }) as ArticleEvent;

const drawingOf = (summaries: string[]) => {
  const events = summaries.map((summary, i) =>
    event(`e${i}`, summary, i % 2 === 0 ? `2026-01-${String(10 + i).padStart(2, '0')}` : undefined),
  );
  return toDrawingEvents(events, { anchors: eventAnchors(events) });
};

describe('cleanText', () => {
  test('drops controls but tab and line breaks, and replaces noncharacters and lone surrogates', () => {
    expect(cleanText('a\u0000b\u0007c\u007f\u0085d\te\nf\rg')).toBe('abcd\te\nf\rg');
    expect(cleanText('x\uFFFEy\uFFFF\u{10FFFF}\uFDD0')).toBe('x\uFFFDy\uFFFD\uFFFD\uFFFD');
    expect(cleanText('lone \uD800 high')).toBe('lone \uFFFD high');
    expect(cleanText('Japan–India ]]> talks « 稀土 » 🙂')).toBe(
      'Japan–India ]]> talks « 稀土 » 🙂',
    );
  });

  test('svgToXml escapes ]]> through the serialiser, where xast-util-to-xml alone leaves it', () => {
    const tree = () => el('svg', { xmlns: 'http://www.w3.org/2000/svg' }, [text('a]]>b\uFFFE')]);
    expect(() => parseXml(toXml(toXast(tree(), { space: 'svg' })))).toThrow();
    expect(svgToXml(tree())).toBe('<svg xmlns="http://www.w3.org/2000/svg">a]]&#x3E;b\uFFFD</svg>');
  });

  test('a drawing keeps ]]> escaped through the PNG step, which rewrites its text as outlines', async () => {
    // A label styled by a class is left as text by the outlining and written back out as XML.
    const svg = svgToXml(
      el('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 100 20' }, [
        el('text', { className: ['tl-s'], y: 10 }, [text('a]]>b')]),
      ]),
    );
    expect(withOutlinedText(svg)).toContain('a]]&#x3E;b');
    parseXml(withOutlinedText(svg));
    expect((await renderPng(svg, 100)).length).toBeGreaterThan(0);
  });
});

describe('every place text reaches SVG, PNG, RSS, JSON and HTML', () => {
  test('timeline, strip and slope drawings are well-formed XML files and clean inline SVG', () => {
    fc.assert(
      fc.property(
        hostileText,
        fc.array(hostileText, { minLength: 1, maxLength: 4 }),
        (title, summaries) => {
          const drawing = drawingOf(summaries);
          const file = drawTimeline(drawing, { title, mode: 'file' });
          parseXml(file.horizontal);
          parseXml(file.vertical);
          parseXml(drawStrip(drawing, { label: title, mode: 'file' }));
          parseXml(drawSlope(drawing, 'file'));
          // Inline in HTML the same policy holds: no control or noncharacter reaches the page.
          const page = drawTimeline(drawing, { title }).horizontal;
          expect(page).toBe(cleanText(page));
        },
      ),
      { numRuns: 60 },
    );
  });

  test('share images are well-formed XML and resvg draws them', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileText,
        hostileText,
        hostileText,
        hostileText,
        async (title, sentence, finding, name) => {
          const article = articleShareSvg({
            verdict: finding,
            findings: [{ status: 'misleading', line: finding }],
            title,
            publisher: name,
          });
          const claim = claimShareSvg({
            sentence,
            line: finding,
            claimant: name,
            type: 'factual',
            status: 'false',
            articleTitle: title,
          });
          for (const svg of [article, claim]) {
            parseXml(svg);
            expect((await renderPng(svg, 300)).subarray(1, 4).toString()).toBe('PNG');
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  test('feeds are well-formed XML', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (title, note) => {
        const response = await rss({
          title: 'ClaimLens corrections',
          description: 'Every correction.',
          site: 'https://claimlens.example',
          items: [
            feedItem({
              title,
              link: 'https://claimlens.example/articles/a/#update-1',
              description: note,
              pubDate: new Date('2026-01-19T00:00:00Z'),
            }),
          ],
          trailingSlash: true,
        });
        const xml = await response.text();
        parseXml(xml);
        expect(xml).toContain('<link>https://claimlens.example/articles/a/#update-1</link>');
      }),
      { numRuns: 60 },
    );
  });

  test('JSON in a page reads back as it was written, and HTML text cannot close its element', () => {
    fc.assert(
      fc.property(hostileText, (value) => {
        const json = jsonForScript({ value });
        expect(JSON.parse(json)).toEqual({ value });
        expect(json).not.toMatch(/<|>|\u2028/);
        const html = toHtml({
          type: 'element',
          tagName: 'p',
          properties: { title: value },
          children: [{ type: 'text', value }],
        });
        const parsed = fromHtml(html, { fragment: true });
        expect(parsed.children.map((node) => node.type)).toEqual(['element']);
        const p = parsed.children[0] as Element;
        expect([p.tagName, p.children.every((node) => node.type === 'text')]).toEqual(['p', true]);
      }),
      { numRuns: 200 },
    );
  });
});
