import { describe, expect, test } from 'vitest';
import { parseFixture, problemsOf as problems } from '../helpers/parse.ts';

// Each fixture is fixture.md: its frontmatter's fixed lines end at line 7, the lines given here
// start at line 8, and the body follows the closing `---`.
const MINISTRY = { 'the Ministry': 'ministry' };

describe('a claim marker with its record', () => {
  const parsed = parseFixture(
    'First, :claim[the Ministry cut the quota]{#cut} by half.\n\n' +
      ':claim[It was fair.]{#fair type=opinion claimant=author status=unverified}',
    MINISTRY,
    'claims:\n  cut: { type: attributed, claimant: ministry, status: unverified, about: [ministry] }\n',
  );

  test('becomes a claim numbered in reading order, quoting the marked words where they stand', () => {
    expect(parsed.file.messages.map(String)).toEqual([]);
    expect(
      parsed.claims.map(({ paragraphText: _paragraph, updates: _updates, ...claim }) => claim),
    ).toEqual([
      {
        id: 'cut',
        article: 'fixture',
        number: 1,
        text: 'the Ministry cut the quota',
        type: 'attributed',
        claimant: 'ministry',
        status: 'unverified',
        sources: [],
        about: ['ministry'],
        events: [],
        flags: [],
        selector: {
          exact: 'the Ministry cut the quota',
          prefix: 'First, ',
          suffix: ' by half.\n\nIt was fair.',
          start: 7,
          end: 33,
        },
        paragraph: 0,
      },
      {
        id: 'fair',
        article: 'fixture',
        number: 2,
        text: 'It was fair.',
        type: 'opinion',
        claimant: 'writer',
        status: 'unverified',
        sources: [],
        about: [],
        events: [],
        flags: [],
        selector: {
          exact: 'It was fair.',
          prefix: 'inistry cut the quota by half.\n\n',
          suffix: '',
          start: 44,
          end: 56,
        },
        paragraph: 1,
      },
    ]);
  });
});

describe('a claim is refused with file:line:column and the fix', () => {
  test('whose claimant is unknown, at the claimant field', () => {
    expect(
      problems(
        ':claim[A quota was cut.]{#cut}',
        'claims:\n  cut: { type: factual, claimant: nobody, status: unverified }\n',
      ),
    ).toEqual([
      'fixture.md:9:25: claim "cut" claimant: unknown actor "nobody"; add content/actors/nobody.md ' +
        'or use one of the known actor ids',
    ]);
  });

  test('whose marker has no record and no inline fields, at the marker', () => {
    expect(problems('Text :claim[a quota was cut]{#cut}.')).toEqual([
      'fixture.md:9:6: claim marker "cut" has no record; add claims: cut: with type, claimant and ' +
        'status to the frontmatter (or give them inline)',
    ]);
  });

  test('that lacks a status', () => {
    expect(problems(':claim[A quota was cut.]{#cut type=factual claimant=author}')).toEqual([
      'fixture.md:9:1: claim "cut" is missing status; add it to its frontmatter record or inline',
    ]);
  });

  test('whose type is not in the vocabulary, listing the allowed ones', () => {
    expect(
      problems(':claim[A quota was cut.]{#cut type=rumour claimant=author status=unverified}'),
    ).toEqual([
      'fixture.md:9:1: claim "cut": type "rumour" is not allowed; allowed values: factual, ' +
        'attributed, opinion, speculation, prediction, quote',
    ]);
  });

  test('with a verdict but no sources, at its status', () => {
    expect(
      problems(
        ':claim[A quota was cut.]{#cut}',
        'claims:\n  cut:\n    type: factual\n    claimant: author\n    status: "false"\n' +
          '    finding: No quota was cut.\n',
      )[0],
    ).toBe(
      'fixture.md:12:5: claim "cut" has status "false" but no sources; cite the sources you ' +
        'checked, or use unverified / not-checkable',
    );
  });

  test('with a verdict but no finding, at its status', () => {
    expect(
      problems(
        ':claim[A quota was cut.]{#cut}',
        'claims:\n  cut:\n    type: factual\n    claimant: author\n    status: supported\n' +
          '    sources:\n      - { url: "https://example.org/q", title: Q, publisher: P, date: 2026-01-02 }\n',
      )[0],
    ).toBe(
      'fixture.md:12:5: claim "cut" has status "supported" but no finding; add finding: the ' +
        'verdict in one sentence of at most 140 characters',
    );
  });

  test('that names an event the text does not mark, at its events', () => {
    expect(
      problems(
        ':claim[A quota was cut.]{#cut}',
        'claims:\n  cut: { type: factual, claimant: author, status: unverified, events: [cutting] }\n',
      ),
    ).toEqual([
      'fixture.md:9:63: claim "cut" events: unknown event "cutting"; mark it with ' +
        ':event[…]{#cutting} or fix the id',
    ]);
  });
});
