import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { createArticleProcessor, parseArticle } from '../../src/analysis/parse-article.ts';
import { parseActor } from '../../src/analysis/parse-actor.ts';

// The README's examples are what newcomers copy: they must be valid as written.
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(
  readme.indexOf('## The annotation syntax'),
  readme.indexOf('## Adding an article'),
);
const [article, actor] = [...section.matchAll(/```markdown\n([\s\S]*?)```/g)].map(
  (match) => match[1] ?? '',
);

test('the README article example builds', () => {
  const processor = createArticleProcessor({
    ids: new Set(['newsdesk', 'yahoo-news-japan', 'india', 'japan']),
    aliases: new Map(),
  });
  const parsed = parseArticle(processor, article ?? '', 'content/articles/example.md');
  expect(parsed.file.messages.map(String)).toEqual([]);
  expect(parsed.claims.map((c) => c.id)).toEqual(['ban', 'india-strong-support']);
  expect(parsed.events.map((e) => [e.id, e.date.value])).toEqual([
    ['ban-announced', '2026'],
    ['protest', '2026'],
    ['yahoo-report', '2026-01-19'],
  ]);
});

test('the README actor example is valid once its elided values are filled in', () => {
  const filled = (actor ?? '')
    .replace('https://…, title: …, publisher: …', 'https://example.org/, title: T, publisher: P')
    .replace('links: ["https://…"]', 'links: ["https://example.org/"]');
  const parsed = parseActor(filled, 'content/actors/s-jaishankar.md');
  expect(parsed.file.messages.map(String)).toEqual([]);
  expect(parsed.actor?.aliases).toEqual(['Indian Foreign Minister Sujan Singh', 'Sujan Singh']);
});
