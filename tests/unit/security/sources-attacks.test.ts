import { readdirSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { printable } from '../../../src/tools/printable.ts';
import { checkLink } from '../../../src/tools/sources/check-link.ts';
import { requestCapture } from '../../../src/tools/sources/save-page-now.ts';
import { testPolicy } from '../tools/sources/policy.ts';
import { standIn } from '../tools/sources/stand-in-server.ts';

// Replies a hostile or broken server gives the sources tool (tests/fixtures/attacks/sources/),
// each with what the tool prints about it.
const root = 'tests/fixtures/attacks/sources';
const cases = readdirSync(root).filter((name) => name.endsWith('.json'));
const PAGE = 'https://example.org/page';

interface Fixture {
  ask: 'check' | 'spn' | 'spn2';
  reply: {
    status: number;
    location?: string;
    json?: unknown;
    bodyBytes?: number;
    stall?: boolean;
  };
  printed: string;
}

/** The fixture's reply, with `$PORT` made the stand-in's own port. */
const answer = (reply: Fixture['reply']) => (res: ServerResponse) => {
  const port = String(res.socket?.localPort ?? '');
  const headers = reply.location ? { location: reply.location.replaceAll('$PORT', port) } : {};
  res.writeHead(reply.status, headers);
  if (reply.stall) res.write('{"job_id":');
  else if (reply.bodyBytes) {
    for (let sent = 0; sent < reply.bodyBytes; sent += 65_536) res.write(' '.repeat(65_536));
    res.end();
  } else res.end(reply.json === undefined ? '' : JSON.stringify(reply.json));
};

describe('hostile replies to the sources tool are refused, and said printably', () => {
  test.each(cases)('%s', async (name) => {
    const fixture = JSON.parse(readFileSync(join(root, name), 'utf8')) as Fixture;
    const server = await standIn({ '/*': (_, res) => answer(fixture.reply)(res) });
    try {
      const port = new URL(server.origin).port;
      const policy = testPolicy({ timeoutMs: fixture.reply.stall ? 300 : 30_000 });
      let said: string;
      if (fixture.ask === 'check') {
        const status = await checkLink(`${server.origin}/page`, policy);
        said = status.kind === 'error' ? status.detail : JSON.stringify(status);
      } else {
        const save = {
          saveBase: `${server.origin}/save/`,
          waybackBase: 'https://web.archive.org',
          ...(fixture.ask === 'spn2' ? { keys: 'key:secret' } : {}),
        };
        const capture = await requestCapture(PAGE, save, policy, {
          notBefore: '2026-01-10',
          today: '2026-12-08',
        });
        said = capture.ok ? JSON.stringify(capture) : capture.reason;
      }
      const printed = fixture.printed.replaceAll('$PORT', port);
      if (printed.startsWith('$prefix:'))
        expect(printable(said).slice(0, printed.length - '$prefix:'.length)).toBe(
          printed.slice('$prefix:'.length),
        );
      else expect(printable(said)).toBe(printed);
    } finally {
      await server.close();
    }
  });
});
