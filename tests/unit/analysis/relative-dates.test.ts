import { describe, expect, test } from 'vitest';
import { parseFixture } from '../helpers/parse.ts';

/** The events of a fixture whose frontmatter holds `events`, dated relative to `g7` (14 January). */
function eventsOf(records: string) {
  const parsed = parseFixture(
    ':event[The meeting]{#g7} met. :event[Before this meeting]{#remarks} he spoke.',
    {},
    `events:\n  g7: { summary: The meeting, date: 2026-01-14 }\n  remarks: { summary: Remarks, ${records} }\n`,
  );
  return {
    messages: parsed.file.messages.map((m) => m.reason),
    remarks: parsed.events.find((e) => e.id === 'remarks'),
  };
}

describe('before: counts back from its anchor', () => {
  test('before: with a positive offset lands the same day as after: with the negative one', () => {
    const before = eventsOf('before: g7, offset: P1D');
    const after = eventsOf('after: g7, offset: -P1D');
    expect(before.messages).toEqual([]);
    expect(before.remarks?.date).toEqual({
      asWritten: 'Before this meeting',
      value: '2026-01-13',
      precision: 'day',
      approximate: false,
      relative: { anchor: 'g7', offset: '-P1D' },
      edtf: '2026-01-13',
      period: '2026-01-13',
    });
    expect(before.remarks?.date).toEqual(after.remarks?.date);
  });

  test('before: with no offset only bounds the date, so it is approximate', () => {
    expect(eventsOf('before: g7').remarks?.date).toMatchObject({
      value: '2026-01-14',
      approximate: true,
      relative: { anchor: 'g7' },
    });
  });

  test.each([
    ['after: g7, before: g7, offset: P1D', 'has both after and before'],
    ['before: g7, offset: -P1D', 'before: takes a positive offset, write offset: P1D'],
    ['before: nowhere, offset: P1D', 'is dated before "nowhere", which is not an event'],
    ['date: 2026-01-10, before: g7', 'has both date and before'],
    ['offset: P1D', 'has an offset but no anchor; add after: <event-id> (or before: <event-id>)'],
  ])('%s is refused: %s', (records, message) => {
    const { messages } = eventsOf(records);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });
});
