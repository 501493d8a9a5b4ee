import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../src/tools/analyze-article.ts';
import { articleSource, registry } from './article-fixture.ts';

/** The source text at a reported line and column. */
const at = (source: string, line: number, column: number, length: number) =>
  source.split('\n')[line - 1]?.slice(column - 1, column - 1 + length);

describe('analyzeArticle', () => {
  const body = [
    'Council approves plant',
    '',
    'The council of Port Alder voted on March 3 to build a plant. Mayor Helena Voss said it would cost $310 million.',
    '',
    ':claim[The next day, *the* G7 warned Japan.]{#g7-warned type=attributed claimant=writer status=unverified} ' +
      'Nothing happened.',
    '',
    'Note\\: Tomas Reyes called it "reckless".',
  ].join('\n');
  const source = articleSource(body);
  const { report } = analyzeArticle(source, 'fixture.md', registry);

  test('reports each date not marked as an event at its line and column, with its suggested date', () => {
    const march = report.dates.find((d) => d.text === 'March 3');
    expect(march).toMatchObject({ value: '2026-03-03', precision: 'day', inferred: ['year'] });
    expect(at(source, march?.line ?? 0, march?.column ?? 0, 7)).toBe('March 3');
    const next = report.dates.find((d) => d.text === 'The next day');
    expect(next).toMatchObject({
      kind: 'relative',
      offset: 'P1D',
      inClaim: 'g7-warned',
      after: { text: 'March 3' },
    });
    expect(at(source, next?.line ?? 0, next?.column ?? 0, 12)).toBe('The next day');
  });

  test('a relative date counts from the last day-precise date before it, marked or not', () => {
    const marked = analyzeArticle(
      articleSource(
        'The vote was :event[on March 3]{#vote date=2026-03-03}. Talks began in June 2025. The next day, shares fell.',
      ),
      'm.md',
      registry,
    ).report;
    expect(marked.dates.find((d) => d.kind === 'relative')?.after).toEqual({
      text: 'on March 3',
      start: 13,
      event: 'vote',
    });
  });

  test('reports names no alias covers, placed after escapes', () => {
    expect(report.actors.map((a) => a.text)).toEqual(['Port Alder', 'Helena Voss', 'Tomas Reyes']);
    const reyes = report.actors.find((a) => a.text === 'Tomas Reyes')?.places[0];
    expect(at(source, reyes?.line ?? 0, reyes?.column ?? 0, 11)).toBe('Tomas Reyes');
  });

  test('reports a known alias inside a claim credited to the author', () => {
    expect(report.aliases.map((a) => [a.claim, a.alias, a.actor])).toEqual([
      ['g7-warned', 'G7', 'g7'],
      ['g7-warned', 'Japan', 'japan'],
    ]);
  });

  test('ranks uncovered sentences, best first, and leaves covered ones out', () => {
    expect(report.claims.slice(0, 2).map((c) => c.text)).toEqual([
      'Note: Tomas Reyes called it "reckless".',
      'Mayor Helena Voss said it would cost $310 million.',
    ]);
    expect(report.claims[1]?.reasons.map((r) => r.feature)).toEqual(['figure', 'reporting verb']);
    expect(report.claims.map((c) => c.text)).not.toContain('The next day, the G7 warned Japan.');
    expect(report.claims.map((c) => c.score)).toEqual(
      [...report.claims.map((c) => c.score)].sort((a, b) => b - a),
    );
  });

  test('sums up coverage', () => {
    expect(report.coverage).toMatchObject({
      sentences: 6,
      coveredSentences: 1,
      claims: 1,
      claimsByStatus: { unverified: 1 },
      events: 0,
    });
    expect(report.coverage?.actors).toBe(2);
  });

  test('returns the parser errors, with file:line:column, and nothing else for a broken article', () => {
    const broken = analyzeArticle(
      articleSource('Text :claim[x]{#c1 claimant=nobody type=factual status=unverified}.'),
      'broken.md',
      registry,
    ).report;
    expect(broken.errors).toHaveLength(1);
    expect(broken.errors[0]).toMatchObject({
      file: 'broken.md',
      line: 9,
      column: 6,
      rule: 'unknown-actor',
    });
    expect(broken.claims).toEqual([]);
  });

  test("does not report a claim's alias when the actor is already in about", () => {
    const { report: about } = analyzeArticle(
      articleSource(
        ':claim[The G7 met.]{#met}',
        'claims:\n  met: { type: factual, claimant: author, status: unverified, about: [g7] }\n',
      ),
      'about.md',
      registry,
    );
    expect(about.aliases).toEqual([]);
  });
});
