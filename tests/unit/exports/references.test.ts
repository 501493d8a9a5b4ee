import { describe, expect, test } from 'vitest';
import { actorRecords } from '../../../src/exports/actor-records.ts';
import { articleRecords } from '../../../src/exports/article-records.ts';
import { claimRecords } from '../../../src/exports/claim-records.ts';
import { eventRecords } from '../../../src/exports/event-records.ts';
import { CORPORA, SEED_CORPUS, SITE } from './corpora.ts';

describe.each(CORPORA)('references in the exports of %s', (_, corpus) => {
  const articles = articleRecords(corpus.articles, SITE);
  const actors = actorRecords(corpus.actors, corpus.articles, corpus.claims, SITE);
  const claims = claimRecords(corpus.claims, SITE);
  const events = eventRecords(corpus.events, SITE);
  const articleIds = new Set(articles.map((a) => a.id));
  const actorIds = new Set(actors.map((a) => a.id));
  const claimKeys = new Set(claims.map((c) => c.key));
  const eventKeys = new Set(events.map((e) => e.key));

  test('every article names a known author, and its claims and events exist', () => {
    for (const article of articles) {
      expect(actorIds).toContain(article.author);
      for (const id of article.claims) expect(claimKeys).toContain(`${article.id}/${id}`);
      for (const id of article.events) expect(eventKeys).toContain(`${article.id}/${id}`);
      for (const id of article.actors) expect(actorIds).toContain(id);
      for (const { to } of article.retired)
        if (to !== undefined) expect(claimKeys).toContain(`${article.id}/${to}`);
    }
  });

  test('every claim points at its article, claimant, actors and events', () => {
    expect(claims.length).toBe(corpus.claims.length);
    for (const claim of claims) {
      expect(articleIds).toContain(claim.article);
      expect(actorIds).toContain(claim.claimant);
      for (const id of claim.about) expect(actorIds).toContain(id);
      for (const id of claim.events) expect(eventKeys).toContain(`${claim.article}/${id}`);
    }
  });

  test('every event points at its article and actors', () => {
    expect(events.length).toBe(corpus.events.length);
    for (const event of events) {
      expect(articleIds).toContain(event.article);
      for (const id of event.actors) expect(actorIds).toContain(id);
    }
  });

  test('every actor lists only articles that exist', () => {
    for (const actor of actors) for (const id of actor.articles) expect(articleIds).toContain(id);
  });

  test('claims come in reading order, events in telling order', () => {
    for (const article of articles) {
      expect(claims.filter((c) => c.article === article.id).map((c) => c.id)).toEqual(
        article.claims,
      );
      expect(events.filter((e) => e.article === article.id).map((e) => e.id)).toEqual(
        article.events,
      );
    }
  });
});

describe('canonical URLs', () => {
  const corpus = SEED_CORPUS;
  test('come from the site and the paths of src/analysis/urls.ts', () => {
    const claim = claimRecords(corpus.claims, SITE)[0];
    expect(claim?.url).toBe(
      `https://claimlens.example/articles/${claim?.article}/claims/${claim?.id}/`,
    );
    expect(claim?.articleUrl).toBe(
      `https://claimlens.example/articles/${claim?.article}/#claim-${claim?.id}`,
    );
    const event = eventRecords(corpus.events, SITE)[0];
    expect(event?.url).toBe(
      `https://claimlens.example/articles/${event?.article}/#event-${event?.id}`,
    );
  });
});
