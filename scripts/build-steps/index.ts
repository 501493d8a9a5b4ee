import { pagefindStep } from './pagefind.ts';
import { securityHeaders } from './security-headers.ts';
import { shareImagesStep } from './share-images.ts';

/** A step that runs on the staged build before it replaces dist/; a throw fails the build. */
export interface PostBuildStep {
  name: string;
  run: (dir: string) => Promise<void> | void;
}

/** In order. Each step lives in its own file beside this one. */
export const postBuildSteps: PostBuildStep[] = [
  pagefindStep,
  shareImagesStep,
  // Last: it checks every built file, Pagefind's included, against public/_headers.
  securityHeaders,
];
