import { describe, expect, test } from 'vitest';
import { loadCorpus, loadCorpusFrom } from '../../../src/analysis/load-corpus.ts';
import type { ArticleEvent } from '../../../src/analysis/schema/entries.ts';
import { describeEventDate, eventDateLine } from '../../../src/render/event-dates.ts';
import { eventAnchors, groupByYearAndMonth } from '../../../src/render/timeline-groups.ts';
import {
  filterChoices,
  filterEvents,
  latestEvents,
  orderAsDated,
  orderAsTold,
  orderByBestKnownDate,
  relativeAnchor,
} from '../../../src/analysis/timeline.ts';
import { SEED } from '../helpers/seed.ts';

const fixture = loadCorpusFrom({
  actorDirs: ['tests/fixtures/actors'],
  articleDirs: ['tests/fixtures/timeline'],
}).events;
const byId = (id: string): ArticleEvent => {
  const event = fixture.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the fixture`);
  return event;
};

describe('the seed article, both orders', () => {
  const events = loadCorpus(SEED).events.filter((e) => e.article === 'japan-india-rare-earths');

  test('as told follows the text', () => {
    expect(orderAsTold(events).map((e) => e.id)).toEqual([
      'yahoo-report',
      'india-japan-dialogue',
      'mofcom-ban',
      'kanai-protest',
      'kihara-statement',
      'takaichi-protest',
      'china-rejects',
      'takaichi-g7-pledge',
      'g7-meeting',
      'suleman-remarks',
      'klingbeil-remark',
      'india-discovery',
      'takaichi-taiwan-remark',
    ]);
  });

  test(
    'as dated puts July 2025 first, then the events the text dates only to 2026, then 19 January 2026; ' +
      'the undated one apart',
    () => {
      const { dated, undated } = orderAsDated(events);
      expect(dated.map((e) => e.id)).toEqual([
        'india-discovery',
        'mofcom-ban',
        'kanai-protest',
        'kihara-statement',
        'takaichi-protest',
        'china-rejects',
        'takaichi-g7-pledge',
        'g7-meeting',
        'suleman-remarks',
        'klingbeil-remark',
        'yahoo-report',
        'india-japan-dialogue',
      ]);
      expect(undated.map((e) => e.id)).toEqual(['takaichi-taiwan-remark']);
    },
  );

  test('relative dates are resolved from their anchors', () => {
    const kihara = events.find((e) => e.id === 'kihara-statement');
    // Counted from the record's date of the ban (6 January), not from the article's "2026".
    expect(kihara && describeEventDate(kihara)).toBe('the next day, 7 January 2026');
    expect(kihara && relativeAnchor(kihara, events)?.id).toBe('mofcom-ban');
    // The record then agrees with the article's telling, so no difference is shown.
    expect(kihara && eventDateLine(kihara)?.article).toBeUndefined();
    expect(kihara?.documented?.comparison).toBe('confirms');
  });

  test('groups by year, then month, each event under its best-known date', () => {
    // The article dates most events "2026" at best; the record fixes their days, so they are
    // filed under January 2026, and the remark the text leaves undated under November 2025.
    const groups = groupByYearAndMonth(orderByBestKnownDate(events).dated);
    expect(groups.map((y) => [y.year, y.months.map((m) => [m.label, m.events.length])])).toEqual([
      [
        '2025',
        [
          ['July 2025', 1],
          ['September 2025', 1],
          ['November 2025', 1],
        ],
      ],
      ['2026', [['January 2026', 10]]],
    ]);
    expect(orderByBestKnownDate(events).undated).toEqual([]);
  });

  test('without a record, a year-only date forms its own group ahead of the months', () => {
    const yearOnly = events
      .filter((e) => e.date.precision === 'year' || e.id === 'yahoo-report')
      .map(({ documented: _, ...event }) => event);
    const groups = groupByYearAndMonth(orderByBestKnownDate(yearOnly).dated);
    expect(groups[0]?.months.map((m) => m.label)).toEqual([
      '2026, month not stated',
      'January 2026',
    ]);
  });
});

describe('latestEvents', () => {
  test('keeps a short list whole', () =>
    expect(latestEvents(fixture, 10)).toEqual({ shown: fixture, more: 0 }));
  test('keeps the latest dated events of a long one and counts the rest', () => {
    expect(latestEvents(fixture, 2)).toEqual({ shown: [byId('ban'), byId('protest')], more: 2 });
  });
});

describe('relative, undated and documented dates', () => {
  test('a relative date is resolved from its anchor and says so', () => {
    expect(describeEventDate(byId('protest'))).toBe('the next day, 7 January 2026');
    expect(relativeAnchor(byId('protest'), fixture)?.id).toBe('ban');
    expect(relativeAnchor(byId('ban'), fixture)).toBeUndefined();
  });

  test('an event without a date is listed apart as undated, not dropped', () => {
    const { dated, undated } = orderAsDated(fixture);
    expect(undated.map((e) => e.id)).toEqual(['rumour']);
    expect(dated.map((e) => e.id)).toEqual(['talks', 'ban', 'protest']);
    expect(describeEventDate(byId('rumour'))).toBe('undated');
  });

  test('a documented date that differs from the article’s is shown beside it', () => {
    expect(describeEventDate(byId('talks'))).toBe('January 2026');
    expect(eventDateLine(byId('talks'))).toMatchObject({
      text: '3 February 2026',
      article: 'January 2026',
    });
    expect(eventDateLine(byId('ban'))?.article).toBeUndefined();
  });

  test('grouping refuses undated events rather than misplace them', () => {
    expect(() => groupByYearAndMonth(fixture)).toThrow(/has no date; pass only the dated events/);
  });
});

describe('anchors and filters', () => {
  test('event anchors are event-<id>, qualified by article only when two articles share an id', () => {
    const events = [
      { article: 'a', id: 'ban' },
      { article: 'b', id: 'ban' },
      { article: 'b', id: 'talks' },
    ];
    expect([...eventAnchors(events)]).toEqual([
      ['a/ban', 'event-a-ban'],
      ['b/ban', 'event-b-ban'],
      ['b/talks', 'event-talks'],
    ]);
  });

  test('filters by actor and by type, in the order given', () => {
    expect(filterEvents(fixture, { actor: 'china' }).map((e) => e.id)).toEqual(['ban', 'talks']);
    expect(filterEvents(fixture, { type: 'protest' }).map((e) => e.id)).toEqual(['protest']);
    expect(filterEvents(fixture, undefined)).toHaveLength(4);
  });

  test('offers only the filters that show something, with their counts', () => {
    expect(filterChoices(fixture)).toEqual({
      actors: [
        ['china', 2],
        ['japan', 3],
      ],
      types: [
        ['meeting', 1],
        ['other', 1],
        ['policy', 1],
        ['protest', 1],
      ],
    });
  });
});
