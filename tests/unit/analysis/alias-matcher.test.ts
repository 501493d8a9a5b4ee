import { describe, expect, test } from 'vitest';
import { extractFixture } from '../helpers/parse.ts';

describe('alias matching', () => {
  const aliases = {
    India: 'india',
    'Indian Foreign Minister Sujan Singh': 'jaishankar',
    'Sujan Singh': 'jaishankar',
    Japan: 'japan',
  };

  test('the longest alias wins', () => {
    const { mentions } = extractFixture('Indian Foreign Minister Sujan Singh met Japan.', aliases);
    expect(mentions.map((m) => [m.actor, m.text])).toEqual([
      ['jaishankar', 'Indian Foreign Minister Sujan Singh'],
      ['japan', 'Japan'],
    ]);
  });

  test('matches whole words only', () => {
    const { mentions } = extractFixture('Indiana and Japanology, but India.', aliases);
    expect(mentions.map((m) => m.text)).toEqual(['India']);
  });

  test("matches before a possessive 's", () => {
    const { mentions } = extractFixture("Japan's rare earth crisis.", aliases);
    expect(mentions.map((m) => m.actor)).toEqual(['japan']);
  });

  test('an explicit :actor marker is kept and not matched again', () => {
    const { mentions } = extractFixture(
      ':actor[she]{ref=japan} and :actor[Japan]{ref=india}',
      aliases,
    );
    expect(mentions).toEqual([
      { actor: 'japan', text: 'she', paragraph: 0, marked: true },
      { actor: 'india', text: 'Japan', paragraph: 0, marked: true },
    ]);
  });

  test('aliases inside an event phrase are not linked (links do not nest)', () => {
    const { mentions } = extractFixture(':event[Japan protested]{#e1 date=2026}', aliases);
    expect(mentions).toEqual([]);
  });
});
