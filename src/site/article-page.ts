import type { Actor, Article, ArticleEvent, Claim } from '../analysis/schema/entries.ts';
import { articleActors } from '../render/article-actors.ts';
import { updateViews, type UpdateView } from '../render/update-log.ts';
import type { SiteData } from './site-data.ts';

/** What an article's page shows besides the article itself. */
export type ArticlePage = {
  article: Article;
  author: Actor | undefined;
  /** Claims in number order, events in telling order. */
  claims: Claim[];
  events: ArticleEvent[];
  claimsById: ReadonlyMap<string, Claim>;
  eventsById: ReadonlyMap<string, ArticleEvent>;
  /** Every actor, for the claims' notes. */
  actors: ReadonlyMap<string, Actor>;
  /** The actors the article involves, in order of first mention. */
  named: Actor[];
  /** Note numbers of the current claims, by id, for the retired claims' forwarding links. */
  numbers: ReadonlyMap<string, number>;
  /** Corrections and updates of the analysis as a whole, newest first. */
  updates: UpdateView[];
};

/**
 * The view model of /articles/<slug>/.
 *
 * @example
 *   articlePage(data, 'japan-india-rare-earths').named[0]?.name // the first actor the text names
 */
export function articlePage(data: SiteData, slug: string): ArticlePage {
  const article = data.articles.get(slug);
  if (!article) throw new Error(`no article "${slug}" in the site data`);
  const { claims, events } = data.byArticle.get(slug) ?? { claims: [], events: [] };
  return {
    article,
    author: data.actors.get(article.author),
    claims,
    events,
    claimsById: new Map(claims.map((c) => [c.id, c])),
    eventsById: new Map(events.map((e) => [e.id, e])),
    actors: data.actors,
    updates: updateViews(article.updates),
    named: articleActors(article.mentions, claims, events)
      .map((id) => data.actors.get(id))
      .filter((a) => a !== undefined),
    numbers: new Map(claims.map((c) => [c.id, c.number])),
  };
}
