// Serves the built site as a static host would: files from dist/, with the headers of dist/_headers.
import { createServer } from 'node:http';
import sirv from 'sirv';
import { applyHeaders, readHeaderRules } from './headers.ts';

const root = process.env['SITE_DIR'] ?? 'dist';
const port = Number(process.env['PORT'] ?? 4321);
const host = process.env['HOST'] ?? '127.0.0.1';
const rules = readHeaderRules(`${root}/_headers`);
const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });

createServer((request, response) => {
  applyHeaders(rules, new URL(request.url ?? '/', 'http://x').pathname, response);
  files(request, response, () => {
    response.statusCode = 404;
    response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    response.end('Not found');
  });
}).listen(port, host, () => console.log(`Serving ${root}/ on http://localhost:${port}/`));
