import type { Actor, ArticleEvent, Claim } from '../analysis/schema/entries.ts';
import { actorKindLabel } from '../render/actor-labels.ts';
import type { EmbedTarget } from '../render/embed-snippet.ts';
import { timelineFigure, type TimelineFigure } from '../render/timeline-drawing/timeline-figure.ts';
import { actorMentions, type ArticleMentions } from './actor-mentions.ts';
import type { SiteData } from './site-data.ts';
import { actorEmbed } from './timeline/scopes.ts';

/** What an actor's page shows. */
type ActorPage = {
  actor: Actor;
  description: string;
  /** Claims by the actor, about it, and naming it in their words, in article then number order. */
  by: Claim[];
  about: Claim[];
  named: Claim[];
  /** Events the actor takes part in; the page lists them in date order. */
  events: ArticleEvent[];
  /** Article titles by id, to say where each claim was made. */
  titles: ReadonlyMap<string, string>;
  embed: EmbedTarget;
  /**
   * Where the articles name the actor, when nothing else involves it (no claim by, about or naming
   * it, no event): the page then shows those places, each linking into the article text.
   */
  mentions: ArticleMentions[];
  /** The drawing of its events, laid out for the page's text column, so its words are not shrunk. */
  figure: TimelineFigure | undefined;
};

/** The actor page's column (`--measure`, 65ch of the serif) at 1280 px, less a little slack. */
const COLUMN = 540;

/**
 * The view model of /actors/<id>/.
 *
 * @example
 *   actorPage(data, 'japan').by.length // the claims Japan makes, across articles
 */
export function actorPage(data: SiteData, id: string): ActorPage {
  const actor = data.actors.get(id);
  if (!actor) throw new Error(`no actor "${id}" in the site data`);
  const { by, about, named, events } = data.byActor.get(id) ?? {
    by: [],
    about: [],
    named: [],
    events: [],
  };
  return {
    actor,
    description:
      `${actor.name}: ${actor.role ?? actorKindLabel(actor.kind)}. The claims they appear in, with ` +
      'our verdicts, and the events they are part of.',
    by,
    about,
    named,
    events,
    titles: data.articleTitles,
    embed: actorEmbed(data, id),
    mentions:
      by.length + about.length + named.length + events.length === 0
        ? actorMentions(data.articles.values(), id)
        : [],
    figure:
      events.length > 0
        ? timelineFigure(events, events, {
            title: `Events involving ${actor.name}`,
            width: { horizontal: COLUMN },
          })
        : undefined,
  };
}
