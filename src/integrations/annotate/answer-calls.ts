import type { ViteDevServer } from 'vite';
import { ANNOTATE_EVENTS } from './messages.ts';
import type { AnnotateServer } from './server.ts';

/** The `requestId` of a call, to pair an answer with it even when the call was refused. */
function requestIdOf(message: unknown): string | undefined {
  const id = (message as { requestId?: unknown } | null)?.requestId;
  return typeof id === 'string' && id.length <= 100 ? id : undefined;
}

/**
 * Answers the Annotate app's calls on the dev server's websocket, each to the one page that
 * asked, never broadcast to every open page. `taken` is told of each file a save wrote, before
 * the answer goes out.
 *
 * @example
 *   answerCalls(devServer, new AnnotateServer('content'), (file) => applyAndAnnounce(devServer, [file]))
 */
export function answerCalls(
  devServer: ViteDevServer,
  annotate: AnnotateServer,
  taken: (written: string) => void,
): void {
  devServer.environments.client.hot.on(ANNOTATE_EVENTS.call, async (message: unknown, client) => {
    const { answer, written } = await annotate.call(message);
    if (written) taken(written);
    client.send(ANNOTATE_EVENTS.answer, { requestId: requestIdOf(message), ...answer });
  });
}
