import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createArticleProcessor, parseArticle } from '../../../src/analysis/parse-article.ts';
import { analyzeContent } from '../../../src/tools/analyze-content.ts';
import { contentActors } from '../../../src/tools/content-actors.ts';
import { createArticle } from '../../../src/tools/create-article.ts';
import { resemblance } from '../../../src/tools/actor-resemblance.ts';
import { attributionOf } from '../../../src/tools/attributed-speaker.ts';

// `npm run new` then `npm run analyze -- --fix` on short texts written in the styles the tool
// meets: an agency report of a briefing, an official statement, an opinion piece and a machine
// translation, against a few actors already described (tests/fixtures/tools/reporting/actors).
const FIXTURES = 'tests/fixtures/tools/reporting';

/** What --fix proposed for one text: alias proposals, new actor files and each claim's id and claimant. */
function proposals(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-reporting-'));
  cpSync(join(FIXTURES, 'actors'), join(dir, 'actors'), { recursive: true });
  const before = new Set(readdirSync(join(dir, 'actors')));
  const slug = basename(text, '.txt');
  createArticle(dir, {
    slug,
    text: readFileSync(join(FIXTURES, text), 'utf8'),
    url: 'https://example.org/report',
    publisher: 'Example',
    published: '2026-01-08',
    analysed: '2026-11-30',
    author: 'writer',
  });
  const analysis = analyzeContent({
    contentDir: dir,
    slugs: [slug],
    fix: true,
    compareWithCommit: false,
  });
  const report = analysis.articles[0];
  const path = join(dir, 'articles', `${slug}.md`);
  const { registry } = contentActors(dir);
  const parsed = parseArticle(createArticleProcessor(registry), readFileSync(path, 'utf8'), path);
  return {
    aliases: (report?.actors ?? []).flatMap((a) =>
      a.resembles ? [[a.text, a.resembles.actor, a.resembles.evidence]] : [],
    ),
    newActors: readdirSync(join(dir, 'actors'))
      .filter((name) => !before.has(name) && name !== 'writer.md')
      .map((name) => {
        const source = readFileSync(join(dir, 'actors', name), 'utf8');
        return [name, /^name: (.*)$/m.exec(source)?.[1]];
      }),
    claims: parsed.claims.map((c) => [c.id, c.claimant]),
    problems: parsed.file.messages.map(String),
  };
}

describe('analyze --fix on real reporting', () => {
  test('an agency report of a briefing: aliases for the known, one whole new name, the speakers as claimants', () => {
    expect(proposals('briefing.txt')).toEqual({
      aliases: [
        ['Ministry of Commerce (MOFCOM)', 'china-mofcom', 'name with abbreviation'],
        ['Prime Minister Takaichi', 'takaichi-sanae', 'title and surname'],
        ['Takaichi', 'takaichi-sanae', 'same surname'],
      ],
      // The whole name: "He" is his family name, not a pronoun.
      newActors: [['he-yadong.md', 'He Yadong']],
      claims: [
        ['export-licences-seven-rare', 'he-yadong'],
        // "He said" and "according to the spokesperson" are the speaker named before.
        ['measures-lawful-targeted-particular', 'he-yadong'],
        ['exports-rare-earth-magnets', 'he-yadong'],
        ['japan-raise-g7', 'takaichi-sanae'],
      ],
      problems: [],
    });
  });

  test('an official statement speaks in its own voice: its author is the claimant', () => {
    expect(proposals('statement.txt')).toEqual({
      aliases: [],
      newActors: [],
      claims: [
        ['ministry-foreign-affairs-japan', 'writer'],
        ['measures-target-80-percent', 'writer'],
      ],
      problems: [],
    });
  });

  test('an opinion piece: unnamed critics are no actor, and the author keeps the claims', () => {
    expect(proposals('opinion.txt')).toEqual({
      aliases: [],
      newActors: [],
      claims: [
        ['my-view-g7-stand', 'writer'],
        ['critics-ban-cost-china', 'writer'],
        ['real-lesson-supply-chains', 'writer'],
      ],
      problems: [],
    });
  });

  test('a machine translation: a garbled name known as an alias, and "according to" a ministry', () => {
    expect(proposals('machine-translation.txt')).toEqual({
      aliases: [],
      newActors: [],
      claims: [
        ['protest-demand-china-revoke', 'takaichi-sanae'],
        ['export-17-kinds-rare', 'china-mofcom'],
      ],
      problems: [],
    });
  });
});

describe('the parts', () => {
  const actors = [
    { id: 'takaichi-sanae', name: 'Takaichi Sanae', kind: 'person', aliases: [] },
    { id: 'helena-voss', name: 'Helena Voss', kind: 'person', aliases: [] },
  ];

  test('a surname, a title with a surname or with the whole name resemble a person, with the evidence', () => {
    expect(resemblance('Voss', actors)).toMatchObject({
      actor: 'helena-voss',
      evidence: 'same surname',
    });
    expect(resemblance('Takaichi', actors)?.evidence).toBe('same surname');
    expect(resemblance('Mayor Helena Voss', actors)?.evidence).toBe('title and name');
    expect(resemblance('Helena Reyes', actors)).toBeUndefined();
  });

  test('a name two actors share is left to the analyst', () => {
    const twins = [...actors, { id: 'anna-voss', name: 'Anna Voss', kind: 'person', aliases: [] }];
    expect(resemblance('Voss', twins)).toBeUndefined();
  });

  test('the speaker of a sentence, in its three forms', () => {
    const of = (sentence: string) => attributionOf(sentence)?.speaker;
    expect(of('He said the measures were lawful.')).toBe('He');
    expect(of('A spokesperson for the ministry, He Yadong, said exports would stop.')).toBe(
      'He Yadong',
    );
    expect(of('"Exports will stop," said the spokesperson.')).toBe('the spokesperson');
    expect(of('Exports fell, according to the ministry.')).toBe('the ministry');
    expect(
      of('The measures that the ministry announced last week target no country.'),
    ).toBeUndefined();
  });
});
