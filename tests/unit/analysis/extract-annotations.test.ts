import { describe, expect, test } from 'vitest';
import { parseFixture, problemsOf as problems } from '../helpers/parse.ts';

// Each fixture is fixture.md: its frontmatter's fixed lines end at line 7 (line 7 holds an
// assessment with no key claims), the lines given here start at line 8, and the body follows.
const MINISTRY = { 'the Ministry': 'ministry' };

describe('an article with its claims, events and mentions', () => {
  const parsed = parseFixture(
    'The Ministry said :actor[it]{ref=ministry} was fair. ' +
      ':claim[the Ministry cut the quota]{#cut} :event[on 3 January 2026]{#set}.\n\n' +
      'Asked, :actor[the writer]{ref=writer} agreed with the Ministry.',
    MINISTRY,
    'claims:\n  cut: { type: attributed, claimant: ministry, status: unverified }\n' +
      'events:\n  set: { summary: A quota is set, type: policy, date: 2026-01-03 }\n',
  );

  test('has no problems, and its text is the words without markers, paragraphs apart', () => {
    expect(parsed.file.messages.map(String)).toEqual([]);
    expect(parsed.article?.plainText).toBe(
      'The Ministry said it was fair. the Ministry cut the quota on 3 January 2026.\n\n' +
        'Asked, the writer agreed with the Ministry.',
    );
  });

  test('lists every mention in reading order: marked by hand, or found by an alias as written', () => {
    // "The Ministry" with a capital T is not the alias "the Ministry": aliases match as written.
    // A mention inside a claim's words names that claim.
    expect(parsed.article?.mentions).toEqual([
      { actor: 'ministry', text: 'it', paragraph: 0, marked: true },
      { actor: 'ministry', text: 'the Ministry', paragraph: 0, marked: false, claim: 'cut' },
      { actor: 'writer', text: 'the writer', paragraph: 1, marked: true },
      { actor: 'ministry', text: 'the Ministry', paragraph: 1, marked: false },
    ]);
  });

  test('yields the claims and events the markers name', () => {
    expect(parsed.claims.map((c) => c.id)).toEqual(['cut']);
    expect(parsed.events.map((e) => e.id)).toEqual(['set']);
  });
});

describe('an article is refused with file:line:column and the fix', () => {
  test('when a claim record has no marker in the text', () => {
    expect(
      problems(
        'Nothing marked.',
        'claims:\n  cut: { type: factual, claimant: author, status: unverified }\n',
      ),
    ).toEqual([
      'fixture.md:9:3: claims.cut has no :claim[…]{#cut} marker in the text; mark the words it ' +
        'refers to, or remove the record (list retired claim ids under retired:)',
    ]);
  });

  test('when a retired claim id comes back, or a retired id points at no claim', () => {
    expect(
      problems(
        ':claim[A cut.]{#cut type=factual claimant=author status=unverified}',
        'retired:\n  cut: { note: Removed. }\n  gone: { to: missing, note: Renamed. }\n',
      ),
    ).toEqual([
      'fixture.md:9:3: retired claim id "cut" is still used by a claim; a retired id must not ' +
        'come back, choose a new id for the claim',
      'fixture.md:10:11: retired.gone.to: unknown claim "missing"; point it at a claim of this ' +
        'article or leave "to" out',
    ]);
  });

  test('when a claim has a verdict but the assessment names no key claim', () => {
    expect(
      problems(
        ':claim[A cut.]{#cut}',
        'claims:\n  cut:\n    type: factual\n    claimant: author\n    status: supported\n' +
          '    finding: The cut is on record.\n' +
          '    sources:\n      - { url: "https://example.org/q", title: Q, publisher: P, date: 2026-01-02 }\n',
      ),
    ).toEqual([
      'fixture.md:7:94: assessment.key is empty but the article has claims with a verdict; list ' +
        'the claims a reader must see first',
    ]);
  });

  test('when a hand-marked mention names an unknown actor', () => {
    expect(problems('Then :actor[he]{ref=nobody} spoke.')).toEqual([
      'fixture.md:9:6: :actor ref: unknown actor "nobody"; add content/actors/nobody.md or use ' +
        'one of the known actor ids',
    ]);
  });
});
