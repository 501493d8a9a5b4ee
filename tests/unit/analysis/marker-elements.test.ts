import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { shapeMarkers } from '../../../src/analysis/marker-elements.ts';
import type { ArticleEvent, Claim } from '../../../src/analysis/schema/entries.ts';

const selector = { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 };
const claim = (id: string, number: number, status: Claim['status']): Claim => ({
  id,
  article: 'quota',
  number,
  text: 'x',
  type: 'factual',
  claimant: 'writer',
  status,
  sources: [],
  about: [],
  events: [],
  flags: [],
  selector,
  paragraph: 0,
  paragraphText: 'x',
  updates: [],
});
const event: ArticleEvent = {
  id: 'set',
  article: 'quota',
  told: 1,
  summary: 'A quota is set',
  type: 'policy',
  date: { asWritten: 'On 3 January', approximate: false },
  actors: [],
  quote: 'x',
  paragraph: 0,
  selector,
};

/** The HTML a Markdown line's markers become, as remark-rehype builds it from the shaped tree. */
function shaped(markdown: string, claims: Claim[] = [], events: ArticleEvent[] = []): string {
  const tree = unified().use(remarkParse).use(remarkDirective).parse(markdown) as Root;
  shapeMarkers(
    tree,
    'quota',
    new Map(claims.map((c) => [c.id, c])),
    new Map(events.map((e) => [e.id, e])),
  );
  return toHtml(toHast(tree));
}

describe('the elements a reader gets for each marker', () => {
  test('a claim is a span anchored by its id, ending in its verdict glyph and note number', () => {
    expect(shaped(':claim[The quota was cut.]{#cut}', [claim('cut', 2, 'false')])).toBe(
      '<p><span class="claim" id="claim-cut" data-claim="cut" data-type="factual" ' +
        'data-status="false" data-rank="strong">The quota was cut.<sup class="claim-ref">' +
        '<a href="#claim-cut" class="claim-ref" aria-label="Claim 2: factual, false">✗ 2</a>' +
        '</sup></span></p>',
    );
  });

  test('an unverified claim is ranked quiet and marked with a question mark', () => {
    expect(shaped(':claim[It was fair.]{#fair}', [claim('fair', 1, 'unverified')])).toContain(
      'data-rank="quiet">It was fair.<sup class="claim-ref"><a href="#claim-fair" ' +
        'class="claim-ref" aria-label="Claim 1: factual, unverified">? 1</a></sup>',
    );
  });

  test("an event links to its place on the article's timeline, typed for the filters", () => {
    expect(shaped(':event[On 3 January]{#set} a quota was set.', [], [event])).toBe(
      '<p><a class="event" id="event-set" href="/articles/quota/timeline/#event-set" ' +
        'data-event="policy">On 3 January</a> a quota was set.</p>',
    );
  });

  test("each mention of an actor links to the actor's page, numbered per actor", () => {
    expect(
      shaped(
        ':actor[She]{ref=writer} met :actor[the Ministry]{ref=ministry}; :actor[she]{ref=writer} left.',
      ),
    ).toBe(
      '<p><a class="actor" id="mention-writer-1" href="/actors/writer/" data-actor="writer">She</a>' +
        ' met <a class="actor" id="mention-ministry-1" href="/actors/ministry/" ' +
        'data-actor="ministry">the Ministry</a>; <a class="actor" id="mention-writer-2" ' +
        'href="/actors/writer/" data-actor="writer">she</a> left.</p>',
    );
  });

  test('a claim marker with no claim behind it (one the parse refused) gets no claim element', () => {
    const html = shaped(':claim[Dropped words.]{#dropped}');
    expect(html).toContain('Dropped words.');
    expect(html).not.toMatch(/claim/);
  });
});
