import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { SITE_PORT } from '../servers.ts';

/** Where the site's own origin is in the tests, and the other origin that plays the embedding site. */
export const SITE = `http://127.0.0.1:${SITE_PORT}`;
/** `E2E_HOST_PORT`, or the site's port + 10. */
export const HOST = `http://127.0.0.1:${Number(process.env['E2E_HOST_PORT'] ?? SITE_PORT + 10)}`;

/** The production origin the built snippets name; the tests swap it for the served site's. */
const PRODUCTION = 'https://claimlens.example';

/**
 * A snippet as an author would paste it, taken from the built oEmbed document of `embedPath`, with
 * the production origin replaced by the test server's.
 */
export function snippetFor(embedPath: string, withScript: boolean): string {
  const { html } = JSON.parse(readFileSync(`dist${embedPath}oembed.json`, 'utf8')) as {
    html: string;
  };
  const local = html.replaceAll(PRODUCTION, SITE);
  return withScript ? local : local.replace(/<script[^>]*><\/script>/, '');
}

/**
 * Starts the embedding site on HOST's port: each path serves the HTML given for it, a plain page
 * with no security headers, as an ordinary blog would be.
 */
export async function startHost(pages: Record<string, string>): Promise<Server> {
  const server = createServer((request, response) => {
    const body = pages[new URL(request.url ?? '/', HOST).pathname];
    response.statusCode = body === undefined ? 404 : 200;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(body ?? 'Not found');
  });
  await new Promise<void>((resolve) =>
    server.listen(Number(new URL(HOST).port), '127.0.0.1', resolve),
  );
  return server;
}

/** A minimal host page around some embed HTML. */
export const hostPage = (body: string): string =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog</title></head><body ' +
  `style="margin:0"><h1>A blog post</h1><p>Before the embed.</p>${body}<p>After the embed.</p></body></html>`;
