// End to end: the two CLIs as an analyst runs them, in a temporary copy of content/, then the
// result loaded with loadCorpus, which is what the build does.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/analysis/load-corpus.ts';
import { BLOCK_SEPARATOR } from '../../../src/analysis/text-blocks.ts';
import type { ContentAnalysis } from '../../../src/tools/analyze-content.ts';
import { splitOriginal } from '../../../src/tools/split-original.ts';
import { SEED } from '../../unit/helpers/seed.ts';

const FIXTURE = 'tests/fixtures/tools/plain.txt';
const content = join(mkdtempSync(join(tmpdir(), 'claimlens-tools-')), 'content');

/** Runs a script with the project's Node, as `npm run` would. */
function run(script: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [`scripts/${script}.ts`, ...args, '--content', content],
    { encoding: 'utf8' },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  cpSync(SEED, content, { recursive: true });
});

describe('npm run new, then npm run analyze --fix, then the build', () => {
  let analysis: ContentAnalysis;

  beforeAll(() => {
    const created = run(
      'new-article',
      'port-alder',
      FIXTURE,
      '--publisher',
      'Example News',
      '--published',
      '2026-03-04',
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const analyzed = run('analyze', 'port-alder', '--json');
    // The assessment is the analyst's to write; in a draft, which npm run new writes, it is no error.
    expect(analyzed.code).toBe(0);
    analysis = JSON.parse(analyzed.stdout) as ContentAnalysis;
    // Two Node start-ups on a shared machine.
  }, 120_000);

  test('new refuses to overwrite the article it made', () => {
    const again = run('new-article', 'port-alder', FIXTURE, '--publisher', 'Example News');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/port-alder\.md already exists; choose another slug/);
  });

  test('analyze says the assessment is still to write, with its place, and analyses the rest', () => {
    const report = analysis.articles[0];
    expect(report?.draft).toBe(true);
    expect(report?.errors).toEqual([]);
    expect(report?.unwritten).toEqual([
      expect.objectContaining({ line: 2, column: 1, rule: 'missing-assessment' }),
    ]);
    expect(report?.unwritten[0]?.reason).toMatch(/^assessment: missing required field; add/);
  });

  test('analyze finds the dates of the text, with the dates they suggest', () => {
    const dates = analysis.articles[0]?.dates.map((d) => [
      d.text,
      d.kind === 'relative' ? d.offset : d.value,
    ]);
    expect(dates).toEqual([
      ['March 3', '2026-03-03'],
      ['June 2025', '2025-06'],
      ['The next day', 'P1D'],
      ['Within a few hours', 'PT3H'],
      ['in 2027', '2027'],
    ]);
  });

  test('analyze finds the names of people and organisations', () => {
    const names = analysis.articles[0]?.actors.map((a) => a.text);
    expect(names).toEqual(
      expect.arrayContaining([
        'Helena Voss',
        'Tomas Reyes',
        'Greenwater Engineering',
        'Coastal Fisheries Association',
        'Port Alder',
      ]),
    );
  });

  test('analyze ranks the figure-bearing sentences as claims, explaining each score', () => {
    const claims = analysis.articles[0]?.claims ?? [];
    for (const figure of ['40 million', '$310 million', '6 percent', 'three years']) {
      const claim = claims.find((c) => c.text.includes(figure));
      expect(
        claim?.reasons.map((r) => r.feature),
        figure,
      ).toContain('figure');
    }
    expect(claims[0]?.score).toBeGreaterThanOrEqual(claims.at(-1)?.score ?? 0);
  });

  test('after --fix the content builds, the text is unchanged and the markers are there', () => {
    const fixed = run('analyze', 'port-alder', '--fix');
    expect(fixed.stdout).toMatch(/port-alder\.md: wrote \d+ marker\(s\)/);
    expect(fixed.stdout).toMatch(
      /port-alder\.md:2:1: to write: assessment: missing required field/,
    );
    expect(fixed.code).toBe(0);
    // The analyst writes the assessment (no claim has a verdict yet, so no key claim), describes
    // the actors --fix found and clears the draft.
    const path = join(content, 'articles', 'port-alder.md');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(
        /^---\ndraft: true\n/,
        '---\nassessment:\n  verdict: Not checked yet\n  summary: Nothing is checked. The claims are marked.\n  ' +
          'key: []\n',
      ),
    );
    for (const name of readdirSync(join(content, 'actors'))) {
      const actor = join(content, 'actors', name);
      writeFileSync(
        actor,
        readFileSync(actor, 'utf8').replace(/^TODO: describe .*$/m, 'Named in the port report.'),
      );
    }

    const corpus = loadCorpus(content);
    const article = corpus.articles.find((a) => a.id === 'port-alder');
    const original = splitOriginal(
      readFileSync(join(content, 'originals', 'port-alder.txt'), 'utf8'),
    );
    expect(article?.plainText.split(BLOCK_SEPARATOR)).toEqual(original.paragraphs);
    expect(article?.source.asWritten).toBe(original.asWritten);
    expect(article?.disclaimer).toBe(original.statement);

    const claims = corpus.claims.filter((c) => c.article === 'port-alder');
    expect(claims.length).toBeGreaterThanOrEqual(8);
    expect(claims.every((c) => c.status === 'unverified' && c.note?.startsWith('TODO:'))).toBe(
      true,
    );
    expect(
      corpus.events.filter((e) => e.article === 'port-alder').map((e) => e.date.asWritten),
    ).toEqual(['March 3', 'June 2025', 'The next day', 'Within a few hours', 'in 2027']);
    expect(new Set(article?.mentions.map((m) => m.actor))).toEqual(
      new Set([
        'port-alder',
        'helena-voss',
        'greenwater-engineering',
        'coastal-fisheries-association',
        'tomas-reyes',
      ]),
    );
  });

  test('after --fix a real astro build of the folder succeeds with no warning and shows the claims', () => {
    const out = join(content, '..', 'dist');
    const build = spawnSync(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out],
      {
        encoding: 'utf8',
        // Its own Astro cache beside the temporary folder, not one more folder under node_modules/.
        env: {
          ...process.env,
          CLAIMLENS_CONTENT: content,
          ASTRO_CACHE_DIR: join(content, '..', 'astro-cache'),
        },
      },
    );
    expect(build.status, build.stderr).toBe(0);
    expect(`${build.stdout}${build.stderr}`).not.toMatch(/\[WARN\]|\bwarn(ing)?:/i);
    const page = readFileSync(join(out, 'articles', 'port-alder', 'index.html'), 'utf8');
    expect(page).toMatch(/id="claim-plant-[a-z0-9-]+"/);
    expect(page).toContain('id="event-the-next-day"');
  }, 180_000);

  test('a second analyze finds less to do; --strict fails on what is left', () => {
    const strict = run('analyze', 'port-alder', '--json', '--strict');
    const after = (JSON.parse(strict.stdout) as ContentAnalysis).articles[0];
    expect(after?.dates).toEqual([]);
    expect(after?.coverage?.share).toBeGreaterThan(0.7);
    // What is left: low-scoring sentences and names compromise found that --fix does not stub (places).
    expect((after?.claims.length ?? 0) + (after?.actors.length ?? 0)).toBeGreaterThan(0);
    expect(strict.code).toBe(1);
  });
});

describe('npm run analyze over a whole content folder', () => {
  test('reports progress on stderr, one line an article, and keeps stdout for the report', () => {
    const all = run('analyze', '--json');
    expect(all.code).toBe(0);
    expect(all.stderr).toMatch(/analyze: \[1\/\d+\] .*\.md\n/);
    expect((JSON.parse(all.stdout) as ContentAnalysis).articles.length).toBeGreaterThanOrEqual(2);
  });

  test('exits 1 with file:line:column when an article has a content error', () => {
    writeFileSync(
      join(content, 'articles', 'broken.md'),
      '---\ntitle: Broken\nsummary: S.\nauthor: nobody\nanalysed: 2026-11-28\nsource: { url: "https://example.org/", publisher: E, language: en }\n---\nText.\n',
    );
    const broken = run('analyze', 'broken');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(
      /articles\/broken\.md:4:1: error: author: unknown actor "nobody"/,
    );
  });

  test('exits 2 on an unknown slug, naming the known ones', () => {
    const unknown = run('analyze', 'no-such-article');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /no article "no-such-article".*known: .*japan-india-rare-earths/,
    );
  });
});
