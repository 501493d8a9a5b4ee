import { loadTimeline } from './load-timeline.ts';
import { filterEvents } from '../../analysis/timeline.ts';
import type { ArticleEvent } from '../../analysis/schema/entries.ts';

/** One actor's timeline: the events that involve it, across articles. */
export type ActorScope = {
  id: string;
  name: string;
  events: ArticleEvent[];
  /** All events, to place relative anchors. */
  scope: ArticleEvent[];
  actorNames: Map<string, string>;
  articleTitles: Map<string, string>;
};

/** A scope per actor, including actors without events (their embed says so), as every actor page offers one. */
export async function actorScopes(): Promise<ActorScope[]> {
  const { events, actorNames, articleTitles } = await loadTimeline();
  return [...actorNames].map(([id, name]) => ({ id, name, events: filterEvents(events, { actor: id }), scope: events, actorNames, articleTitles }));
}
