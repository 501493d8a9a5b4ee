import { joined, type ClaimCut } from '../../render/claim-sentence.ts';
import { shorten } from '../../render/timeline-drawing/labels.ts';
import { CARD_MIN_WIDTH } from '../../render/embed-card-height.ts';
import type { EmbedTarget } from '../../render/embed-snippet.ts';
import { timelineEmbedPlan } from './timeline-fold.ts';
import {
  embedActorTimelinePath,
  embedArticleTimelinePath,
  embedClaimPath,
  embedEventPath,
  embedTimelinePath,
} from '../../analysis/urls.ts';

/**
 * The embed of each embeddable thing: path, iframe title and stated height. The embed page, its
 * oEmbed document and the Embed control of the full page all take them from here, so they agree.
 *
 * @example
 *   eventEmbed('japan-india-rare-earths', 'g7-meeting', 'G7 finance ministers meet')
 *   // { path: '/embed/articles/…/events/g7-meeting/', title: 'ClaimLens event: G7 finance …', height: 360 }
 */
export const timelineEmbed = (count: number): EmbedTarget => ({
  path: embedTimelinePath(),
  title: 'ClaimLens timeline',
  height: timelineEmbedPlan(count, { slope: false }).height,
});
/** The embed of one article's timeline. */
export const articleTimelineEmbed = (slug: string, title: string, count: number): EmbedTarget => ({
  path: embedArticleTimelinePath(slug),
  title: `ClaimLens timeline: ${title}`,
  height: timelineEmbedPlan(count, { slope: true }).height,
});
/** The embed of the events that involve one actor. */
export const actorTimelineEmbed = (id: string, name: string, count: number): EmbedTarget => ({
  path: embedActorTimelinePath(id),
  title: `ClaimLens timeline: ${name}`,
  height: timelineEmbedPlan(count, { slope: false }).height,
});
/** The card of one event. */
export const eventEmbed = (slug: string, id: string, summary: string): EmbedTarget => ({
  path: embedEventPath(slug, id),
  title: `ClaimLens event: ${summary}`,
  height: 360,
});
/** How much of a claim's sentence an iframe title quotes: enough to name it in a list of frames. */
const TITLE_QUOTE_MAX = 90;

/**
 * The card of one claim, its iframe titled by its verdict and its words; `height` is the card's
 * own (see claimCard), so that the snippet without the script shows all of it.
 */
export const claimEmbed = (card: {
  slug: string;
  id: string;
  sentence: ClaimCut;
  verdict: { label: string };
  height: number;
}): EmbedTarget => ({
  path: embedClaimPath(card.slug, card.id),
  title: `ClaimLens fact check, ${card.verdict.label}: “${shorten(joined(card.sentence), TITLE_QUOTE_MAX)}”`,
  height: card.height,
  minWidth: CARD_MIN_WIDTH,
});
