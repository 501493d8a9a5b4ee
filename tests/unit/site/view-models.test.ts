import { describe, expect, test } from 'vitest';
import { actorIndex } from '../../../src/site/actor-index.ts';
import { actorPage } from '../../../src/site/actor-page.ts';
import { articlePage } from '../../../src/site/article-page.ts';
import { claimPages } from '../../../src/site/claim-pages.ts';
import { buildSiteData } from '../../../src/site/site-data.ts';
import { actorScopes, articleScopes, siteScope } from '../../../src/site/timeline/scopes.ts';
import { SEED_CORPUS, SITE } from '../exports/corpora.ts';

const data = buildSiteData(SEED_CORPUS);
const slug = SEED_CORPUS.articles[0]?.id ?? '';

describe('claimPages', () => {
  const pages = claimPages(data, slug, SITE);
  const byStatus = (status: string) => pages.find((p) => p.claim.status === status);

  test('one page per claim, in number order, each linked to its neighbours', () => {
    expect(pages.map((p) => p.claim.number)).toEqual(pages.map((_, at) => at + 1));
    expect(pages[0]?.previous).toBeUndefined();
    expect(pages[0]?.next?.id).toBe(pages[1]?.claim.id);
    expect(pages.at(-1)?.next).toBeUndefined();
    expect(pages.every((p) => p.total === pages.length)).toBe(true);
  });

  test('gives the absolute page URL and the two ways back into the article', () => {
    const page = pages[0];
    expect(page?.url).toBe(`${SITE.origin}/articles/${slug}/claims/${page?.claim.id}/`);
    expect(page?.inArticle).toBe(`/articles/${slug}/#claim-${page?.claim.id}`);
    expect(page?.byText).toMatch(new RegExp(`^/articles/${slug}/#:~:text=`));
  });

  test("names the claimant's actor and links to its page", () => {
    for (const page of pages) {
      const claimant = data.actors.get(page.claim.claimant);
      expect(page.claimant.name.toLowerCase()).toBe(claimant?.name.toLowerCase());
      expect(page.claimant.href).toBe(`/actors/${page.claim.claimant}/`);
      expect(page.description).toContain(
        `Claimed by ${page.claimant.name}, in “${page.article.title}”.`,
      );
    }
  });

  test("a descriptive claimant reads in lower case inside a sentence: 'Claimed by the article's author'", () => {
    const byAuthor = pages.find((p) => p.claim.claimant === p.article.author);
    expect(byAuthor?.claimant.name).toMatch(/^the article's author/);
    expect(byAuthor?.description).toContain("Claimed by the article's author");
  });

  test('a status without a verdict is headed and described in its own words, never "Our verdict"', () => {
    const unverified = pages.find((p) => p.claim.status === 'unverified');
    expect(unverified?.verdict.heading).not.toBe('Our verdict');
    expect(unverified?.verdict.line).toMatch(/^No record found: /);
    expect(unverified?.description).not.toContain('Our verdict');
    const opinion = pages.find(
      (p) => p.claim.status === 'not-checkable' && p.claim.type === 'opinion',
    );
    expect(opinion?.verdict.line).toBe('Not checkable: it is an opinion, neither true nor false.');
    const rated = pages.find((p) => p.verdict.isVerdict);
    expect(rated?.verdict.heading).toBe('Our verdict');
  });

  test('the share image alt text describes the card once, in words', () => {
    for (const page of pages) {
      expect(page.imageAlt.startsWith(`${page.verdict.label}. “`)).toBe(true);
      expect(page.imageAlt).not.toContain(`${page.verdict.label}: ${page.verdict.label}`);
      expect(page.imageAlt, 'no glyph').not.toContain(
        `${page.verdict.glyph} ${page.verdict.label}`,
      );
    }
  });

  test('quotes the whole sentence that makes the claim, the claim inside it', () => {
    for (const page of pages) {
      const { before, exact, after } = page.sentence;
      expect(exact).toBe(page.claim.text);
      expect(page.claim.paragraphText).toContain(`${before}${exact}${after}`);
    }
    // A claim that is a clause of a longer sentence gets the sentence, not the clause.
    const clause = pages.find((p) => p.sentence.before !== '' || p.sentence.after.length > 1);
    expect(clause).toBeDefined();
  });

  test('titles a claim with a finding by its verdict and finding; its card quotes the sentence', () => {
    const page = pages.find((p) => p.claim.id === 'g7-quickly-met');
    const sentence =
      'The G7 countries, having experienced this incident, realized that they could not afford ' +
      'to provoke China and quickly held a meeting.';
    const finding =
      'A meeting was held on 12 January 2026, but the US convened it and planned it by the day ' +
      'of the ban; no record shows it was called over it.';
    expect(page?.documentTitle).toBe(`Misleading: ${sentence}`);
    expect(page?.title).toBe(`Misleading: ${finding}`);
    expect(page?.description).toBe(
      `“${sentence}” Claimed by the article's author (unnamed), in “Japan has finally found a ` +
        `way to deal with China, and India has assured Japan”. Our verdict: Misleading. ${finding}`,
    );
    // Google suggests a claimReviewed under 75 characters: the sentence's start; the whole
    // sentence stays with the claim reviewed, dated by its article.
    expect(page?.review).toMatchObject({
      reviewBody: finding,
      claimReviewed: 'The G7 countries, having experienced this incident, realized that they…',
      itemReviewed: { text: sentence, datePublished: '2026-01-20' },
    });
  });

  test('titles a claim without a finding by its verdict and the quoted sentence, with no ClaimReview', () => {
    const page = pages.find((p) => p.claim.id === 'japan-found-a-way');
    const sentence =
      'Japan has finally found a way to deal with China, and India has assured Japan: "What you ' +
      'want, I have."';
    expect(page?.documentTitle).toBe(`Not checkable: ${sentence}`);
    expect(page?.title).toBe(`Not checkable: “${sentence}”`);
    expect(page?.review).toBeUndefined();
  });

  test('explains each flag and links it to the methodology', () => {
    const flagged = pages.find((p) => p.claim.id === 'japan-found-a-way');
    expect(flagged?.flags.map((f) => [f.flag, f.href])).toEqual([
      ['loaded-language', '/methodology/#flags-loaded-language'],
    ]);
    expect(flagged?.flags[0]?.definition.length).toBeGreaterThan(20);
  });

  test("states the claim embed's own height, the card's at its narrowest", () => {
    const heights = pages.map((p) => p.embed.height);
    expect(new Set(heights).size).toBeGreaterThan(1);
    expect(pages.every((p) => p.embed.minWidth === 320)).toBe(true);
  });

  test('a ClaimReview only where the claim has a verdict', () => {
    expect(byStatus('supported')?.review?.reviewRating.alternateName).toBe('Supported');
    expect(byStatus('unverified')?.review).toBeUndefined();
  });

  test('lists only the events the claim names, and its subjects as actors', () => {
    for (const page of pages) {
      expect(page.events.map((e) => e.id).sort()).toEqual([...page.claim.events].sort());
      expect(page.about.map((a) => a.id)).toEqual(page.claim.about);
    }
  });
});

describe('articlePage', () => {
  const page = articlePage(data, slug, new URL('https://claimlens.example'));

  test('holds the author and the actors named, first mention first, each once', () => {
    expect(page.author?.id).toBe(page.article.author);
    const named = page.named.map((a) => a.id);
    expect(new Set(named).size).toBe(named.length);
    expect(named.slice(0, 1)).toEqual(page.article.mentions.slice(0, 1).map((m) => m.actor));
  });

  test('finds every claim a block holds, with its note number', () => {
    for (const id of page.article.blocks.flatMap((b) => b.claims)) {
      expect(page.claimsById.get(id)?.id).toBe(id);
      expect(page.numbers.get(id)).toBe(page.claimsById.get(id)?.number);
    }
  });

  test('throws for an article the site does not hold', () => {
    expect(() =>
      articlePage(data, 'no-such-article', new URL('https://claimlens.example')),
    ).toThrow('no article "no-such-article"');
  });
});

describe('actor pages', () => {
  test("an actor's page lists the claims by it and about it, and its embed counts its events", () => {
    for (const { id } of SEED_CORPUS.actors) {
      const page = actorPage(data, id);
      expect(page.by.every((c) => c.claimant === id)).toBe(true);
      expect(page.about.every((c) => c.about.includes(id))).toBe(true);
      expect(page.embed.path).toBe(`/embed/actors/${id}/timeline/`);
      expect(page.description.startsWith(`${page.actor.name}: `)).toBe(true);
    }
  });

  test("an actor named only inside a claim's words gets that claim, with its verdict: Canada in claim 38", () => {
    const page = actorPage(data, 'canada');
    expect(page.by).toEqual([]);
    expect(page.about).toEqual([]);
    expect(page.named.map((c) => [c.number, c.status])).toEqual([[38, 'misleading']]);
    expect(page.mentions, 'no "nothing involves it" section').toEqual([]);
    // Every claim whose words name an actor is listed on that actor's page.
    for (const article of SEED_CORPUS.articles)
      for (const mention of article.mentions.filter((m) => m.claim)) {
        const listed = actorPage(data, mention.actor);
        const lists = [listed.by, listed.about, listed.named].filter((list) =>
          list.some((c) => c.article === article.id && c.id === mention.claim),
        );
        expect(lists.length, `${mention.actor} in ${mention.claim}`).toBeGreaterThan(0);
      }
  });

  test('the index groups every actor once by kind, by name, with the claims involving it', () => {
    const groups = actorIndex(data);
    const listed = groups.flatMap((g) => g.actors.map((a) => a.actor.id));
    expect(listed.sort()).toEqual(SEED_CORPUS.actors.map((a) => a.id).sort());
    for (const group of groups) {
      const names = group.actors.map((a) => a.actor.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
      for (const { actor, claims } of group.actors) {
        expect(actor.kind).toBe(group.kind);
        const page = actorPage(data, actor.id);
        expect(claims).toBe(new Set([...page.by, ...page.about, ...page.named]).size);
      }
    }
  });
});

describe('timeline scopes', () => {
  test('the site scope holds every event; an article scope only its own', () => {
    expect(siteScope(data).scope).toHaveLength(SEED_CORPUS.events.length);
    for (const scope of articleScopes(data))
      expect(scope.scope.every((e) => e.article === scope.slug)).toBe(true);
  });

  test("an actor's scope holds the events involving it, against every event for anchors", () => {
    for (const scope of actorScopes(data)) {
      expect(scope.events.every((e) => e.actors.includes(scope.id))).toBe(true);
      expect(scope.events).toHaveLength(
        SEED_CORPUS.events.filter((e) => e.actors.includes(scope.id)).length,
      );
      expect(scope.scope).toHaveLength(SEED_CORPUS.events.length);
    }
  });
});
