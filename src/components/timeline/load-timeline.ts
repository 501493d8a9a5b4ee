import { getCollection } from 'astro:content';
import type { ArticleEvent } from '../../analysis/schema/entries.ts';

/** Everything a timeline page or embed needs: the events as the core types them, and names to show. */
export interface TimelineData {
  events: ArticleEvent[];
  actorNames: Map<string, string>;
  articleTitles: Map<string, string>;
}

let cached: Promise<TimelineData> | undefined;

/**
 * Reads the `events`, `actors` and `articles` collections and turns the events' references back
 * into plain ids, so the pure ordering functions of src/analysis/timeline.ts can work on them.
 * A production build reads them once for all its pages (content does not change during a build);
 * the dev server reads them afresh each time, so edits show.
 */
export function loadTimeline(): Promise<TimelineData> {
  if (!import.meta.env.PROD) return read();
  cached ??= read();
  return cached;
}

async function read(): Promise<TimelineData> {
  const [events, actors, articles] = await Promise.all([getCollection('events'), getCollection('actors'), getCollection('articles')]);
  return {
    events: events.map(({ data }) => ({ ...data, article: data.article.id, actors: data.actors.map((a) => a.id) })),
    actorNames: new Map(actors.map((a) => [a.id, a.data.name])),
    articleTitles: new Map(articles.map((a) => [a.id, a.data.title])),
  };
}
