import { loadTimeline } from './load-timeline.ts';
import { filterEvents } from '../../analysis/timeline.ts';
import type { ArticleEvent } from '../../analysis/schema/entries.ts';
import type { EmbedTarget } from '../../render/embed-snippet.ts';
import { actorTimelineEmbed } from './embed-targets.ts';

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
  const byActor = new Map<string, ArticleEvent[]>();
  for (const event of events)
    for (const actor of new Set(event.actors)) {
      const group = byActor.get(actor);
      if (group) group.push(event);
      else byActor.set(actor, [event]);
    }
  return [...actorNames].map(([id, name]) => ({
    id,
    name,
    events: byActor.get(id) ?? [],
    scope: events,
    actorNames,
    articleTitles,
  }));
}

/**
 * The embed of an actor's timeline, for the actor page's Embed control and oEmbed link.
 *
 * @example
 *   const embed = await actorEmbed('japan'); // <EmbedControl {...embed} />
 */
export async function actorEmbed(id: string): Promise<EmbedTarget> {
  const { events, actorNames } = await loadTimeline();
  const name = actorNames.get(id);
  if (name === undefined) throw new Error(`no actor "${id}" to embed`);
  return actorTimelineEmbed(id, name, filterEvents(events, { actor: id }).length);
}
