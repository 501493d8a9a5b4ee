import type { ViteDevServer } from 'vite';
import {
  applyChanges,
  CONTENT_CHANGED_EVENT,
  contentStatus,
  countAnnouncement,
} from '../../dev/content-status.ts';

/**
 * Takes in changed content files and, when that changed the pages, says so to the dev server
 * before returning: the page renderer drops its cached `getStaticPaths()` results (their props
 * are built from the content) and open pages reload (../../dev/live-check.ts). Both happen at
 * once, so the next request after this returns, a reload's included, sees the change. Not Vite's
 * own `full-reload`: Vite keeps one sent while no page is open for the next page that connects,
 * which then reloads although it already shows the change.
 *
 * @example
 *   applyAndAnnounce(server, ['content/articles/ban.md']) // true: the article changed
 */
export function applyAndAnnounce(server: ViteDevServer, paths: string[]): boolean {
  const before = contentStatus();
  const changed = applyChanges(paths) || contentStatus() !== before;
  if (!changed) return false;
  forgetStaticPaths(server);
  server.environments.client.hot.send(CONTENT_CHANGED_EVENT, { version: countAnnouncement() });
  return true;
}

/** Has Astro drop its cached `getStaticPaths()` results, as it does when its own store changes. */
export function forgetStaticPaths(server: ViteDevServer): void {
  for (const [name, environment] of Object.entries(server.environments))
    if (name !== 'client') environment.hot.send('astro:content-changed', {});
}
