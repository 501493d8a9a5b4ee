import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AnnotateServer } from '../../../src/integrations/annotate/server.ts';

// Messages a hostile page could send to the Annotate handler (tests/fixtures/attacks/annotate/),
// each with the answer it must get; none changes the article.
const root = 'tests/fixtures/attacks/annotate';
const cases = readdirSync(root).filter((name) => name.endsWith('.json'));

/** A fixture's message with each `{ "$repeat": s, "times": n }` written out. */
const expand = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(expand);
  if (value === null || typeof value !== 'object') return value;
  const repeat = value as { $repeat?: string; times?: number };
  if (typeof repeat.$repeat === 'string') return repeat.$repeat.repeat(repeat.times ?? 1);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v)]));
};

describe('hostile Annotate messages get their answer and change nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-annotate-attacks-'));
  cpSync('content', dir, { recursive: true });
  const article = join(dir, 'articles', 'japan-india-rare-earths.md');
  const before = readFileSync(article, 'utf8');
  const server = new AnnotateServer(dir, () => undefined);

  test.each(cases)('%s', async (name) => {
    const fixture = JSON.parse(readFileSync(join(root, name), 'utf8')) as {
      message: unknown;
      answer: { ok: false; message: string };
    };
    const { answer, written } = await server.call(expand(fixture.message));
    const expected = fixture.answer.message;
    if (expected.startsWith('$prefix:'))
      expect(answer).toEqual({ ok: false, message: expect.stringMatching(/^/) });
    if (expected.startsWith('$prefix:'))
      expect(answer.ok ? '' : answer.message.startsWith(expected.slice('$prefix:'.length))).toBe(
        true,
      );
    else expect(answer).toEqual(fixture.answer);
    expect(written).toBeUndefined();
    expect(readFileSync(article, 'utf8')).toBe(before);
    // No answer names a place on this machine.
    expect(JSON.stringify(answer)).not.toContain(dir);
  });
});
