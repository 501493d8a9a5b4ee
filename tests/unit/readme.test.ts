import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { createArticleProcessor, parseArticle } from '../../src/analysis/parse-article.ts';
import { parseActor } from '../../src/analysis/parse-actor.ts';

// The README and docs/ are what newcomers read and copy: their examples must be valid as written,
// their links must land, and their prose must stay wrapped at 100 columns, as the code is.
// docs/seed-analysis.md is the analyst's own text, kept as written.
const documents = [
  'README.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md') && name !== 'seed-analysis.md')
    .map((name) => `docs/${name}`),
];
const read = (file: string) => readFileSync(file, 'utf8');
const parse = (file: string): Root => unified().use(remarkParse).parse(read(file));

/** The fenced ```markdown blocks of one section, from its heading to the next `## `. */
function markdownBlocks(file: string, heading: string): string[] {
  const text = read(file);
  const start = text.indexOf(`## ${heading}\n`);
  expect(start, `${file} has a "## ${heading}" section`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n## ', start + 1);
  const section = text.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```markdown\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
}

test('the README article example builds', () => {
  const [article] = markdownBlocks('README.md', 'The annotation syntax');
  const processor = createArticleProcessor({
    ids: new Set(['newsdesk', 'yahoo-news-japan', 'india', 'japan']),
    aliases: new Map(),
  });
  const parsed = parseArticle(processor, article ?? '', 'content/articles/example.md');
  expect(parsed.file.messages.map(String)).toEqual([]);
  expect(parsed.claims.map((c) => c.id)).toEqual(['ban', 'india-strong-support']);
  expect(parsed.events.map((e) => [e.id, e.date.value])).toEqual([
    ['ban-announced', '2026'],
    // "The next day" counts from the record's date of the ban (6 January).
    ['protest', '2026-01-07'],
    ['yahoo-report', '2026-01-19'],
  ]);
});

test('the actor example in docs/annotation.md is valid once its elided values are filled in', () => {
  const [actor] = markdownBlocks('docs/annotation.md', 'Actors');
  const filled = (actor ?? '')
    .replace('https://…, title: …, publisher: …', 'https://example.org/, title: T, publisher: P')
    .replace('links: ["https://…"]', 'links: ["https://example.org/"]');
  const parsed = parseActor(filled, 'content/actors/s-jaishankar.md');
  expect(parsed.file.messages.map(String)).toEqual([]);
  expect(parsed.actor?.aliases).toEqual(['Indian Foreign Minister Sujan Singh', 'Sujan Singh']);
});

/** Every heading's GitHub anchor in a Markdown file, as GitHub and most viewers make them. */
function anchors(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const found = new Set<string>();
  visit(parse(file), 'heading', (node) => {
    found.add(slugger.slug(toString(node)));
  });
  return found;
}

describe.each(documents)('%s', (file) => {
  test('every relative link and image points at a file that exists, and at a heading in it', () => {
    const broken: string[] = [];
    visit(parse(file), ['link', 'image', 'definition'], (node) => {
      if (!('url' in node) || /^[a-z][a-z+.-]*:/i.test(node.url)) return;
      const [path = '', fragment] = node.url.split('#');
      const target = path === '' ? file : join(dirname(file), decodeURI(path));
      const where = `${file}:${node.position?.start.line}: ${node.url}`;
      if (!existsSync(target)) broken.push(`${where} (no ${target})`);
      else if (fragment && target.endsWith('.md') && !anchors(target).has(fragment))
        broken.push(`${where} (no heading #${fragment} in ${target})`);
    });
    expect(broken).toEqual([]);
  });

  test('every file or folder of the project it names in code exists', () => {
    const missing: string[] = [];
    visit(parse(file), 'inlineCode', (node) => {
      // A path of the code, not a placeholder (`<slug>`, `*.md`, `…`); content/ is the analysts'.
      const path = /^(?:src|scripts|tests|public|docs)\/[^\s:#<>*…]*$/.exec(node.value)?.[0];
      if (path && !existsSync(path)) missing.push(`${file}:${node.position?.start.line}: ${path}`);
    });
    expect(missing).toEqual([]);
  });

  test('no line outside a code block is wider than 100 columns', () => {
    const code = new Set<number>();
    visit(parse(file), 'code', (node) => {
      for (
        let line = node.position?.start.line ?? 0;
        line <= (node.position?.end.line ?? -1);
        line++
      )
        code.add(line);
    });
    const wide = read(file)
      .split('\n')
      .map((line, index) => ({ line: index + 1, columns: [...line].length }))
      .filter(({ line, columns }) => columns > 100 && !code.has(line));
    expect(wide).toEqual([]);
  });
});

test('every picture in docs/ is shown by the README or a doc', () => {
  const shown = new Set<string>();
  for (const file of [...documents, 'docs/seed-analysis.md'])
    visit(parse(file), ['image', 'definition'], (node) => {
      if ('url' in node) shown.add(relative('.', join(dirname(file), decodeURI(node.url))));
    });
  const pictures = readdirSync('docs', { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.png'))
    .map((name) => `docs/${name}`);
  expect(pictures.length).toBeGreaterThan(0);
  expect(pictures.filter((picture) => !shown.has(picture))).toEqual([]);
});
