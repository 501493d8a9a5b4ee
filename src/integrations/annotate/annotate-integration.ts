import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDirFrom } from '../../analysis/content-dir.ts';
import { applyAndAnnounce } from '../dev-content/apply-changes.ts';
import { answerCalls } from './answer-calls.ts';
import { AnnotateServer } from './server.ts';
import { guardSockets } from './socket-guard.ts';

/** The app's id, and the names of the messages between it and the server. */
const ANNOTATE_APP = 'claimlens-annotate';

/**
 * Dev only: the Dev Toolbar app "Annotate" (./app.ts), which marks selected words on an article
 * page as a claim, an event or an actor mention and edits or removes existing ones, and its
 * server side (./server.ts). `astro build` never sees it: the toolbar is enabled, and the app
 * added, only for `astro dev`.
 *
 * @example
 *   integrations: [annotate()]
 */
export function annotate(): AstroIntegration {
  return {
    name: ANNOTATE_APP,
    hooks: {
      'astro:config:setup': ({ command, updateConfig, addDevToolbarApp }) => {
        if (command !== 'dev') return;
        // No other origin may read the dev server's modules, the websocket token in Vite's
        // client among them (Vite's default lets any localhost page do so). zod, which the app
        // imports for its message schema, is bundled at start: found later, Vite would answer
        // the app's first load with 504 (Outdated Optimize Dep) and reload the page.
        updateConfig({
          devToolbar: { enabled: true },
          vite: { server: { cors: false }, optimizeDeps: { include: ['zod'] } },
        });
        addDevToolbarApp({
          id: ANNOTATE_APP,
          name: 'Annotate',
          icon: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M4 20h4L19 9l-4-4L4 16v4z"/><path d="M13 7l4 4"/></svg>',
          entrypoint: fileURLToPath(new URL('./app.ts', import.meta.url)),
        });
      },
      'astro:server:setup': ({ server: devServer, logger }) => {
        guardSockets(devServer, logger);
        const server = new AnnotateServer(contentDirFrom(), (message) => logger.error(message));
        // The page reloads on the answer: the change is taken in first, as the watcher would
        // (whichever of the two comes second finds the file as read, and does nothing).
        // The file is written by now: whatever taking it in does, the form hears the answer.
        answerCalls(devServer, server, (written) => {
          try {
            applyAndAnnounce(devServer, [written]);
          } catch (error) {
            logger.error(`${written}: ${String(error)}`);
          }
        });
      },
    },
  };
}
