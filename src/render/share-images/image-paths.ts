import { articlePath, claimPath } from '../../analysis/urls.ts';

/** Width of the timeline PNG download: enough for a print desk or a slide. */
export const DOWNLOAD_WIDTH = 1600;

/**
 * Where each page's images are, so pages and the build step that draws them agree.
 *
 * @example
 *   imagePaths.claim('japan-india-rare-earths', 'bone-marrow')
 *   // '/articles/japan-india-rare-earths/claims/bone-marrow/share.png'
 */
export const imagePaths = {
  article: (slug: string): string => `${articlePath(slug)}share.png`,
  claim: (slug: string, id: string): string => `${claimPath(slug, id)}share.png`,
  timelineSvg: (scope: string): string => `${scope}timeline.svg`,
  timelinePng: (scope: string): string => `${scope}timeline.png`,
};
