import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/analysis/load-corpus.ts';
import { tallyComparisons } from '../../../src/analysis/timeline.ts';
import { eventDateLine, recordSentence, tallySentence } from '../../../src/render/event-dates.ts';
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

describe('recordSentence', () => {
  test('words only a contradiction as a discrepancy, with a space before the note', () => {
    const sentence = recordSentence(byId('suleman-remarks'), { compact: false });
    expect(sentence).toMatchObject({
      comparison: 'contradicts',
      emphasis: true,
      lead: 'The record puts it at about 24 September 2025',
    });
    expect(sentence?.rest).toMatch(
      /^, not before this meeting, about 11 January 2026 as the article has it\. At a rare-earth /,
    );
    expect(sentence?.rest).not.toMatch(/\.\S/u);
  });

  test.each([
    ['mofcom-ban', 'The article gives 2026; the record: 6 January 2026'],
    ['india-discovery', 'The article gives July 2025; the record: 21 July 2025'],
    ['takaichi-taiwan-remark', 'The article gives no date; the record: 7 November 2025'],
    ['china-rejects', 'The article gives no date, only the order; the record: 15 January 2026'],
  ])('shows a refinement of %s as the record filling in the date', (id, lead) =>
    expect(recordSentence(byId(id), { compact: true })).toEqual({
      comparison: 'refines',
      emphasis: false,
      lead,
      rest: '.',
    }),
  );

  test('says a confirmation plainly, and nothing without a record', () => {
    expect(recordSentence(byId('kihara-statement'), { compact: true })).toEqual({
      comparison: 'confirms',
      emphasis: false,
      lead: 'The record confirms it: 7 January 2026',
      rest: '.',
    });
    expect(recordSentence(byId('yahoo-report'), { compact: false })).toBeUndefined();
  });
});

describe('tallySentence', () => {
  test("states the seed's tally, and nothing where no event has a record", () => {
    expect(tallySentence(tallyComparisons(events))).toBe(
      "The record confirms 7 of the article's dates, refines 4 and contradicts 1.",
    );
    expect(tallySentence({ confirms: 0, refines: 0, contradicts: 0 })).toBeUndefined();
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
