import { describe, expect, test } from 'vitest';
import { describeEventDate } from '../../../src/render/event-dates.ts';
import {
  allTimelineJs,
  articleTimelineJs,
  timelineFiles,
} from '../../../src/exports/timelinejs.ts';
import { FIXTURE, SEED_CORPUS, SITE } from './corpora.ts';

const fixture = FIXTURE;
const article = fixture.articles[0];
if (!article) throw new Error('the markup fixture has no article');
const timeline = articleTimelineJs(article, fixture.events, SITE);
const slide = (id: string) => timeline.events.find((e) => e.unique_id === `event-${id}`);

describe('a TimelineJS file', () => {
  test('gives dates at their precision', () => {
    expect(slide('day-event')?.start_date).toEqual({ year: 2026, month: 1, day: 19 });
    expect(slide('month-event')?.start_date).toEqual({ year: 2025, month: 7 });
  });

  test('states dates as the site does', () => {
    for (const event of fixture.events.filter((e) => e.date.value))
      expect(slide(event.id)?.display_date).toBe(describeEventDate(event));
  });

  test('orders slides by date', () => {
    expect(timeline.events.map((e) => e.unique_id)).toEqual([
      'event-month-event',
      'event-day-event',
    ]);
  });

  test('escapes HTML in headlines and text', () => {
    expect(slide('day-event')?.text.headline).toBe('&#x3C;script>alert(1)&#x3C;/script> happens');
    expect(timeline.title.text.headline).toBe('A &#x3C;b>bold&#x3C;/b> title &#x26; more');
  });

  test('names the undated events it cannot place instead of dropping them silently', () => {
    expect(slide('undated-event')).toBeUndefined();
    expect(timeline.title.text.text).toContain('Something at no stated time');
  });

  test('links each slide back to the event in the article', () => {
    expect(slide('day-event')?.text.text).toContain(
      'href="https://claimlens.example/articles/markup-in-words/#event-day-event"',
    );
  });
});

test('the file for all articles keys slides by article and groups them', () => {
  const all = allTimelineJs(SEED_CORPUS.articles, SEED_CORPUS.events, SITE);
  expect(all.events.length).toBe(SEED_CORPUS.events.filter((e) => e.date.value).length);
  expect(all.events[0]?.unique_id).toMatch(/^japan-india-rare-earths-/);
  expect(all.events[0]?.group).toBe(SEED_CORPUS.articles[0]?.title);
});

test('the files of a build are each article’s timeline and all.json', () => {
  const files = timelineFiles(SEED_CORPUS.articles, SEED_CORPUS.events, SITE);
  expect([...files.keys()]).toEqual([...SEED_CORPUS.articles.map((a) => a.id), 'all']);
  for (const article of SEED_CORPUS.articles)
    expect(files.get(article.id)).toEqual(articleTimelineJs(article, SEED_CORPUS.events, SITE));
  expect(files.get('all')).toEqual(allTimelineJs(SEED_CORPUS.articles, SEED_CORPUS.events, SITE));
});
