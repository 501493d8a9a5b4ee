// Checks of the built open data in dist/ and dist-attacks/ (no browser): schemas, URLs, references,
// selectors, CSV, feeds.
import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { schemaErrors } from '../unit/helpers/json-schema.ts';
import type { ActorRecord } from '../../src/exports/actor-records.ts';
import type { AnnotationCollection } from '../../src/exports/annotations.ts';
import type { ArticleRecord } from '../../src/exports/article-records.ts';
import type { ClaimRecord } from '../../src/exports/claim-records.ts';
import type { EventRecord } from '../../src/exports/event-records.ts';
import { BUILT_SITES, builtSite } from './helpers/built-site.ts';

for (const dir of BUILT_SITES) {
  const site = builtSite(dir);
  const articles = site.readJson('data/articles.json') as ArticleRecord[];
  const actors = site.readJson('data/actors.json') as ActorRecord[];
  const claims = site.readJson('data/claims.json') as ClaimRecord[];
  const events = site.readJson('data/events.json') as EventRecord[];
  const annotations = site.readJson('data/annotations.jsonld') as AnnotationCollection;
  const timelines = site.list('data/timelinejs').map((name) => `data/timelinejs/${name}`);

  /** Every JSON export with the JSON Schema file that describes it. */
  const exportsWithSchemas: [file: string, schema: string][] = [
    ['data/articles.json', 'data/schema/articles.json'],
    ['data/actors.json', 'data/schema/actors.json'],
    ['data/claims.json', 'data/schema/claims.json'],
    ['data/events.json', 'data/schema/events.json'],
    ['data/annotations.jsonld', 'data/schema/annotations.json'],
    ...timelines.map((file): [string, string] => [file, 'data/schema/timelinejs.json']),
  ];

  test.describe(`the exports built into ${dir}/`, () => {
    test('hold every article, claim, event and actor', () => {
      expect(articles.length).toBeGreaterThan(0);
      expect(claims.length).toBe(articles.reduce((n, a) => n + a.claims.length, 0));
      expect(events.length).toBe(articles.reduce((n, a) => n + a.events.length, 0));
      expect(actors.length).toBeGreaterThan(0);
      expect(timelines.sort()).toEqual(
        [...articles.map((a) => `data/timelinejs/${a.id}.json`), 'data/timelinejs/all.json'].sort(),
      );
    });

    for (const [file, schema] of exportsWithSchemas) {
      test(`${file} validates against ${schema}`, () => {
        expect(
          schemaErrors(site.readJson(schema) as Record<string, unknown>, site.readJson(file)),
        ).toEqual([]);
      });
    }

    for (const [file] of exportsWithSchemas) {
      test(`every URL of the site in ${file} resolves to a built page`, () => {
        const urls = site.siteUrlsIn(site.readJson(file));
        expect(urls.length).toBeGreaterThan(0);
        const problems = urls.flatMap(([where, url]) => {
          const problem = site.unresolved(url);
          return problem ? [`${where}: ${problem}`] : [];
        });
        expect(problems).toEqual([]);
      });
    }

    test('every reference resolves to an existing record', () => {
      const ids = {
        articles: new Set(articles.map((a) => a.id)),
        actors: new Set(actors.map((a) => a.id)),
      };
      const claimKeys = new Set(claims.map((c) => c.key));
      const eventKeys = new Set(events.map((e) => e.key));
      const missing: string[] = [];
      const need = (ok: boolean, what: string) => ok || missing.push(what);
      for (const a of articles) {
        need(ids.actors.has(a.author), `article ${a.id}: author ${a.author}`);
        a.claims.forEach((id) =>
          need(claimKeys.has(`${a.id}/${id}`), `article ${a.id}: claim ${id}`),
        );
        a.events.forEach((id) =>
          need(eventKeys.has(`${a.id}/${id}`), `article ${a.id}: event ${id}`),
        );
        a.actors.forEach((id) => need(ids.actors.has(id), `article ${a.id}: actor ${id}`));
        a.retired.forEach(({ id, to }) =>
          need(
            to === undefined || claimKeys.has(`${a.id}/${to}`),
            `article ${a.id}: retired ${id} → ${to}`,
          ),
        );
      }
      for (const c of claims) {
        need(ids.articles.has(c.article), `claim ${c.key}: article`);
        need(ids.actors.has(c.claimant), `claim ${c.key}: claimant ${c.claimant}`);
        c.about.forEach((id) => need(ids.actors.has(id), `claim ${c.key}: about ${id}`));
        c.events.forEach((id) =>
          need(eventKeys.has(`${c.article}/${id}`), `claim ${c.key}: event ${id}`),
        );
      }
      for (const e of events) {
        need(ids.articles.has(e.article), `event ${e.key}: article`);
        e.actors.forEach((id) => need(ids.actors.has(id), `event ${e.key}: actor ${id}`));
      }
      for (const a of actors)
        a.articles.forEach((id) => need(ids.articles.has(id), `actor ${a.id}: article ${id}`));
      expect(missing).toEqual([]);
    });

    test('every annotation selector quotes the article plain text at start–end, with its prefix and suffix', () => {
      const text = new Map(articles.map((a) => [a.url, a.plainText]));
      expect(annotations.first.items.length).toBe(claims.length);
      for (const annotation of annotations.first.items) {
        const plain = text.get(annotation.target.source);
        expect(plain, annotation.id).toBeDefined();
        const [quote, { start, end }] = annotation.target.selector;
        expect(plain?.slice(start, end), annotation.id).toBe(quote.exact);
        expect(plain?.slice(start - quote.prefix.length, start), annotation.id).toBe(quote.prefix);
        expect(plain?.slice(end, end + quote.suffix.length), annotation.id).toBe(quote.suffix);
      }
    });

    test('the CSV files have a header row and one row per claim and per event', () => {
      const claimRows = parse(site.read('data/claims.csv'), { bom: true, columns: true }) as Record<
        string,
        string
      >[];
      const eventRows = parse(site.read('data/events.csv'), { bom: true, columns: true }) as Record<
        string,
        string
      >[];
      expect(claimRows.map((r) => r['key'])).toEqual(claims.map((c) => c.key));
      expect(eventRows.map((r) => r['key'])).toEqual(events.map((e) => e.key));
    });

    test('the RSS feed and the sitemap link only built pages, every article among them', () => {
      const links = (xml: string, tag: string) =>
        [...xml.matchAll(new RegExp(`<${tag}>([^<]+)</${tag}>`, 'g'))].map((m) => m[1] ?? '');
      const feed = links(site.read('rss.xml'), 'link').filter((l) => l !== `${site.origin}/`);
      const sitemap = site
        .list('.')
        .filter((f) => /^sitemap-\d+\.xml$/.test(f))
        .flatMap((f) => links(site.read(f), 'loc'));
      for (const article of articles) {
        expect(feed).toContain(article.url);
        expect(sitemap).toContain(article.url);
      }
      expect([...feed, ...sitemap].flatMap((url) => site.unresolved(url) ?? [])).toEqual([]);
    });

    test('the sitemap leaves out the pages search engines are told not to index', () => {
      const sitemap = site
        .list('.')
        .filter((f) => /^sitemap-\d+\.xml$/.test(f))
        .flatMap((f) => [...site.read(f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''));
      const noindex = (path: string) =>
        site.read(`${path}index.html`).includes('<meta name="robots" content="noindex"');
      expect(noindex('maintenance/retired-links/')).toBe(true);
      expect(sitemap).not.toContain(`${site.origin}/maintenance/retired-links/`);
      expect(sitemap.filter((url) => noindex(new URL(url).pathname.slice(1)))).toEqual([]);
    });
  });
}

test('the exports are served with their media types', async ({ request }) => {
  for (const [path, type] of [
    ['/data/claims.json', 'application/json'],
    ['/data/annotations.jsonld', 'application/ld+json'],
    ['/data/claims.csv', 'text/csv'],
    ['/rss.xml', 'xml'],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain(type);
  }
});
