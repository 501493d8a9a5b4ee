import { describe, expect, test } from 'vitest';
import { detectActorCandidates } from '../../../src/tools/detect-actors.ts';

const names = (text: string, covered: { start: number; end: number }[] = []) =>
  detectActorCandidates(text, covered).map((c) => [c.text, c.kind]);

describe('detectActorCandidates', () => {
  test('finds people, dropping the title before the name', () => {
    expect(names('Mayor Helena Voss met Tomas Reyes on Monday.')).toEqual([
      ['Helena Voss', 'person'],
      ['Tomas Reyes', 'person'],
    ]);
  });

  test('finds organisations, with "of" inside the name and hyphenated words', () => {
    expect(
      names(
        'The Director General of the Asia-Oceania Bureau at the Ministry of Foreign Affairs protested.',
      ).map(([text]) => text),
    ).toEqual(['Asia-Oceania Bureau', 'Ministry of Foreign Affairs']);
  });

  test('a possessive names the owner: "Japan\'s" is Japan', () => {
    expect(names("He met Japan's envoy.")).toEqual([['Japan', 'country']]);
  });

  test('skips names an alias or marker already covers', () => {
    const text = 'Greenwater Engineering hired Tomas Reyes.';
    expect(names(text, [{ start: 0, end: 22 }])).toEqual([['Tomas Reyes', 'person']]);
  });

  test('a capitalised word opening a sentence is not a name', () => {
    expect(names('Critics say the figure will rise. Construction starts soon.')).toEqual([]);
  });

  test('a bare surname is linked to the full name it shortens', () => {
    const found = detectActorCandidates('Helena Voss spoke. Later, Voss told reporters more.', []);
    expect(found.find((c) => c.text === 'Voss')?.shortFor).toBe('Helena Voss');
  });

  test('lists every occurrence with offsets into the text', () => {
    const text = 'Greenwater Engineering won. Shares in Greenwater Engineering rose.';
    const [candidate] = detectActorCandidates(text, []);
    expect(candidate?.occurrences.map((o) => text.slice(o.start, o.end))).toEqual([
      'Greenwater Engineering',
      'Greenwater Engineering',
    ]);
  });
});
