import { describe, expect, test } from 'vitest';
import { parseFixture, problemsOf as problems } from '../helpers/parse.ts';

// Each fixture is fixture.md: its frontmatter's fixed lines end at line 7, the lines given here
// start at line 8, and the body follows the closing `---`.
const MINISTRY = { 'the Ministry': 'ministry' };

describe('event markers with their records', () => {
  const parsed = parseFixture(
    ':event[On 3 January 2026]{#set} a quota was set. :event[The next day]{#answer} the Ministry ' +
      'answered. Then :event[it met]{#met type=meeting}.',
    MINISTRY,
    'events:\n' +
      '  set: { summary: A quota is set, type: policy, date: 2026-01-03, actors: [ministry] }\n' +
      '  answer: { summary: The Ministry answers, type: statement, after: set, offset: P1D }\n',
  );
  const events = parsed.events.map(({ selector: _selector, ...event }) => event);

  test('become events in the order they are told, each quoting its sentence', () => {
    expect(parsed.file.messages.map(String)).toEqual([]);
    expect(events.map((e) => [e.told, e.id, e.type, e.quote])).toEqual([
      [1, 'set', 'policy', 'On 3 January 2026 a quota was set.'],
      [2, 'answer', 'statement', 'The next day the Ministry answered.'],
      [3, 'met', 'meeting', 'Then it met.'],
    ]);
  });

  test('a dated event keeps the words as written and the day they give', () => {
    expect(events[0]?.date).toEqual({
      asWritten: 'On 3 January 2026',
      value: '2026-01-03',
      precision: 'day',
      approximate: false,
      edtf: '2026-01-03',
      period: '2026-01-03',
    });
    expect(events[0]?.actors).toEqual(['ministry']);
  });

  test('"the next day" after an event is dated one day after it, and says from which', () => {
    expect(events[1]?.date).toEqual({
      asWritten: 'The next day',
      value: '2026-01-04',
      precision: 'day',
      approximate: false,
      relative: { anchor: 'set', offset: 'P1D' },
      edtf: '2026-01-04',
      period: '2026-01-04',
    });
  });

  test('an event given only inline is undated, summarised by its words', () => {
    expect(events[2]).toMatchObject({
      summary: 'it met',
      date: { asWritten: 'it met', approximate: false },
      actors: [],
    });
    expect(events[2]?.date.value).toBeUndefined();
  });
});

describe('an event is refused with file:line:column and the fix', () => {
  test('whose marker has no record and no inline fields, at the marker', () => {
    expect(problems('A quota :event[was set]{#set}.')).toEqual([
      'fixture.md:9:9: event marker "set" has no record; add events: set: with a summary to the ' +
        'frontmatter',
    ]);
  });

  test('whose actor is unknown, at its actors', () => {
    expect(
      problems(
        ':event[On 3 January 2026]{#set} a quota was set.',
        'events:\n  set: { summary: A quota is set, date: 2026-01-03, actors: [nobody] }\n',
      ),
    ).toEqual([
      'fixture.md:9:53: event "set" actors: unknown actor "nobody"; add content/actors/nobody.md ' +
        'or use one of the known actor ids',
    ]);
  });

  test('that counts from two anchors at once', () => {
    expect(
      problems(
        ':event[On 3 January 2026]{#set} a quota was set. :event[Then]{#answer} it was answered.',
        'events:\n  set: { summary: A quota is set, date: 2026-01-03 }\n' +
          '  answer: { summary: An answer, after: set, before: set, offset: P1D }\n',
      ),
    ).toEqual([
      'fixture.md:10:45: event "answer" has both after and before; count from one anchor ' +
        '(after: for a later event, before: for an earlier one)',
    ]);
  });

  test('dated after an event the article does not mark', () => {
    expect(
      problems(
        ':event[Then]{#answer} it was answered.',
        'events:\n  answer: { summary: An answer, after: nothing, offset: P1D }\n',
      ),
    ).toEqual([
      'fixture.md:9:33: event "answer" is dated after "nothing", which is not an event of this ' +
        'article; add that event or fix "after"',
    ]);
  });

  test('whose inline type is not in the vocabulary', () => {
    expect(problems('A quota :event[was set]{#set type=rumour}.')).toEqual([
      'fixture.md:9:9: event "set": type "rumour" is not allowed; allowed values: announcement, ' +
        'statement, protest, meeting, report, agreement, discovery, policy, other',
    ]);
  });

  test('whose inline date is not a real date', () => {
    expect(problems('A quota :event[was set]{#set date=2026-13-45}.')).toEqual([
      'fixture.md:9:9: event "set": "2026-13-45" is not a real date: write YYYY, YYYY-MM or ' +
        'YYYY-MM-DD (the form is the precision)',
    ]);
  });
});
