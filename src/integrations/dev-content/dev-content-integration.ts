import { relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDirFrom } from '../../../scripts/content-dir.ts';
import { contentStatus } from '../../dev/content-status.ts';
import { applyAndAnnounce } from './apply-changes.ts';
import { errorPage } from './error-page.ts';

/** How long to wait for more events: a save, a rename (unlink + add) or a checkout fires several. */
const SETTLE_MS = 30;

/**
 * Dev only: watches everything under the content folder (added, changed, deleted and renamed
 * files) and hands the changed paths to the corpus loaders, so each change is parsed once, and
 * tells the server and the open pages (./apply-changes.ts);
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
      'astro:server:setup': ({ server, logger }) => {
        const folder = resolve(contentDirFrom(undefined));
        const pending = new Set<string>();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const refresh = () => {
          clearTimeout(timer);
          if (pending.size === 0) return;
          const paths = [...pending];
          pending.clear();
          const names = paths.map((path) => relative(process.cwd(), path)).join(', ');
          try {
            const started = performance.now();
            const changed = applyAndAnnounce(server, paths);
            const ms = Math.round(performance.now() - started);
            logger.info(`${names}: ${changed ? `re-read in ${ms} ms` : 'unchanged'}`);
          } catch (error) {
            logger.error(`${names}: ${String(error)}`);
          }
        };
        const changed = (path: string) => {
          if (!resolve(path).startsWith(folder + sep)) return;
          pending.add(path);
          clearTimeout(timer);
          timer = setTimeout(refresh, SETTLE_MS);
        };
        // Vite watches the project; a content folder elsewhere (CLAIMLENS_CONTENT) is added to it.
        server.watcher.add(folder);
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);

        server.middlewares.use((request, response, next) => {
          // A change already heard of is taken in before the request is answered.
          refresh();
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
