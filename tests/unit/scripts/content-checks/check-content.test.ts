import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../../scripts/content-checks/check-content.ts';
import { formatFinding } from '../../../../scripts/content-checks/finding.ts';
import { SEED } from '../../helpers/seed.ts';

const BROKEN = 'tests/fixtures/content-check/broken';
const at = `${BROKEN}/articles/broken.md`;

describe('npm run check:content', () => {
  test('content that keeps every rule has nothing to report', () => {
    expect(checkContent(SEED)).toEqual([]);
  });

  test('a content folder that broke each rule once gets one finding per rule, at its place', () => {
    expect(checkContent(BROKEN).map(formatFinding)).toEqual([
      `${BROKEN}/originals/broken.txt:3:1: the content changed: paragraph 2 of the article no ` +
        `longer reads as the original: "The writer signs as Wrietr. Then the Ministry denied it."; ` +
        `restore the original's words in ${at}`,
      `${at}:44:61: the content changed: the sentence "Then the Ministry denied it." is in no ` +
        `claim; mark it with :claim[…]{…}`,
      `${BROKEN}/actors/bystander.md:1:1: the content changed: actor "bystander" is mentioned in ` +
        `no article; add an alias the text uses, or remove the actor`,
      `${at}:44:36: the content changed: claim "writer-garbled" is flagged garbled-name but is ` +
        `about no actor identified with sources; add an identification with sources to the actor ` +
        `it names`,
      `${at}:44:89: the content changed: event "denial" is linked from no claim; add it to a ` +
        `claim's events`,
      `${at}:14:43: the content changed: the note of claim "export-ban" gives $1.4, which no ` +
        `cited source's title or quote contains; cite a source that gives it, quote it, or say ` +
        `"we calculate"`,
      `${at}:9:3: the content changed: claim "export-ban": the finding says "roughly" (the claim ` +
        `is only roughly or partly right), which does not fit False; rate it Missing context, ` +
        `Misleading, Disputed, or reword the finding [wording-contradicts-status]`,
      `${BROKEN}/published-links.txt:3:1: the content changed: ` +
        `/articles/broken/claims/ministry-denies/ is no longer published; restore its claim or ` +
        `event, list a removed claim under the article's retired:, or delete this line on purpose`,
    ]);
  });

  test('the command fails on findings and says the content changed', () => {
    const run = spawnSync(process.execPath, ['scripts/check-content.ts', '--content', BROKEN], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(
      run.stderr.split('\n').filter((line) => line.includes('the content changed')),
    ).toHaveLength(8);
  });
});
