import fc from 'fast-check';
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { expect, test } from 'vitest';
import { stringifyMarkdown } from '../../../src/analysis/stringify-markdown.ts';
import { BLOCK_SEPARATOR } from '../../../src/analysis/text-blocks.ts';
import { parseFixture } from '../helpers/parse.ts';

// Generated articles: random text (Markdown-significant characters included) with random spans
// marked as claims and events, serialised by remark-stringify, then parsed by the real pipeline.

const ALIASES = { Japan: 'japan' };
const characters = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyz ABCXYZ 0123456789 .,;:!?\'"()[]{}<>*_`#&\\/|~-+=%$@^ é中日🙂 Japan'.split(
    '',
  ),
);
const text = fc
  .string({ unit: characters, minLength: 1, maxLength: 24 })
  .filter((value) => value.trim() !== '');

/** A run of text, optionally marked; an event may sit inside a claim. */
const segment = fc.record({
  text,
  mark: fc.constantFrom('none', 'none', 'claim', 'event', 'claim+event'),
});
const article = fc.array(fc.array(segment, { minLength: 1, maxLength: 6 }), {
  minLength: 1,
  maxLength: 4,
});

type Segment = { text: string; mark: string };

function build(paragraphs: Segment[][]) {
  const claims: string[] = [];
  const events: string[] = [];
  const marked = (name: 'claim' | 'event', children: PhrasingContent[]): PhrasingContent => {
    const ids = name === 'claim' ? claims : events;
    const id = `${name[0]}${ids.length + 1}x`;
    ids.push(id);
    return { type: 'textDirective', name, attributes: { id }, children };
  };
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((segments): Paragraph => ({
      type: 'paragraph',
      children: segments.map(({ text: value, mark }): PhrasingContent => {
        const plain: PhrasingContent = { type: 'text', value };
        if (mark === 'claim') return marked('claim', [plain]);
        if (mark === 'event') return marked('event', [plain]);
        if (mark === 'claim+event') return marked('claim', [marked('event', [plain])]);
        return plain;
      }),
    })),
  };
  const markdown = stringifyMarkdown(tree);
  const frontmatter = [
    claims.length > 0
      ? `claims:\n${claims
          .map((id) => `  ${id}: { type: opinion, claimant: author, status: unverified }`)
          .join('\n')}\n`
      : '',
    events.length > 0
      ? `events:\n${events
          .map((id, i) => `  ${id}: { summary: Event ${i}, date: 2026-01-0${(i % 9) + 1} }`)
          .join('\n')}\n`
      : '',
  ].join('');
  // remark-stringify encodes outer whitespace (`&#x20;`), so even that survives.
  const expected = paragraphs.map((segments) => segments.map((s) => s.text).join(''));
  return { markdown, frontmatter, claims, events, expected };
}

test('annotation keeps the text, yields one record and one element per marker, and selectors re-anchor', () => {
  fc.assert(
    fc.property(article, (paragraphs) => {
      const { markdown, frontmatter, claims, events, expected } = build(paragraphs);
      const parsed = parseFixture(markdown, ALIASES, frontmatter);
      expect(parsed.file.messages.map(String)).toEqual([]);
      const result = parsed.article;
      if (!result) throw new Error('no article');
      expect(result.plainText.split(BLOCK_SEPARATOR)).toEqual(expected);
      expect(parsed.claims.map((c) => c.id)).toEqual(claims);
      expect(parsed.events.map((e) => e.id)).toEqual(events);
      const html = result.blocks.map((b) => b.html).join('');
      for (const id of claims) expect(html.split(`id="claim-${id}"`)).toHaveLength(2);
      for (const id of events) expect(html.split(`id="event-${id}"`)).toHaveLength(2);
      for (const { selector } of [...parsed.claims, ...parsed.events]) {
        expect(result.plainText.slice(selector.start, selector.end)).toBe(selector.exact);
        expect(result.plainText.slice(0, selector.start).endsWith(selector.prefix)).toBe(true);
        expect(result.plainText.slice(selector.end).startsWith(selector.suffix)).toBe(true);
      }
    }),
    { numRuns: 1000, seed: 20260128 },
  );
});
