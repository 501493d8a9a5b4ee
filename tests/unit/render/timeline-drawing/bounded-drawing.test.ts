import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import type { ArticleEvent } from '../../../../src/analysis/schema/entries.ts';
import {
  drawTimeline,
  MAX_DRAWN,
  MAX_UNDATED,
  toDrawingEvents,
} from '../../../../src/render/timeline-drawing/draw-timeline.ts';
import { timelineFigure } from '../../../../src/render/timeline-drawing/timeline-figure.ts';
import { eventAnchors } from '../../../../src/render/timeline-groups.ts';

// The site-wide drawing holds every article's events: it draws at most MAX_DRAWN dated and
// MAX_UNDATED undated ones and says how many there are, so its size stays flat as the archive grows.

const undated = (i: number): ArticleEvent =>
  ({
    id: `undated-${i}`,
    article: 'a',
    told: i + 1,
    summary: `Undated event ${i}`,
    type: 'statement',
    date: { asWritten: '', approximate: false },
    actors: [],
    quote: 'x.',
    paragraph: 0,
    selector: { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 },
  }) as ArticleEvent;

/** The site drawing of an archive of `undated` and `dated` events, measured in its own process. */
function measure(undatedCount: number, datedCount: number) {
  const child = spawnSync(
    'node',
    ['tests/unit/helpers/draw-site-in-child.ts', String(undatedCount), String(datedCount)],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout) as { height: number; svgBytes: number; peakRssMb: number };
}

describe('the site-wide drawing is bounded', () => {
  test('draws the first undated events and folds the rest into a count in the heading', () => {
    const events = Array.from({ length: 30 }, (_, i) => undated(i));
    const drawing = drawTimeline(toDrawingEvents(events, { anchors: eventAnchors(events) }), {
      title: 'T',
      mode: 'file',
    });
    expect(drawing.drawn).toBe(MAX_UNDATED);
    expect(drawing.horizontal).toContain(`Undated in the text (the first ${MAX_UNDATED} of 30)`);
    expect(drawing.horizontal).toContain('Undated event 0<');
    expect(drawing.horizontal).not.toContain(`Undated event ${MAX_UNDATED}<`);
    const figure = timelineFigure(events, events, { title: 'T' });
    expect(figure.caption).toContain(
      `${MAX_UNDATED} of the 30 events are drawn: at most the ${MAX_DRAWN} latest dated and the first ` +
        `${MAX_UNDATED} undated.`,
    );
  });

  test('thousands of undated events take the same picture and little memory', () => {
    // Unbounded, 2,000 undated events made a 1600×155,871 px PNG and a 4 GB peak.
    const small = measure(100, 100);
    const large = measure(4_000, 2_000);
    expect(large.height).toBe(small.height);
    expect(large.svgBytes).toBeLessThan(small.svgBytes * 1.1);
    expect(large.peakRssMb).toBeLessThan(500);
  });
});
