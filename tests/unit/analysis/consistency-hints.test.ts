import { describe, expect, test } from 'vitest';
import {
  consistencyHints,
  placeHints,
  type HintedClaim,
} from '../../../src/analysis/consistency-hints.ts';
import { createArticleProcessor, parseArticle } from '../../../src/analysis/parse-article.ts';

const SOURCE =
  '{ url: "https://example.org/r", title: Report, publisher: Example, date: 2026-01-12 }';

/** A fixture article with one claim, whose record is given as YAML lines, parsed by the real parser. */
function parsedWith(body: string, id: string, record: string) {
  const source = [
    '---',
    'title: Fixture',
    'summary: A fixture.',
    'author: writer',
    'analysed: 2026-11-28',
    'source: { url: "https://example.org/", publisher: Example, language: en }',
    `assessment: { verdict: Fixture verdict, summary: "One sentence. Another.", key: [${id}] }`,
    'claims:',
    `  ${id}:`,
    ...record.split('\n').map((line) => `    ${line}`),
    '---',
    body,
    '',
  ].join('\n');
  const processor = createArticleProcessor({ ids: new Set(['writer']), aliases: new Map() });
  const parsed = parseArticle(processor, source, 'fixture.md');
  expect(parsed.file.messages.map(String)).toEqual([]);
  return parsed;
}

const claim = (fields: Partial<HintedClaim> & Pick<HintedClaim, 'id'>): HintedClaim => ({
  // One made-up word, so that claims given no text share none.
  text: `Zq${fields.id}`,
  type: 'factual',
  status: 'supported',
  claimant: 'writer',
  events: [],
  ...fields,
});

describe('a finding whose wording disagrees with its status', () => {
  test('"Contradicted by the record" on a disputed claim, placed at its finding', () => {
    const parsed = parsedWith(
      ':claim[The G7 dares not act.]{#dares}',
      'dares',
      `claimant: writer\ntype: factual\nstatus: disputed\nsources: [${SOURCE}]\n` +
        'finding: "Contradicted by the record: they met."',
    );
    const hints = placeHints(consistencyHints(parsed.claims), parsed.file);
    expect(hints).toEqual([
      expect.objectContaining({
        rule: 'wording-contradicts-status',
        claim: 'dares',
        field: 'finding',
        path: ['claims', 'dares', 'finding'],
        line: 14,
        column: 5,
      }),
    ]);
    expect(hints[0]?.message).toContain('"contradicted by"');
    expect(hints[0]?.message).toContain('rate it False');
    // The place is the field's, in the file: the line that holds `finding:` of that claim.
    const line = String(parsed.file.value).split('\n')[(hints[0]?.line ?? 0) - 1];
    expect(line?.slice((hints[0]?.column ?? 1) - 1)).toMatch(/^finding:/);
  });

  test.each([
    ['roughly', 'Roughly right: about 22%, nearer a fifth.'],
    ['broadly', 'Broadly consistent with reporting.'],
    ['in substance', 'Right in substance, not in its words.'],
  ])('"%s" on a supported claim', (phrase, finding) => {
    const hints = consistencyHints([claim({ id: 'rise', finding })]);
    expect(hints.map((h) => [h.rule, h.field])).toEqual([
      ['wording-contradicts-status', 'finding'],
    ]);
    expect(hints[0]?.message).toContain(`"${phrase}"`);
  });

  test('the note is read by its first sentence, where it gives its verdict', () => {
    const note = 'Roughly right. Nothing else in the note is a verdict, contradicted by nothing.';
    expect(consistencyHints([claim({ id: 'rise', note })]).map((h) => h.field)).toEqual(['note']);
    const later = 'The rise is 22%. It is roughly a fifth.';
    expect(consistencyHints([claim({ id: 'rise', note: later })])).toEqual([]);
  });

  test('wording that fits its status gives no hint', () => {
    expect(
      consistencyHints([
        claim({ id: 'a', status: 'false', finding: 'Contradicted by the record: no meeting.' }),
        claim({ id: 'b', status: 'disputed', finding: 'Partly right: most budgets are larger.' }),
        claim({ id: 'c', finding: 'Correct: they met on 16 January 2026.' }),
        claim({ id: 'd', status: 'misleading', finding: 'Stronger than what he said.' }),
      ]),
    ).toEqual([]);
  });

  test('"correct" judges only where a finding opens with it', () => {
    expect(
      consistencyHints([
        claim({ id: 'a', status: 'false', finding: 'Correct: they met.' }),
        claim({ id: 'b', status: 'false', finding: 'No: the correct date is 12 January.' }),
      ]).map((h) => h.claim),
    ).toEqual(['a']);
  });
});

describe('a verdict on what cannot be checked', () => {
  test.each(['opinion', 'speculation', 'prediction'] as const)(
    'a claim of type %s rated disputed is pointed at its status',
    (type) => {
      const hints = consistencyHints([claim({ id: 'view', type, status: 'disputed' })]);
      expect(hints).toEqual([
        expect.objectContaining({ rule: 'rating-not-for-type', claim: 'view', field: 'status' }),
      ]);
      expect(hints[0]?.message).toContain(`type ${type} is rated Disputed`);
      expect(hints[0]?.message).toContain('rate it Not checkable');
    },
  );

  test('a quote is rated on its words, so it cannot be Disputed or Not checkable', () => {
    const hints = consistencyHints([
      claim({ id: 'q1', type: 'quote', status: 'disputed' }),
      claim({ id: 'q2', type: 'quote', status: 'not-checkable' }),
      claim({
        id: 'q3',
        type: 'quote',
        status: 'missing-context',
        finding: 'Trimmed: it drops the end.',
      }),
    ]);
    expect(hints.map((h) => [h.claim, h.rule])).toEqual([
      ['q1', 'rating-not-for-type'],
      ['q2', 'rating-not-for-type'],
    ]);
  });

  test('an opinion not rated, or a factual claim rated, is fine', () => {
    expect(
      consistencyHints([
        claim({ id: 'a', type: 'opinion', status: 'not-checkable' }),
        claim({ id: 'b', type: 'factual', status: 'misleading' }),
      ]),
    ).toEqual([]);
  });
});

describe('two claims that say the same thing, rated apart', () => {
  const caption = 'German Finance Minister Klinsbeil warns G7 not to form an "anti-China alliance"';
  const text =
    'At the meeting, German Finance Minister Klinsbeil also warned that regardless of how they try ' +
    'to reduce dependence on China, they must never form an "anti-China alliance."';

  test('near-identical words, different ratings: the later claim is pointed at, naming the first', () => {
    const hints = consistencyHints([
      claim({ id: 'caption', text: caption }),
      claim({ id: 'remark', text, status: 'misleading' }),
    ]);
    expect(hints).toEqual([
      expect.objectContaining({
        rule: 'twins-rated-apart',
        claim: 'remark',
        other: 'caption',
        field: 'status',
      }),
    ]);
    expect(hints[0]?.message).toMatch(/claim remark \(Misleading\) shares \d+% of its words/);
  });

  test('rated alike, or saying different things, they give no hint', () => {
    expect(
      consistencyHints([
        claim({ id: 'caption', text: caption }),
        claim({ id: 'remark', text }),
        claim({
          id: 'budget',
          text: 'Every budget related to the rare earth industry is billions of dollars.',
          status: 'disputed',
        }),
      ]),
    ).toEqual([]);
  });

  test('the same claimant and events lower the bar for what counts as the same assertion', () => {
    const a = 'India has declared that cooperation with Japan will be a top priority.';
    const b = 'India said to Japan that rare earth cooperation is its priority.';
    const apart = [claim({ id: 'a', text: a }), claim({ id: 'b', text: b, status: 'unverified' })];
    expect(consistencyHints(apart)).toEqual([]);
    const sameEvents = apart.map((c) => ({ ...c, events: ['talks'] }));
    expect(consistencyHints(sameEvents).map((h) => h.rule)).toEqual(['twins-rated-apart']);
  });
});
