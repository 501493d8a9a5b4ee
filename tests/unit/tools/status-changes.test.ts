import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { analyzeContent } from '../../../src/tools/analyze-content.ts';
import { committedVersion } from '../../../src/tools/committed-version.ts';
import { formatAnalysis, totalsOf } from '../../../src/tools/format-report.ts';
import { articleSource } from './article-fixture.ts';

const body = 'Officials said :claim[exports stop]{#stop}.';
/** The article with claim `stop` at `status`, plus any `updates` lines. */
const article = (status: string, updates = '') =>
  articleSource(
    body,
    `claims:\n  stop:\n    type: factual\n    claimant: author\n    status: ${status}\n` +
      (status === 'unverified'
        ? ''
        : '    finding: The ministry said so.\n    sources:\n' +
          '      - { url: "https://example.org/n", title: Notice, publisher: Ministry, date: 2026-03-04 }\n') +
      updates,
  ).replace('key: []', status === 'unverified' ? 'key: []' : 'key: [stop]');

let dir: string;
let file: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: dir,
    stdio: 'pipe',
  });
const analyze = () => analyzeContent({ contentDir: join(dir, 'content'), slugs: [], fix: false });

/** Commits the article at `status`, then rewrites it as `now` (uncommitted). */
function commitThenEdit(status: string, now: string): void {
  writeFileSync(file, article(status));
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'first');
  writeFileSync(file, now);
}
/** The claim now `supported`, with one rating-change entry `from` the given status. */
const supportedFrom = (from: string) =>
  article(
    'supported',
    `    updates:\n      - { date: 2026-11-29, kind: rating-change, from: ${from}, note: Found. }\n`,
  );

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimlens-status-'));
  mkdirSync(join(dir, 'content', 'actors'), { recursive: true });
  mkdirSync(join(dir, 'content', 'articles'));
  writeFileSync(
    join(dir, 'content', 'actors', 'writer.md'),
    '---\nname: Writer\nkind: person\n---\nA writer.\n',
  );
  file = join(dir, 'content', 'articles', 'ban.md');
});

describe('npm run analyze against the last commit', () => {
  test('reports a status changed with no rating-change entry, at its status line, and fails --strict', () => {
    commitThenEdit('unverified', article('supported'));
    const analysis = analyze();
    const [report] = analysis.articles;
    expect(report?.errors).toEqual([]);
    expect(report?.unwritten).toEqual([]);
    expect(report?.statusChanges).toEqual([
      { claim: 'stop', from: 'unverified', to: 'supported', line: 12, column: 5 },
    ]);
    expect(formatAnalysis(analysis)).toContain(
      `${report?.file}:12:5: claim stop changed from unverified to supported; add to its updates: ` +
        '- { date: YYYY-MM-DD, kind: rating-change, from: unverified, note: why it changed }',
    );
    expect(totalsOf(analysis).suggestions).toBeGreaterThan(0);
  });

  test('a rating-change entry from the committed status satisfies it', () => {
    commitThenEdit('unverified', supportedFrom('unverified'));
    const [report] = analyze().articles;
    expect([...(report?.errors ?? []), ...(report?.unwritten ?? [])]).toEqual([]);
    expect(report?.statusChanges).toEqual([]);
  });

  test('an entry from another status does not', () => {
    commitThenEdit('unverified', supportedFrom('disputed'));
    expect(analyze().articles[0]?.statusChanges.map((c) => c.from)).toEqual(['unverified']);
  });

  test('a file never committed, a repository without commits and a folder outside git have nothing to compare', () => {
    writeFileSync(file, article('supported'));
    expect(committedVersion(file)).toEqual({ found: false, reason: 'not in a git repository' });
    expect(analyze().articles[0]?.statusChanges).toEqual([]);
    git('init', '-q');
    expect(committedVersion(file)).toEqual({ found: false, reason: 'no commit yet' });
    writeFileSync(join(dir, 'README'), 'x');
    git('add', 'README');
    git('commit', '-qm', 'first');
    expect(committedVersion(file)).toEqual({
      found: false,
      reason: 'not committed yet (a new file)',
    });
    expect(analyze().articles[0]?.statusChanges).toEqual([]);
  });
});
