import { describe, expect, test } from 'vitest';
import { isValidId } from '../../../src/analysis/ids.ts';
import { createArticleProcessor, parseArticle } from '../../../src/analysis/parse-article.ts';
import { analyzeArticle } from '../../../src/tools/analyze-article.ts';
import { fixArticle } from '../../../src/tools/fix-article.ts';
import { articleSource, registry } from './article-fixture.ts';

function fixed(body: string, extra = '') {
  const source = articleSource(body, extra);
  const { report, context } = analyzeArticle(source, 'fixture.md', registry);
  if (!context) throw new Error(report.errors.map((e) => e.reason).join('\n'));
  const result = fixArticle(report, context, registry);
  const after = parseArticle(createArticleProcessor(registry), result.source, 'fixture.md');
  return { before: context.parsed, after, result };
}

describe('fixArticle', () => {
  test('marks claim-like sentences and dates; the result builds and the text is unchanged', () => {
    const { before, after, result } = fixed(
      'The council voted on March 3. Voss said it would cost $310 million. The next day, critics said the figure ' +
        'is likely to rise. It rained.',
    );
    expect(after.file.messages.map(String)).toEqual([]);
    expect(after.article?.plainText).toBe(before.article?.plainText);
    expect(after.claims.map((c) => c.text)).toEqual([
      'Voss said it would cost $310 million.',
      'The next day, critics said the figure is likely to rise.',
    ]);
    expect(after.events.map((e) => [e.date.asWritten, e.date.value])).toEqual([
      ['March 3', '2026-03-03'],
      ['The next day', '2026-03-04'],
    ]);
    expect(result.skipped).toEqual([]);
  });

  test('records are unverified, guessed, and say what to check', () => {
    const { after } = fixed('Voss said it would cost $310 million.');
    expect(after.claims[0]).toMatchObject({
      status: 'unverified',
      type: 'attributed',
      claimant: 'writer',
    });
    expect(after.claims[0]?.note).toMatch(
      /^TODO: check type and claimant \(guessed attributed from figure "\$310 million", reporting verb "said"/,
    );
  });

  test('a relative date counts from the last day-precise event before it', () => {
    const { after } = fixed(
      'The vote was on March 3. Talks began in June 2025. The next day, shares fell by 6 percent.',
    );
    const next = after.events.find((e) => e.date.asWritten === 'The next day');
    expect(next?.date.relative).toEqual({ anchor: 'march-3', offset: 'P1D' });
  });

  test('a claim holding a new event links to it', () => {
    const { after } = fixed('The next day, critics said the figure is likely to rise.');
    expect(after.claims[0]?.events).toEqual([after.events[0]?.id]);
  });

  test('ids are short, made of key words, valid, unique and never reuse an existing or retired id', () => {
    const { after } = fixed(
      ':claim[Voss said it would cost $310 million.]{#cost-310-million type=factual ' +
        'claimant=writer status=unverified} Voss said it would cost $310 million.',
      'retired:\n  cost-310-million-2: { note: Merged. }\n',
    );
    const ids = after.claims.map((c) => c.id);
    // The speaker and "said" are not what is claimed: the id is.
    expect(ids).toEqual(['cost-310-million', 'cost-310-million-3']);
    expect(ids.every(isValidId)).toBe(true);
  });

  test('keeps escapes, emphasis and existing markers intact', () => {
    const { before, after } = fixed(
      'Note\\: *Voss* said it would cost $310 million. :claim[The G7 met :event[on March 3]{#met ' +
        'date=2026-03-03}.]{#g7-met type=factual claimant=writer status=unverified}',
    );
    expect(after.file.messages.map(String)).toEqual([]);
    expect(after.article?.plainText).toBe(before.article?.plainText);
    expect(after.claims.map((c) => c.id)).toHaveLength(2);
  });

  test('skips, with the reason, a marker that would cut through emphasis, and writes the rest', () => {
    const { before, after, result } = fixed(
      '*Voss said it would cost $310 million. Critics* said the figure is likely to rise.',
    );
    expect(after.article?.plainText).toBe(before.article?.plainText);
    expect(result.skipped.length).toBeGreaterThan(0);
    expect(result.skipped[0]?.reason).toMatch(/cut through/);
  });

  test('adds records without reformatting the frontmatter the analyst wrote', () => {
    const extra =
      '# reviewed by hand\nclaims:\n  g7-met: { type: factual, claimant: author, status: unverified, about: [g7, ' +
      'japan] }\n';
    const { result } = fixed(
      ':claim[The G7 met.]{#g7-met} Voss said it would cost $310 million.',
      extra,
    );
    expect(result.source).toContain('# reviewed by hand\n');
    expect(result.source).toContain('source: { url: "https://example.org/", publisher: Example');
    expect(result.source).toMatch(/about: \[g7, japan\]/);
    expect(result.source).toMatch(/^ {2}cost-310-million:\n {4}type: attributed$/m);
  });

  test.each([
    ['no claims key', ''],
    ['an empty flow map', 'claims: {}\nevents: {}\n'],
  ])('adds a claims map to a frontmatter with %s', (_name, extra) => {
    const { after } = fixed('Voss said it would cost $310 million on March 3.', extra);
    expect(after.file.messages.map(String)).toEqual([]);
    expect(after.claims).toHaveLength(1);
    expect(after.events).toHaveLength(1);
  });

  test('writes nothing when there is nothing to propose', () => {
    const source = articleSource('It rained.');
    const { report, context } = analyzeArticle(source, 'fixture.md', registry);
    expect(context && fixArticle(report, context, registry).source).toBe(source);
  });
});
