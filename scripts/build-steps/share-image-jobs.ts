import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ArticleEvent } from '../../src/analysis/schema/entries.ts';
import { eventAnchors } from '../../src/render/timeline-groups.ts';
import { articleTimelinePath } from '../../src/analysis/urls.ts';
import { ActorRecordSchema, type ActorRecord } from '../../src/exports/actor-records.ts';
import { ArticleRecordSchema, type ArticleRecord } from '../../src/exports/article-records.ts';
import { ClaimRecordSchema, type ClaimRecord } from '../../src/exports/claim-records.ts';
import { EventRecordSchema, type EventRecord } from '../../src/exports/event-records.ts';
import { drawTimeline, toDrawingEvents } from '../../src/render/timeline-drawing/draw-timeline.ts';
import { articleShareSvg, claimShareSvg } from '../../src/render/share-images/share-svg.ts';
import { claimInSentence, joined } from '../../src/render/claim-sentence.ts';
import { DOWNLOAD_WIDTH, imagePaths } from '../../src/render/share-images/image-paths.ts';
import { SHARE_WIDTH } from '../../src/render/share-images/share-size.ts';

/** One file to produce: the SVG to write as it is, or to draw as a PNG `png` pixels wide. */
interface ImageJob {
  /** Path inside the output folder. */
  path: string;
  /** Everything the file shows, as text: equal keys, equal files (with the same drawing code). */
  key: string;
  /** The SVG, made only when the file is not in the cache. */
  svg: () => string;
  png?: number | undefined;
  /** The modules whose code draws it (absolute paths): their imports make its code digest. */
  drawnBy: string[];
}

const module = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
/** What `svg()` calls for each kind of image, and the rasteriser for a PNG. */
const DRAWN_BY = {
  timeline: [
    '../../src/render/timeline-drawing/draw-timeline.ts',
    '../../src/render/timeline-groups.ts',
  ].map(module),
  article: [
    '../../src/render/share-images/share-svg.ts',
    '../../src/render/timeline-drawing/draw-timeline.ts',
    '../../src/render/timeline-groups.ts',
  ].map(module),
  claim: ['../../src/render/share-images/share-svg.ts', '../../src/render/claim-sentence.ts'].map(
    module,
  ),
  png: module('../../src/render/share-images/render-png.ts'),
};

const asEvent = ({ key: _k, url: _u, displayDate: _d, ...event }: EventRecord): ArticleEvent =>
  event;

/**
 * Every image of a site: an og:image for each article and claim page, and the drawing of each
 * article's timeline and of the site-wide timeline as a standalone .svg and a 1600 px .png.
 */
export function shareImageJobs(site: {
  articles: ArticleRecord[];
  claims: ClaimRecord[];
  events: EventRecord[];
  actors: ActorRecord[];
}): ImageJob[] {
  const names = new Map(site.actors.map((a) => [a.id, a.name]));
  const titles = new Map(site.articles.map((a) => [a.id, a.title]));
  const byArticle = new Map<string, ArticleEvent[]>();
  for (const record of site.events) {
    const list = byArticle.get(record.article) ?? [];
    list.push(asEvent(record));
    byArticle.set(record.article, list);
  }
  const jobs: ImageJob[] = [];
  const timeline = (scope: string, title: string, events: ArticleEvent[]): void => {
    const key = JSON.stringify(['timeline', title, events]);
    const svg = () =>
      drawTimeline(toDrawingEvents(events, { anchors: eventAnchors(events) }), {
        title,
        mode: 'file',
      }).horizontal;
    jobs.push(
      { path: imagePaths.timelineSvg(scope), key, svg, drawnBy: DRAWN_BY.timeline },
      {
        path: imagePaths.timelinePng(scope),
        key,
        svg,
        png: DOWNLOAD_WIDTH,
        drawnBy: [...DRAWN_BY.timeline, DRAWN_BY.png],
      },
    );
  };
  for (const article of site.articles) {
    const events = byArticle.get(article.id) ?? [];
    jobs.push({
      path: imagePaths.article(article.id),
      key: JSON.stringify(['article', article.title, events]),
      svg: () =>
        articleShareSvg({
          title: article.title,
          events: toDrawingEvents(events, { anchors: eventAnchors(events) }),
        }),
      png: SHARE_WIDTH,
      drawnBy: [...DRAWN_BY.article, DRAWN_BY.png],
    });
    timeline(articleTimelinePath(article.id), `Timeline: ${article.title}`, events);
  }
  for (const claim of site.claims) {
    const input = {
      sentence: joined(claimInSentence(claim.context, claim.selector)),
      finding: claim.finding,
      claimant: names.get(claim.claimant) ?? claim.claimant,
      type: claim.type,
      status: claim.status,
      articleTitle: titles.get(claim.article) ?? claim.article,
    };
    jobs.push({
      path: imagePaths.claim(claim.article, claim.id),
      key: JSON.stringify(['claim', input]),
      svg: () => claimShareSvg(input),
      png: SHARE_WIDTH,
      drawnBy: [...DRAWN_BY.claim, DRAWN_BY.png],
    });
  }
  timeline('/timeline/', 'Timeline of every article', site.events.map(asEvent));
  return jobs;
}

function readExport<T extends z.ZodType>(dir: string, name: string, schema: T): z.output<T> {
  return schema.parse(JSON.parse(readFileSync(join(dir, 'data', name), 'utf8')));
}

/** The images of the site built in `dir`, from its published exports. */
export function siteImageJobs(dir: string): ImageJob[] {
  return shareImageJobs({
    articles: readExport(dir, 'articles.json', z.array(ArticleRecordSchema)),
    claims: readExport(dir, 'claims.json', z.array(ClaimRecordSchema)),
    events: readExport(dir, 'events.json', z.array(EventRecordSchema)),
    actors: readExport(dir, 'actors.json', z.array(ActorRecordSchema)),
  });
}
