import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDirFrom } from '../../analysis/content-dir.ts';
import { applyAndAnnounce } from '../dev-content/apply-changes.ts';
import { AnnotateServer, type AnnotateCall } from './server.ts';

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
        updateConfig({ devToolbar: { enabled: true } });
        addDevToolbarApp({
          id: ANNOTATE_APP,
          name: 'Annotate',
          icon: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M4 20h4L19 9l-4-4L4 16v4z"/><path d="M13 7l4 4"/></svg>',
          entrypoint: fileURLToPath(new URL('./app.ts', import.meta.url)),
        });
      },
      'astro:server:setup': ({ server: devServer, toolbar, logger }) => {
        const server = new AnnotateServer(contentDirFrom());
        toolbar.on<AnnotateCall & { requestId: string }>(
          `${ANNOTATE_APP}:call`,
          async (message) => {
            const answer = await server.call(message);
            // The page reloads on the answer: the change is taken in first, as the watcher would
            // (whichever of the two comes second finds the file as read, and does nothing).
            // The file is written by now: whatever taking it in does, the form hears the answer.
            if (answer.ok && message.op === 'save') {
              try {
                applyAndAnnounce(devServer, [server.path(message.slug)]);
              } catch (error) {
                logger.error(`${server.path(message.slug)}: ${String(error)}`);
              }
            }
            toolbar.send(`${ANNOTATE_APP}:answer`, { requestId: message.requestId, ...answer });
          },
        );
      },
    },
  };
}
