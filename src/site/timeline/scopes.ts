// Astro props must be type aliases, not interfaces: only an alias satisfies `GetStaticPaths`.
import type { ArticleEvent } from '../../analysis/schema/entries.ts';
import { filterChoices } from '../../analysis/timeline.ts';
import type { EmbedTarget } from '../../render/embed-snippet.ts';
import { latestDay, SITE_TIMELINE_TITLE, timelineAbout } from '../../render/timeline-about.ts';
import type { DrawingAbout } from '../../render/timeline-drawing/frame.ts';
import { actorTimelineEmbed } from '../embed/targets.ts';
import { siteData, withArticleKeys, type SiteData } from '../site-data.ts';

/** The timeline of every article: all events, with the names its pages show. */
type SiteScope = {
  scope: ArticleEvent[];
  actorNames: ReadonlyMap<string, string>;
  articleTitles: ReadonlyMap<string, string>;
  /** What the drawing says of itself: title, tally, source and credit. */
  about: DrawingAbout;
};

/** The latest day of analysis among the articles of `events` (all articles, without events). */
function latestAnalysis(data: SiteData, events?: readonly ArticleEvent[]): string | undefined {
  const ids = events ? new Set(events.map((e) => e.article)) : undefined;
  const articles = [...data.articles.values()];
  return (
    latestDay(articles.filter((a) => !ids || ids.has(a.id)).map((a) => a.analysed)) ??
    latestDay(articles.map((a) => a.analysed))
  );
}

/** The scope of /timeline/, its filter pages and its embed. */
export const siteScope = (data: SiteData): SiteScope => ({
  scope: data.corpus.events,
  actorNames: data.actorNames,
  articleTitles: data.articleTitles,
  about: timelineAbout({
    title: SITE_TIMELINE_TITLE,
    events: data.corpus.events,
    source: { articles: data.articles.size },
    analysed: latestAnalysis(data),
  }),
});

/** One article's timeline scope: its events and the names its pages show. */
type ArticleScope = {
  slug: string;
  title: string;
  scope: ArticleEvent[];
  actorNames: ReadonlyMap<string, string>;
  about: DrawingAbout;
};

/** One actor's timeline: the events that involve it, across articles. */
type ActorScope = {
  id: string;
  name: string;
  events: ArticleEvent[];
  /** All events, to place relative anchors. */
  scope: ArticleEvent[];
  actorNames: ReadonlyMap<string, string>;
  articleTitles: ReadonlyMap<string, string>;
  about: DrawingAbout;
};

/** A scope per article, including articles without events (their timeline says so). */
export function articleScopes(data: SiteData): ArticleScope[] {
  return [...data.articleTitles].map(([slug, title]) => {
    const scope = data.byArticle.get(slug)?.events ?? [];
    const article = data.articles.get(slug);
    return {
      slug,
      title,
      scope,
      actorNames: data.actorNames,
      about: timelineAbout({
        // The source's headline is only quoted small, in the source line, never in display type.
        title: "Timeline: the article's dates against the documented record",
        events: scope,
        source: {
          article: {
            title,
            publisher: article?.source.publisher ?? '',
            published: article?.source.published,
          },
        },
        analysed: article?.analysed ?? latestAnalysis(data),
      }),
    };
  });
}

/** A scope per actor, including actors without events (their embed says so), as every actor page offers one. */
export function actorScopes(data: SiteData): ActorScope[] {
  return [...data.actorNames].map(([id, name]) => {
    const events = data.byActor.get(id)?.events ?? [];
    return {
      id,
      name,
      events,
      scope: data.corpus.events,
      actorNames: data.actorNames,
      articleTitles: data.articleTitles,
      about: timelineAbout({
        title: `Timeline: ${name}`,
        events,
        source: { articles: new Set(events.map((e) => e.article)).size },
        analysed: latestAnalysis(data, events),
      }),
    };
  });
}

/**
 * The embed of an actor's timeline, for the actor page's Embed control and oEmbed link.
 *
 * @example
 *   actorEmbed(data, 'japan') // <EmbedControl {...embed} />
 */
export function actorEmbed(data: SiteData, id: string): EmbedTarget {
  const name = data.actorNames.get(id);
  if (name === undefined) throw new Error(`no actor "${id}" to embed`);
  return actorTimelineEmbed(id, name, data.byActor.get(id)?.events.length ?? 0);
}

/** One path per article with its scope as props: an article's timeline, its embed and the embed's oEmbed document. */
export const articleScopePaths = async () =>
  withArticleKeys(
    articleScopes(await siteData()).map((props) => ({ params: { slug: props.slug }, props })),
  );

/** One path per actor with its scope as props: the actor's timeline embed and its oEmbed document. */
export const actorScopePaths = async () =>
  actorScopes(await siteData()).map((props) => ({ params: { id: props.id }, props }));

/** One path per actor with events, for /timeline/actor/<id>/. */
export const siteActorFilterPaths = async () => {
  const scope = siteScope(await siteData());
  return filterChoices(scope.scope).actors.map(([id]) => ({ params: { id }, props: scope }));
};

/** One path per event type that occurs, for /timeline/type/<type>/. */
export const siteTypeFilterPaths = async () => {
  const scope = siteScope(await siteData());
  return filterChoices(scope.scope).types.map(([type]) => ({
    params: { type },
    props: { ...scope, type },
  }));
};

/** One path per article and actor of its events, for /articles/<slug>/timeline/actor/<id>/. */
export const articleActorFilterPaths = async () =>
  withArticleKeys(
    articleScopes(await siteData()).flatMap((props) =>
      filterChoices(props.scope).actors.map(([id]) => ({
        params: { slug: props.slug, id },
        props,
      })),
    ),
  );

/** One path per article and type of its events, for /articles/<slug>/timeline/type/<type>/. */
export const articleTypeFilterPaths = async () =>
  withArticleKeys(
    articleScopes(await siteData()).flatMap((props) =>
      filterChoices(props.scope).types.map(([type]) => ({
        params: { slug: props.slug, type },
        props: { ...props, type },
      })),
    ),
  );
