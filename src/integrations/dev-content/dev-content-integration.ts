import { relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDirFrom } from '../../../scripts/content-dir.ts';
import { applyChanges, contentStatus } from '../../dev/content-status.ts';
import { errorPage } from './error-page.ts';

/** How long to wait for more events: a save, a rename (unlink + add) or a checkout fires several. */
const SETTLE_MS = 30;

/**
 * Dev only: watches everything under the content folder (added, changed, deleted and renamed
 * files) and refreshes the corpus loaders with the changed paths, so each change is parsed once;
 * while the content has problems, every page the browser asks for is an error page listing them
 * (status 500), and open pages reload when the problems appear or go away. A production build
 * never gets here: it stops at the first problem.
 *
 * @example
 *   integrations: [devContent()]
 */
export function devContent(): AstroIntegration {
  return {
    name: 'claimlens-dev-content',
    hooks: {
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        const folder = resolve(contentDirFrom(undefined));
        const pending = new Set<string>();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const refresh = async () => {
          const paths = [...pending];
          pending.clear();
          const before = contentStatus();
          const started = performance.now();
          await applyChanges(paths);
          const ms = Math.round(performance.now() - started);
          const names = paths.map((path) => relative(process.cwd(), path)).join(', ');
          logger.info(`${names}: re-read in ${ms} ms`);
          // Astro saves the changed entries half a second later, then reloads open pages; an empty
          // refresh (no loader runs) saves them now. It does nothing while Astro is still loading
          // the content config, for some seconds after the server starts.
          void refreshContent?.({ loaders: [] }).catch(() => undefined);
          // When only the problems changed, no entry did, and the reload is ours to send.
          if (contentStatus() !== before)
            server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        };
        const changed = (path: string) => {
          if (!resolve(path).startsWith(folder + sep)) return;
          pending.add(path);
          clearTimeout(timer);
          timer = setTimeout(
            () => void refresh().catch((error) => logger.error(String(error))),
            SETTLE_MS,
          );
        };
        // Vite watches the project; a content folder elsewhere (CLAIMLENS_CONTENT) is added to it.
        server.watcher.add(folder);
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);

        server.middlewares.use((request, response, next) => {
          const status = contentStatus();
          const wantsPage =
            request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
          if (status.problems.length === 0 || !wantsPage) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(errorPage(status));
        });
      },
    },
  };
}
