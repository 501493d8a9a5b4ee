import { liveContent, servingLive } from '../dev/content-status.ts';

/**
 * Wraps a read of the content so a production build does it once for all its pages (the
 * content cannot change during a build), while the dev server does it once per change of the
 * content (its live corpus's generation), so edits show and unchanged requests cost nothing.
 *
 * @example
 *   export const siteData = oncePerBuild(async () => buildSiteData(await readCorpus()));
 */
export function oncePerBuild<T>(read: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  let generation: number | undefined;
  return () => {
    if (servingLive()) {
      const now = liveContent()?.generation;
      // Before the loaders have run there is no generation: read afresh each time.
      if (now === undefined || now !== generation) cached = undefined;
      generation = now;
    }
    cached ??= read();
    return cached;
  };
}
