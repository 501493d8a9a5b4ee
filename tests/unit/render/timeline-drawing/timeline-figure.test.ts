import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import type { ArticleEvent } from '../../../../src/analysis/schema/entries.ts';
import { timelineFigure } from '../../../../src/render/timeline-drawing/timeline-figure.ts';

let told = 0;
/** An event of article `a` dated `value` at the precision its length gives. */
function dated(id: string, value: string, more: Partial<ArticleEvent> = {}): ArticleEvent {
  told++;
  const precision = (['year', 'month', 'day'] as const)[value.split('-').length - 1];
  return {
    id,
    article: 'a',
    told,
    summary: `${id} happened`,
    type: 'statement',
    date: { asWritten: value, value, precision, approximate: false },
    actors: [],
    quote: `${id}.`,
    paragraph: 0,
    selector: { exact: id, prefix: '', suffix: '', start: 0, end: 1 },
    ...more,
  } as ArticleEvent;
}

const svgOf = (markup: string) => fromHtml(markup, { fragment: true, space: 'svg' });

/** The elements under `tree` named `tag` whose class list holds `className`, if given. */
function find(tree: Root | Element | undefined, tag: string, className?: string): Element[] {
  const found: Element[] = [];
  if (!tree) return found;
  visit(tree, 'element', (node) => {
    const classes = (node.properties['className'] as string[] | undefined) ?? [];
    if (node.tagName === tag && (!className || classes.includes(className))) found.push(node);
  });
  return found;
}

const link = (tree: Root, href: string) =>
  find(tree, 'a').filter((a) => a.properties['href'] === href);

describe('the caption', () => {
  test('explains the axis break where the drawing has one', () => {
    const events = [dated('july', '2025-07-21'), dated('jan', '2026-01-06')];
    const figure = timelineFigure(events, events, { title: 'T' });
    expect(figure.caption).toContain('// marks a stretch with nothing in it, cut out');
    expect(figure.horizontal).toMatch(/l4-12/);
  });

  test('says nothing of a break where there is none', () => {
    const events = [dated('first', '2026-01-06'), dated('second', '2026-01-19')];
    const figure = timelineFigure(events, events, { title: 'T' });
    expect(figure.caption).not.toContain('//');
    expect(figure.caption).toMatch(/^Time runs left to right \(downwards on narrow screens\)\. /);
  });
});

describe('year-only dates', () => {
  const events = [
    dated('ban', '2026'),
    dated('report', '2026-01-19'),
    dated('meeting', '2026-01-12'),
  ];
  const figure = timelineFigure(events, events, { title: 'T' });

  test.each(['horizontal', 'vertical'] as const)(
    'are a thin bracket, not a bar, in the %s drawing',
    (orientation) => {
      const tree = svgOf(figure[orientation]);
      const ban = link(tree, '#event-ban');
      expect(ban).toHaveLength(1);
      expect(find(ban[0], 'rect')).toEqual([]);
      expect(find(ban[0], 'path', 'tl-yr')).toHaveLength(1);
    },
  );

  test('are named as such, in the legend and in the words a screen reader hears', () => {
    const tree = svgOf(figure.horizontal);
    const ban = link(tree, '#event-ban')[0];
    expect(String(ban?.properties['ariaLabel'])).toContain('2026, month not stated');
    expect(figure.horizontal).toContain('a year, month not stated');
  });

  test('a drawing with none has no such legend entry', () => {
    const days = [dated('report', '2026-01-19'), dated('meeting', '2026-01-12')];
    expect(timelineFigure(days, days, { title: 'T' }).horizontal).not.toContain('month not stated');
  });
});

describe('drawn at the width it is shown', () => {
  const events = [dated('report', '2026-01-19'), dated('meeting', '2026-01-12')];

  test('a narrower column gets a narrower drawing, not a shrunk one', () => {
    const figure = timelineFigure(events, events, { title: 'T', width: { horizontal: 540 } });
    expect(figure.horizontal).toMatch(/^<svg[^>]* viewBox="0 0 540 /);
    expect(figure.horizontal).toMatch(/^<svg[^>]* width="540"/);
  });

  test('its words are 12 CSS pixels or more at that width, and it never stretches wider', () => {
    const figure = timelineFigure(events, events, { title: 'T' });
    const sizes = [...figure.horizontal.matchAll(/font-size:([\d.]+)px/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    expect(figure.horizontal).toContain('.tl{display:block;max-width:100%;height:auto}');
  });
});
