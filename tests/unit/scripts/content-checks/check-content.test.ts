import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../../scripts/content-checks/check-content.ts';
import { unsourcedFigures } from '../../../../scripts/content-checks/figures.ts';
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
    ).toHaveLength(7);
  });
});

describe('a figure in a verdict note', () => {
  test('missing from every cited title and quote is reported', () => {
    expect(unsourcedFigures('It cost $1.4 billion.', 'A $750 million package')).toEqual(['$1.4']);
  });

  test('given by a source, or worked out in a sentence that says so, is not', () => {
    expect(unsourcedFigures('We infer a total of $750 million.', '')).toEqual([]);
    expect(unsourcedFigures('China refines about 91%.', '91% of refining')).toEqual([]);
  });
});
