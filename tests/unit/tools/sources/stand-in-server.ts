import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route: what the stand-in answers at one path. */
export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** A local HTTP server standing in for the live sites and Save Page Now. */
export interface StandIn {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request path, in arrival order. */
  requests: string[];
  close(): Promise<void>;
}

/** The replies a live site can give, by path. */
export const SITE_ROUTES: Record<string, Route> = {
  '/alive': (_, res) => res.end('<p>here</p>'),
  '/moved': (_, res) => res.writeHead(301, { location: '/new-home' }).end(),
  '/new-home': (_, res) => res.end('<p>moved here</p>'),
  '/gone': (_, res) => res.writeHead(404).end('not found'),
  '/removed': (_, res) => res.writeHead(410).end(),
  '/broken': (_, res) => res.writeHead(503).end(),
  '/forbidden': (_, res) => res.writeHead(403).end(),
  // Never answers: the client's timeout must end it.
  '/slow': () => undefined,
  // The reply stops in the middle of a header line.
  '/cut-off': (req) => {
    req.socket.write('HTTP/1.1 200 OK\r\nContent-');
    req.socket.destroy();
  },
  // Not HTTP at all.
  '/garbage': (req) => req.socket.end('hello there\r\n\r\n'),
};

/**
 * Starts the stand-in on a free port. A path without a route answers 404. A path seen for the
 * `n`th time may be given its own route in `sequence` (429 first, then 200, say).
 *
 * @example
 *   const server = await standIn({ ...SITE_ROUTES })
 *   await fetch(`${server.origin}/alive`)
 *   await server.close()
 */
export async function standIn(
  routes: Record<string, Route>,
  sequence: Record<string, Route[]> = {},
): Promise<StandIn> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const seen = requests.filter((p) => p === path).length;
    requests.push(path);
    const route = sequence[path]?.[seen] ?? routes[path] ?? routes[prefixOf(routes, path)];
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The longest route ending in `*` that `path` starts with. */
function prefixOf(routes: Record<string, Route>, path: string): string {
  return (
    Object.keys(routes)
      .filter((key) => key.endsWith('*') && path.startsWith(key.slice(0, -1)))
      .sort((a, b) => b.length - a.length)[0] ?? ''
  );
}
