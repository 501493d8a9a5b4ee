import { eventAnchor } from './ids.ts';

/**
 * Every site path in one place, so pages, exports, embeds and the parser agree.
 * Paths are root-relative and end in a slash, as Astro's `trailingSlash: 'always'` builds them.
 *
 * @example
 *   claimPath('seed', 'india-support') // '/articles/seed/claims/india-support/'
 */
export const articlePath = (slug: string): string => `/articles/${slug}/`;
export const claimPath = (slug: string, id: string): string => `/articles/${slug}/claims/${id}/`;
export const articleTimelinePath = (slug: string): string => `/articles/${slug}/timeline/`;
export const actorPath = (id: string): string => `/actors/${id}/`;
export const timelinePath = (): string => '/timeline/';

// Timeline filters, embeds and their oEmbed documents (issue #4).
export const timelineActorPath = (id: string): string => `/timeline/actor/${id}/`;
export const timelineTypePath = (type: string): string => `/timeline/type/${type}/`;
export const articleTimelineActorPath = (slug: string, id: string): string =>
  `/articles/${slug}/timeline/actor/${id}/`;
export const articleTimelineTypePath = (slug: string, type: string): string =>
  `/articles/${slug}/timeline/type/${type}/`;
/** An event at its place in the article. */
export const eventPath = (slug: string, id: string): string =>
  `/articles/${slug}/#${eventAnchor(id)}`;
export const embedTimelinePath = (): string => '/embed/timeline/';
export const embedArticleTimelinePath = (slug: string): string =>
  `/embed/articles/${slug}/timeline/`;
export const embedActorTimelinePath = (id: string): string => `/embed/actors/${id}/timeline/`;
export const embedEventPath = (slug: string, id: string): string =>
  `/embed/articles/${slug}/events/${id}/`;
export const embedClaimPath = (slug: string, id: string): string =>
  `/embed/articles/${slug}/claims/${id}/`;
/** The static oEmbed document beside an embed page: `/embed/timeline/` → `/embed/timeline/oembed.json`. */
export const oembedPath = (embedPath: string): string => `${embedPath}oembed.json`;
/** The resize script a host page may include with an embed. */
export const embedScriptPath = (): string => '/embed.js';
