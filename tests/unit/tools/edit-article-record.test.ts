import { describe, expect, it } from 'vitest';
import { editArticleRecord } from '../../../src/tools/edit-article-record.ts';

const assessment = {
  verdict: 'Accurate on the ban, misleading on the G7',
  summary: 'The ban is reported accurately. The G7 did not meet because of it.',
  key: ['g7-met', 'ban'],
};
const draft = [
  'draft: true # a new article',
  'title: "Japan and China"',
  'source: &src',
  '  url: https://example.com/a',
  'claims:',
  '  ban:',
  '    type: factual',
  '    sources: [*src]',
  '',
].join('\n');

describe('editing the article record', () => {
  it('writes a missing assessment before the claims and changes no other line', () => {
    const next = editArticleRecord(draft, { assessment });
    expect(next).toBe(
      draft.replace(
        'claims:\n',
        'assessment:\n' +
          '  verdict: Accurate on the ban, misleading on the G7\n' +
          '  summary: The ban is reported accurately. The G7 did not meet because of it.\n' +
          '  key: [g7-met, ban]\n' +
          'claims:\n',
      ),
    );
  });

  it('rewrites an existing assessment in its place, lines around it untouched', () => {
    const written = editArticleRecord(draft, { assessment });
    const next = editArticleRecord(written, { assessment: { ...assessment, key: ['ban'] } });
    expect(next).toBe(written.replace('key: [g7-met, ban]', 'key: [ban]'));
  });

  it('quotes what YAML would read as another type', () => {
    const next = editArticleRecord(draft, {
      assessment: { verdict: 'False', summary: 'No. It is not. ', key: ['null'] },
    });
    expect(next).toContain('  verdict: "False"\n');
    expect(next).toContain('  key: ["null"]\n');
  });

  it('sets draft to false, keeping the comment on its line', () => {
    expect(editArticleRecord(draft, { draft: false })).toBe(
      draft.replace('draft: true # a new article', 'draft: false # a new article'),
    );
  });

  it('starts an updates log at the end when there is none', () => {
    const next = editArticleRecord(draft, {
      update: { date: '2026-12-08', kind: 'correction', note: 'Fixed: the date of the ban.' },
    });
    expect(next).toBe(
      `${draft}updates:\n  - date: 2026-12-08\n    kind: correction\n    note: "Fixed: the date of the ban."\n`,
    );
  });

  it('puts a new update first (newest first), below a comment, with the list indent', () => {
    const log =
      'title: T\nupdates:\n  # newest first\n  - date: 2026-11-01\n    kind: update\n    note: x\n';
    const next = editArticleRecord(log, {
      update: { date: '2026-12-08', kind: 'rating-change', from: 'false', note: 'Found.' },
    });
    expect(next).toBe(
      log.replace(
        '  - date: 2026-11-01',
        '  - date: 2026-12-08\n    kind: rating-change\n    from: "false"\n    note: Found.\n  - date: 2026-11-01',
      ),
    );
  });

  it('writes "from" only for a rating-change', () => {
    const next = editArticleRecord(draft, {
      update: { date: '2026-12-08', kind: 'update', from: 'false', note: 'More.' },
    });
    expect(next).not.toContain('from:');
  });
});
