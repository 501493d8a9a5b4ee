import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDirFrom } from '../../analysis/content-dir.ts';
import {
  announcedChanges,
  CONTENT_VERSION_PATH,
  contentStatus,
  liveContent,
} from '../../dev/content-status.ts';
import { applyAndAnnounce, forgetStaticPaths } from './apply-changes.ts';
import { errorPage } from './error-page.ts';

/** How long to wait for more events: a save, a rename (unlink + add) or a checkout fires several. */
const SETTLE_MS = 30;
/** When to read changed files once more, in case they were still being written. */
const RECHECK_MS = 200;
/** The pages' script that catches a reload they missed while loading. */
const LIVE_CHECK = fileURLToPath(new URL('../../dev/live-check.ts', import.meta.url));
/** Where Astro's dev server looks for a request's `Astro.locals`. */
const LOCALS = Symbol.for('astro.locals');

/**
 * Dev only: watches everything under the content folder (added, changed, deleted and renamed
 * files) and hands the changed paths to the corpus loaders, so each change is parsed once, and
 * tells the server and the open pages (./apply-changes.ts);
 * while the content has problems, the pages of a broken article are an error page listing them
 * (status 500), every other page renders with the list at its top (the layout's
 * DevContentProblems), and open pages reload when the problems appear or go away. Each page carries
 * the count of changes announced when it was asked for (`Astro.locals.contentVersion`), so one
 * that missed a reload while loading catches up (src/dev/live-check.ts). A production build
 * never gets here: it stops at the first problem.
 *
 * @example
 *   integrations: [devContent()]
 */
export function devContent(): AstroIntegration {
  return {
    name: 'claimlens-dev-content',
    hooks: {
      'astro:config:setup': ({ command, injectScript }) => {
        if (command === 'dev') injectScript('page', `import ${JSON.stringify(LIVE_CHECK)};`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const folder = resolve(contentDirFrom());
        const pending = new Set<string>();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const apply = (paths: string[], recheck: boolean) => {
          const names = paths.map((path) => relative(process.cwd(), path)).join(', ');
          try {
            const started = performance.now();
            const changed = applyAndAnnounce(server, paths);
            const ms = Math.round(performance.now() - started);
            if (changed || recheck)
              logger.info(`${names}: ${changed ? `re-read in ${ms} ms` : 'unchanged'}`);
          } catch (error) {
            logger.error(`${names}: ${String(error)}`);
          }
          // A file written in several steps (truncated, then written) may have been read half
          // written, with no event after the last step: it is read once more a moment later.
          if (recheck) setTimeout(() => apply(paths, false), RECHECK_MS);
        };
        const refresh = () => {
          clearTimeout(timer);
          if (pending.size === 0) return;
          const paths = [...pending];
          pending.clear();
          apply(paths, true);
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

        // A page request that was under way when a change came in may store `getStaticPaths()`
        // results made from the content before it, after they were dropped: once such a request
        // ends, the next page request drops them again.
        let clears = 0;
        let clearedFor: number | undefined;
        let stale = false;
        server.middlewares.use((request, response, next) => {
          // A change already heard of is taken in before the request is answered.
          refresh();
          const version = announcedChanges();
          if (request.url === CONTENT_VERSION_PATH) {
            response.setHeader('Content-Type', 'text/plain; charset=utf-8');
            response.setHeader('Cache-Control', 'no-store');
            response.end(String(version));
            return;
          }
          const status = contentStatus();
          const wantsPage =
            request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
          // Pages end in "/" (trailingSlash: 'always'), whatever the client accepts.
          if (wantsPage || (request.method === 'GET' && /\/(\?|$)/.test(request.url ?? ''))) {
            const generation = liveContent()?.generation;
            if (generation !== clearedFor || stale) {
              forgetStaticPaths(server);
              clears += 1;
              clearedFor = generation;
              stale = false;
            }
            const locals: unknown = Reflect.get(request, LOCALS);
            Reflect.set(request, LOCALS, { ...(locals ?? {}), contentVersion: version });
            const startedAt = clears;
            response.once('close', () => {
              if (clears !== startedAt) stale = true;
            });
          }
          // Every other page renders, with the list at its top (src/components/dev/).
          if (!wantsPage || !status.articles.includes(articleOf(request.url ?? '') ?? ''))
            return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(errorPage(status, { version, script: `/@fs${LIVE_CHECK}` }));
        });
      },
    },
  };
}

/** The article a page belongs to (`/articles/<id>/…`), if any. */
function articleOf(url: string): string | undefined {
  return /^\/articles\/([^/?#]+)/u.exec(url)?.[1];
}
