// A bare Vite dev server with Annotate's websocket guard and call handler (as the integration sets
// them up) over a content folder, in its own process: it prints its port and websocket token as
// JSON, and on a line "measure" on stdin, its peak resident memory, so a test can measure what a
// huge message costs the server.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createServer } from 'vite';
import { answerCalls } from '../../../src/integrations/annotate/answer-calls.ts';
import { AnnotateServer } from '../../../src/integrations/annotate/server.ts';
import { guardSockets } from '../../../src/integrations/annotate/socket-guard.ts';

const contentDir = process.argv[2] ?? 'content';
const server = await createServer({
  configFile: false,
  root: mkdtempSync(join(tmpdir(), 'claimlens-vite-')),
  logLevel: 'silent',
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
  server: { host: '127.0.0.1', port: 0, watch: null },
});
await server.listen();
guardSockets(server, { warn: () => undefined });
answerCalls(server, new AnnotateServer(contentDir), () => undefined);
const address = server.httpServer?.address();
const port = typeof address === 'object' && address ? address.port : 0;
// The token a page reads from Vite's client, as a page of this server would.
const client = await (await fetch(`http://127.0.0.1:${port}/@vite/client`)).text();
console.log(JSON.stringify({ port, token: /wsToken = "([^"]+)"/.exec(client)?.[1] ?? '' }));
for await (const line of createInterface({ input: process.stdin })) {
  if (line !== 'measure') continue;
  console.log(JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024 }));
  await server.close();
  process.exit(0);
}
