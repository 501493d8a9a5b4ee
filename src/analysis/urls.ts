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
