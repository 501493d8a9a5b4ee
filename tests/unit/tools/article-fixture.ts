import type { ActorRegistry } from '../../../src/analysis/parse-state.ts';

/** Actors every tools fixture may use: the author `writer` and three aliased actors. */
export const registry: ActorRegistry = {
  ids: new Set(['writer', 'g7', 'japan', 'china']),
  aliases: new Map([
    ['G7', 'g7'],
    ['Japan', 'japan'],
    ['China', 'china'],
  ]),
};

/** An article source with a valid frontmatter (published 2026-03-04) plus `extra` YAML, and `body`. */
export function articleSource(body: string, extra = ''): string {
  return `---
title: Fixture
summary: A fixture.
author: writer
analysed: 2026-11-28
source: { url: "https://example.org/", publisher: Example, published: 2026-03-04, language: en }
assessment: { verdict: Fixture verdict, summary: "The first sentence. The second sentence.", key: [] }
${extra}---
${body}
`;
}
