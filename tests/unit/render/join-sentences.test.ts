import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/analysis/load-corpus.ts';
import { documentedSentence, eventDateLine } from '../../../src/render/event-dates.ts';
import { joinSentences } from '../../../src/render/join-sentences.ts';
import { SEED } from '../helpers/seed.ts';

const events = loadCorpus(SEED).events.filter((e) => e.article === 'japan-india-rare-earths');
const byId = (id: string) => {
  const event = events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the seed`);
  return event;
};

type Case = [parts: (string | false | undefined)[], joined: string];

describe('joinSentences', () => {
  test.each<Case>([
    [
      ['as the article has it.', "The mines minister's answer."],
      "as the article has it. The mines minister's answer.",
    ],
    [['One. ', '  Two.'], 'One. Two.'],
    [['One.', undefined, false, '', 'Two.'], 'One. Two.'],
    [[undefined], ''],
  ])('%j → %j', (parts, joined) => expect(joinSentences(parts)).toBe(joined));
});

describe('documentedSentence', () => {
  test("puts a space between the article's dating and the record's note", () => {
    const sentence = documentedSentence(byId('india-discovery'), { compact: false });
    expect(sentence?.record).toBe('The record says 21 July 2025');
    expect(sentence?.rest).toMatch(
      /^, not July 2025 as the article has it\. The mines minister G\. Kishan Reddy's /,
    );
    expect(sentence?.rest).not.toMatch(/\.\S/u);
  });

  test('leaves the note out when compact, and says nothing where the dates agree', () => {
    expect(documentedSentence(byId('india-discovery'), { compact: true })?.rest).toBe(
      ', not July 2025 as the article has it.',
    );
    expect(documentedSentence(byId('yahoo-report'), { compact: false })).toBeUndefined();
  });
});

describe('eventDateLine', () => {
  test("files an event under the day the record fixes, with the article's year beside it", () => {
    expect(eventDateLine(byId('mofcom-ban'))).toEqual({
      datetime: '2026-01-06',
      text: '6 January 2026',
      article: '2026, month not stated',
    });
  });

  test('says when the article gives no date at all', () =>
    expect(eventDateLine(byId('takaichi-taiwan-remark'))?.article).toBe('undated'));

  test("where the record agrees, shows the article's dating alone", () =>
    expect(eventDateLine(byId('yahoo-report'))).toEqual({
      datetime: '2026-01-19',
      text: '19 January 2026',
    }));
});
