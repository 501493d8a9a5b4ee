import { getCollection } from 'astro:content';
import type { ArticleEvent } from '../../analysis/schema/entries.ts';
import { oncePerBuild } from '../../site/once-per-build.ts';

/** Everything a timeline page or embed needs: the events as the core types them, and names to show. */
export interface TimelineData {
  events: ArticleEvent[];
  actorNames: Map<string, string>;
  articleTitles: Map<string, string>;
}

/**
 * Reads the `events`, `actors` and `articles` collections and turns the events' references back
 * into plain ids, so the pure ordering functions of src/analysis/timeline.ts can work on them.
 */
export const loadTimeline = oncePerBuild(read);

async function read(): Promise<TimelineData> {
  const [events, actors, articles] = await Promise.all([
    getCollection('events'),
    getCollection('actors'),
    getCollection('articles'),
  ]);
  return {
    events: events.map(({ data }) => ({
      ...data,
      article: data.article.id,
      actors: data.actors.map((a) => a.id),
    })),
    actorNames: new Map(actors.map((a) => [a.id, a.data.name])),
    articleTitles: new Map(articles.map((a) => [a.id, a.data.title])),
  };
}
