import type { ViteDevServer } from 'vite';
import { applyChanges, contentStatus, countAnnouncement } from '../../dev/content-status.ts';

/**
 * Takes in changed content files and, when that changed the pages, says so to the dev server
 * before returning: the page renderer drops its cached `getStaticPaths()` results (their props
 * are built from the content) and open pages reload. Both happen at once, so the next request
 * after this returns, a reload's included, sees the change.
 *
 * @example
 *   applyAndAnnounce(server, ['content/articles/ban.md']) // true: the article changed
 */
export function applyAndAnnounce(server: ViteDevServer, paths: string[]): boolean {
  const before = contentStatus();
  const changed = applyChanges(paths) || contentStatus() !== before;
  if (!changed) return false;
  forgetStaticPaths(server);
  // Counted before it is sent, so a page that connects later and asks finds it (../../dev/live-check.ts).
  countAnnouncement();
  server.environments.client.hot.send({ type: 'full-reload', path: '*' });
  return true;
}

/** Has Astro drop its cached `getStaticPaths()` results, as it does when its own store changes. */
export function forgetStaticPaths(server: ViteDevServer): void {
  for (const [name, environment] of Object.entries(server.environments))
    if (name !== 'client') environment.hot.send('astro:content-changed', {});
}
