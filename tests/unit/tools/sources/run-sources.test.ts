import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSources } from '../../../../src/tools/sources/collect-sources.ts';
import { archiveSources, checkSources } from '../../../../src/tools/sources/run-sources.ts';
import { contentWithSources } from './content-fixture.ts';
import { testPolicy } from './policy.ts';
import { SITE_ROUTES, standIn, type StandIn } from './stand-in-server.ts';

let server: StandIn;
const capture = (url: string) => `https://web.archive.org/web/20261130101500/${url}`;
beforeAll(async () => {
  server = await standIn({
    ...SITE_ROUTES,
    // Save Page Now: captures everything but the page that is "down".
    '/save/*': (req, res) => {
      const url = (req.url ?? '').slice('/save/'.length);
      if (url.endsWith('/broken')) res.writeHead(520).end();
      else res.writeHead(302, { location: capture(url) }).end();
    },
  });
});
afterAll(() => server.close());

describe('checkSources', () => {
  test('reports each source with its status, and where to look for a dead one', async () => {
    const { dir } = contentWithSources([
      `${server.origin}/alive`,
      `${server.origin}/gone`,
      `${server.origin}/moved`,
    ]);
    const progress: string[] = [];
    const checked = await checkSources(loadSources(dir), {
      policy: testPolicy(),
      waybackBase: 'https://web.archive.org',
      concurrency: 2,
      onProgress: (done, total, url) => progress.push(`${done}/${total} ${url}`),
    });
    expect(
      checked.map((s) => [s.url.replace(server.origin, ''), s.link.kind, s.suggestion]),
    ).toEqual([
      ['/alive', 'alive', undefined],
      ['/gone', 'dead', `https://web.archive.org/web/*/${server.origin}/gone`],
      ['/moved', 'redirected', undefined],
    ]);
    expect(progress).toHaveLength(4);
    expect(progress.at(-1)).toBe('3/3 ');
  });
});

describe('archiveSources', () => {
  test('writes each capture into the article, only added lines, text unchanged', async () => {
    const urls = [`${server.origin}/alive`, `${server.origin}/moved`];
    const { dir, article } = contentWithSources(urls);
    const before = readFileSync(article, 'utf8');
    const results = await archiveSources(loadSources(dir), {
      contentDir: dir,
      policy: testPolicy(),
      save: { saveBase: `${server.origin}/save/`, waybackBase: 'https://web.archive.org' },
    });
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    const after = readFileSync(article, 'utf8');
    expect(after.slice(after.indexOf('\n---\n'))).toBe(before.slice(before.indexOf('\n---\n')));
    expect(after.split('\n').filter((line) => !before.split('\n').includes(line))).toEqual(
      urls.flatMap((url) => [
        '        archived:',
        `          url: ${capture(url)}`,
        '          date: 2026-11-30',
      ]),
    );
    expect(loadSources(dir).map((s) => s.archived?.url)).toEqual(urls.map(capture));
  });

  test('each capture is in the file before the next is asked for, so an interruption loses none', async () => {
    const urls = [`${server.origin}/alive`, `${server.origin}/moved`];
    const { dir, article } = contentWithSources(urls);
    const seen: number[] = [];
    await archiveSources(loadSources(dir), {
      contentDir: dir,
      policy: testPolicy(),
      save: { saveBase: `${server.origin}/save/`, waybackBase: 'https://web.archive.org' },
      onProgress: () => seen.push(readFileSync(article, 'utf8').match(/archived:/g)?.length ?? 0),
    });
    expect(seen).toEqual([0, 1, 2]);
  });

  test('a source that cannot take the lines is reported failed, the file untouched, the rest written', async () => {
    const urls = [`${server.origin}/alive`, `${server.origin}/moved`];
    const { dir, article } = contentWithSources(urls);
    const flow =
      `      - { url: "${urls[0]}", title: Report 1, publisher: Wire, ` +
      'date: 2026-01-10 # by hand\n        }\n';
    writeFileSync(
      article,
      readFileSync(article, 'utf8').replace(
        `      - url: ${urls[0]}\n        title: Report 1\n        publisher: Wire\n        date: 2026-01-10\n`,
        flow,
      ),
    );
    const results = await archiveSources(loadSources(dir), {
      contentDir: dir,
      policy: testPolicy(),
      save: { saveBase: `${server.origin}/save/`, waybackBase: 'https://web.archive.org' },
    });
    expect(results.map((r) => [r.ok, r.ok ? '' : r.reason.split(';')[0]])).toEqual([
      [
        false,
        `${article}: the archived copy of ${urls[0]} could not be added as plain lines ` +
          '(is there a comment inside its braces?)',
      ],
      [true, ''],
    ]);
    expect(readFileSync(article, 'utf8')).toContain(flow);
    expect(loadSources(dir).map((s) => s.archived?.url)).toEqual([
      undefined,
      capture(urls[1] ?? ''),
    ]);
  });

  test('a re-run after a failed or interrupted one asks only for what is missing and duplicates nothing', async () => {
    const urls = [`${server.origin}/alive`, `${server.origin}/broken`, `${server.origin}/gone`];
    const { dir, article } = contentWithSources(urls);
    const settings = {
      contentDir: dir,
      policy: testPolicy(),
      save: { saveBase: `${server.origin}/save/`, waybackBase: 'https://web.archive.org' },
    };
    const first = await archiveSources(loadSources(dir), settings);
    expect(first.map((r) => [r.url.replace(server.origin, ''), r.ok])).toEqual([
      ['/alive', true],
      ['/broken', false],
      ['/gone', true],
    ]);
    const afterFirst = readFileSync(article, 'utf8');
    const asked = server.requests.length;
    const second = await archiveSources(loadSources(dir), settings);
    expect(second.map((r) => r.url.replace(server.origin, ''))).toEqual(['/broken']);
    expect(server.requests.slice(asked)).toEqual([`/save/${server.origin}/broken`]);
    expect(readFileSync(article, 'utf8')).toBe(afterFirst);
    expect(afterFirst.match(/archived:/g)).toHaveLength(2);
  });
});
