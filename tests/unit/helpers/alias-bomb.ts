/**
 * An article whose frontmatter nests YAML aliases `levels` deep, `width` to a level: under a
 * kilobyte of text that stands for width^levels values once expanded. The last level is used as a
 * claim's type, which is also the wrong kind of value there.
 */
export function aliasBomb(levels: number, width: number): string {
  const definitions = Array.from(
    { length: levels },
    (_, i) => `  - &l${i + 1} [${Array.from({ length: width }, () => `*l${i}`).join(', ')}]`,
  );
  return [
    '---',
    'title: Bomb',
    'summary: A frontmatter alias bomb.',
    'author: writer',
    'analysed: 2026-11-28',
    'source: { url: "https://example.org/a", publisher: Example, language: en }',
    'x-lol:',
    '  - &l0 "lol"',
    ...definitions,
    'claims:',
    '  c1:',
    `    type: *l${levels}`,
    '    claimant: author',
    '    status: unverified',
    '---',
    ':claim[One thing]{#c1}.',
    '',
  ].join('\n');
}
