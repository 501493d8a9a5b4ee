import { eventAnchor } from '../../analysis/ids.ts';
import type { ArticleEvent } from '../../analysis/schema/entries.ts';
import { relativeAnchor } from '../../analysis/timeline.ts';
import { articleTimelinePath } from '../../analysis/urls.ts';
import { siteData, withArticleKeys, type SiteData } from '../site-data.ts';
import type { EventEntryView } from '../timeline/list-view.ts';

/** The embed card of one event, ready to render. */
type EventCardView = {
  title: string;
  /** The event in its article's timeline on the full site. */
  full: string;
  anchor: string;
  item: EventEntryView['item'];
  /** Its article's events, to draw the locator strip with this one picked out. */
  strip: { events: ArticleEvent[]; current: ArticleEvent };
};

/**
 * The card of `event`: its entry as the timeline shows it (links leave the iframe), and where it
 * sits in its article's chronology.
 *
 * @example
 *   eventCard(data, kiharaStatement).item.anchor?.href // '/articles/…/timeline/#event-mofcom-ban'
 */
function eventCard(data: SiteData, event: ArticleEvent): EventCardView {
  const timeline = articleTimelinePath(event.article);
  const anchor = relativeAnchor(event, data.corpus.events);
  return {
    title: `Event: ${event.summary}`,
    full: `${timeline}#${eventAnchor(event.id)}`,
    anchor: eventAnchor(event.id),
    item: {
      event,
      anchor: anchor && { event: anchor, href: `${timeline}#${eventAnchor(anchor.id)}` },
      actorNames: data.actorNames,
      articleTitle: data.articleTitles.get(event.article),
      target: '_top',
      compact: false,
    },
    strip: { events: data.byArticle.get(event.article)?.events ?? [], current: event },
  };
}

/** One path per event with its card as props: /embed/articles/<slug>/events/<id>/. */
export const eventCardPaths = async () => {
  const data = await siteData();
  return withArticleKeys(
    data.corpus.events.map((event) => ({
      params: { slug: event.article, id: event.id },
      props: eventCard(data, event),
    })),
  );
};
