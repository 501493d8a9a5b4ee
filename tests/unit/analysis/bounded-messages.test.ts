import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCorpusFrom } from '../../../src/analysis/load-corpus.ts';
import { QUOTE_LIMIT, quoteValue } from '../../../src/analysis/quote-value.ts';
import { aliasBomb } from '../helpers/alias-bomb.ts';
import { SEED } from '../helpers/seed.ts';

// A message quotes a bounded part of any value and says how big the value is, without expanding
// it; YAML aliases that stand for too much are refused at the alias, quickly and in little memory.

/** 9 levels of 9 arrays sharing one array each, as YAML aliases share values: 9^8 leaves. */
function sharedArrays(levels: number, width: number): unknown {
  let value: unknown = 'lol';
  for (let i = 0; i < levels; i++) value = Array.from({ length: width }, () => value);
  return value;
}

describe('quoteValue', () => {
  test('quotes a short value whole', () => {
    expect(quoteValue('rumour')).toBe('"rumour"');
    expect(quoteValue(['a', 1, { b: null }])).toBe('["a", 1, {"b": null}]');
  });

  test('cuts a long string at the limit and gives its length', () => {
    const quoted = quoteValue('x'.repeat(50_000));
    expect(quoted).toBe(`"${'x'.repeat(QUOTE_LIMIT - 1)}… (a string of 50,000 characters)`);
  });

  test('gives the size of a shared value without expanding it', () => {
    const quoted = quoteValue(sharedArrays(8, 9));
    expect(quoted.length).toBeLessThan(QUOTE_LIMIT + 80);
    expect(quoted).toMatch(
      /^\[\[\[\[\[\[\[\["lol", "lol", .*… \(an array of 9 items, 43,046,721 values in all\)$/,
    );
  });

  test('a value that contains itself is quoted once', () => {
    const loop: unknown[] = ['a'];
    loop.push(loop);
    expect(quoteValue(loop)).toBe('["a", …]');
  });
});

describe('YAML alias bombs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-bomb-'));
  test.each([
    ['a small one (9^8 = 43,046,721 values)', 8, 9],
    ['one of 10^9 values', 9, 10],
  ])(
    '%s fails at an alias, quickly, in little memory, with a short message',
    (_, levels, width) => {
      const path = join(dir, `bomb-${levels}-${width}.md`);
      writeFileSync(path, aliasBomb(levels, width));
      // Bounds the issue sets, not a benchmark: unbounded, the small bomb took 17 s and 2.3 GB.
      // Module loading is left out of the time: it depends on the machine's load, not the input.
      const child = spawnSync('node', ['tests/unit/helpers/parse-in-child.ts', path], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(child.signal, child.stderr).toBeNull();
      const { messages, seconds, peakRssMb } = JSON.parse(child.stdout) as {
        messages: string[];
        seconds: number;
        peakRssMb: number;
      };
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(
        new RegExp(
          `^${path}:\\d+:\\d+: alias "\\*l\\d" stands for [\\d,]+ values, .*write the value out instead$`,
        ),
      );
      expect(messages[0]?.length).toBeLessThan(500);
      expect(seconds).toBeLessThan(5);
      expect(peakRssMb).toBeLessThan(500);
    },
  );

  test('aliases for shared sources, as the seed article uses them, still build', () => {
    expect(() =>
      loadCorpusFrom({ actorDirs: [`${SEED}/actors`], articleDirs: [`${SEED}/articles`] }),
    ).not.toThrow();
  });
});
