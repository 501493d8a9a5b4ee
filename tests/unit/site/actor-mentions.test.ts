import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/analysis/load-corpus.ts';
import { actorPage } from '../../../src/site/actor-page.ts';
import { actorMentions } from '../../../src/site/actor-mentions.ts';
import { buildSiteData } from '../../../src/site/site-data.ts';
import { SEED } from '../helpers/seed.ts';

const corpus = loadCorpus(SEED);
const data = buildSiteData(corpus);
const seed = corpus.articles.find((a) => a.id === 'japan-india-rare-earths');

describe('actorMentions', () => {
  const found = actorMentions(data.articles.values(), 'canada');

  test('lists each place the text names the actor, linking to the mention in the article', () => {
    expect(found.map((f) => f.article.href)).toEqual(['/articles/japan-india-rare-earths/']);
    const mentions = found[0]?.mentions ?? [];
    expect(mentions.length).toBe(seed?.mentions.filter((m) => m.actor === 'canada').length);
    expect(mentions.map((m) => m.href)).toEqual(
      mentions.map((_, i) => `/articles/japan-india-rare-earths/#mention-canada-${i + 1}`),
    );
  });

  test("quotes the sentence around each mention in the article's own words", () => {
    for (const mention of found[0]?.mentions ?? []) {
      expect(mention.text).toBe('Canada');
      const quoted = `${mention.before}${mention.text}${mention.after}`;
      for (const piece of quoted.split('…').filter(Boolean))
        expect(seed?.plainText).toContain(piece);
    }
  });

  test('the article text carries each anchor on the link of that very mention', () => {
    const html = seed?.blocks.map((b) => b.html).join('') ?? '';
    for (const mention of found[0]?.mentions ?? [])
      expect(html).toContain(
        `<a class="actor" id="${mention.href.split('#')[1]}" href="/actors/canada/" data-actor="canada">Canada</a>`,
      );
  });

  test('an actor the text never names has no mentions', () =>
    expect(actorMentions(data.articles.values(), 'no-such-actor')).toEqual([]));
});

describe('actorPage', () => {
  test('an actor nothing involves shows where it is mentioned instead of empty sections', () => {
    // Canada's one mention, as if it stood outside claim 38's words.
    const outside = buildSiteData({
      ...corpus,
      articles: corpus.articles.map((article) => ({
        ...article,
        mentions: article.mentions.map(({ claim, ...mention }) =>
          mention.actor === 'canada' ? mention : { ...mention, ...(claim && { claim }) },
        ),
      })),
    });
    const page = actorPage(outside, 'canada');
    expect(page.by.length + page.about.length + page.named.length + page.events.length).toBe(0);
    expect(page.mentions[0]?.mentions.length).toBeGreaterThan(0);
  });

  test('an actor with claims or events is not given the list of mentions', () =>
    expect(actorPage(data, 'japan').mentions).toEqual([]));

  test('the drawing is laid out for the page column', () =>
    expect(
      Number(/viewBox="0 0 (\d+)/.exec(actorPage(data, 'japan').figure?.horizontal ?? '')?.[1]),
    ).toBeLessThanOrEqual(552));
});
