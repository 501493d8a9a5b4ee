import type { IncomingMessage } from 'node:http';
import type { ViteDevServer, WebSocket } from 'vite';
import { MAX_MESSAGE_BYTES } from './messages.ts';

/**
 * Whether a websocket's page is the dev server's own: its `Origin` is the address the request
 * was sent to. A request with no `Origin` comes from no web page (a local program, which could
 * write the files itself anyway); Vite has already refused a `Host` it does not serve.
 *
 * @example
 *   isOwnOrigin({ origin: 'http://localhost:4322', host: 'localhost:4321' }) // false
 */
function isOwnOrigin(headers: IncomingMessage['headers']): boolean {
  const { origin, host } = headers;
  if (origin === undefined) return true;
  if (!host) return false;
  return origin === `http://${host}` || origin === `https://${host}`;
}

/** The byte length of a websocket message as `ws` hands it over. */
const byteLength = (raw: unknown): number =>
  Array.isArray(raw)
    ? raw.reduce((sum: number, part: Buffer) => sum + part.byteLength, 0)
    : ((raw as ArrayBuffer | Buffer).byteLength ?? 0);

/**
 * Guards the dev server's websocket, which carries Annotate's saves: a socket opened by a page of
 * another origin (another local server, a preview, any local app) is closed before it can send
 * anything, and a message over `MAX_MESSAGE_BYTES` closes its socket before Vite parses it.
 * Each is said once in the terminal.
 *
 * @example
 *   guardSockets(devServer, logger) // in astro:server:setup
 */
export function guardSockets(
  server: ViteDevServer,
  logger: { warn: (message: string) => void },
): void {
  server.ws.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    if (!isOwnOrigin(request.headers)) {
      logger.warn(
        `Refused a dev-server websocket from ${JSON.stringify(request.headers.origin)}: only this server's ` +
          'own pages may connect (it can save content files).',
      );
      socket.removeAllListeners('message');
      socket.terminate();
      return;
    }
    // Vite's own listener parses every message; it now sees only those within the limit.
    const listeners = socket.listeners('message') as ((...args: unknown[]) => void)[];
    socket.removeAllListeners('message');
    socket.on('message', (raw: unknown, isBinary: boolean) => {
      const size = byteLength(raw);
      if (size > MAX_MESSAGE_BYTES) {
        logger.warn(
          `Refused a dev-server websocket message of ${size} bytes (the limit is ${MAX_MESSAGE_BYTES}).`,
        );
        socket.close(1009, 'Message too big');
        return;
      }
      for (const listener of listeners) listener.call(socket, raw, isBinary);
    });
  });
}
