import { describe, expect, test } from 'vitest';
import { idProblem, isValidId } from '../../../src/analysis/ids.ts';
import { ArticleFrontmatterSchema } from '../../../src/analysis/schema/article-frontmatter.ts';

// Ids never name what every JavaScript object already has, and records keyed by id have no
// prototype, so neither a check nor a lookup depends on what Object.prototype holds.

describe('the id rules', () => {
  test.each(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'])(
    'refuse %s, saying why',
    (id) => {
      expect(isValidId(id)).toBe(false);
      expect(idProblem(id)).toBe(
        `"${id}" is a name every JavaScript object has, so as an id it would be confused with ` +
          'the built-in one; choose another id',
      );
    },
  );

  test('accept ordinary ids, and give the pattern for malformed ones', () => {
    expect(isValidId('india-strong-support')).toBe(true);
    expect(idProblem('India')).toMatch(/^"India" is not a valid id: use 2–63 lower-case/);
  });
});

describe('records keyed by id', () => {
  const frontmatter = {
    title: 'T',
    summary: 'S',
    author: 'writer',
    analysed: '2026-11-28',
    source: { url: 'https://example.org/a', publisher: 'Example', language: 'en' },
    assessment: { verdict: 'V', summary: 'One sentence. Two sentences.', key: ['c1'] },
    claims: { c1: { type: 'opinion', claimant: 'author', status: 'unverified' } },
  };

  test('have no prototype, so an id lookup finds only records', () => {
    const parsed = ArticleFrontmatterSchema.parse(frontmatter);
    expect(Object.getPrototypeOf(parsed.claims)).toBeNull();
    expect((parsed.claims as Record<string, unknown>)['constructor']).toBeUndefined();
    expect(Object.keys(parsed.claims ?? {})).toEqual(['c1']);
  });

  test('refuse a __proto__ key instead of dropping it', () => {
    const claims = JSON.parse('{"__proto__": {"type": "opinion"}}') as unknown;
    const result = ArticleFrontmatterSchema.safeParse({ ...frontmatter, claims });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        ['claims', '__proto__'],
        '"__proto__" is a name every JavaScript object has, so as an id it would be confused with ' +
          'the built-in one; choose another id',
      ],
    ]);
  });
});
