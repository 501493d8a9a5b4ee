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
import {
  drawTimeline,
  toDrawingEvents,
  type DrawingAbout,
} from '../../src/render/timeline-drawing/draw-timeline.ts';
import { latestDay, SITE_TIMELINE_TITLE, timelineAbout } from '../../src/render/timeline-about.ts';
import { articleShareSvg, claimShareSvg } from '../../src/render/share-images/share-svg.ts';
import { claimInSentence, joined } from '../../src/render/claim-sentence.ts';
import { DOWNLOAD_WIDTH, imagePaths } from '../../src/render/share-images/image-paths.ts';
import { SHARE_WIDTH } from '../../src/render/share-images/share-size.ts';
import { verdictLine } from '../../src/render/verdict.ts';
import { formatDate } from '../../src/render/event-dates.ts';

/** One file to produce: the SVG to write as it is, or to draw as a PNG `png` pixels wide. */
interface ImageJob {
  /** Path inside the output folder. */
  path: string;
  /** Everything the file shows, as text: equal keys, equal files (with the same drawing code). */
  key: string;
  /** The SVG, made only when the file is not in the cache. */
  svg: () => string;
  png?: number | undefined;
  /** What the image draws and from where, for a build error that names the article and fields. */
  label: string;
  /** The modules whose code draws it (absolute paths): their imports make its code digest. */
  drawnBy: string[];
}

const module = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
/** What `svg()` calls for each kind of image, and the rasteriser for a PNG. */
const DRAWN_BY = {
  timeline: [
    '../../src/render/timeline-drawing/draw-timeline.ts',
    '../../src/render/timeline-groups.ts',
    // Its frame's words (title, tally, source, credit) are in the key; their code counts too.
    '../../src/render/timeline-about.ts',
  ].map(module),
  article: [
    '../../src/render/share-images/share-svg.ts',
    '../../src/render/verdict.ts',
    '../../src/render/event-dates.ts',
  ].map(module),
  claim: [
    '../../src/render/share-images/share-svg.ts',
    '../../src/render/claim-sentence.ts',
    '../../src/render/verdict.ts',
  ].map(module),
  png: module('../../src/render/share-images/render-png.ts'),
};

const asEvent = ({ key: _k, url: _u, displayDate: _d, ...event }: EventRecord): ArticleEvent =>
  event;

/**
 * Every image of a site: an og:image for each article (our verdict and its key claims) and claim
 * page, and the drawing of each
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
  const timeline = (
    scope: string,
    about: DrawingAbout,
    events: ArticleEvent[],
    label: string,
  ): void => {
    const key = JSON.stringify(['timeline', about, events]);
    const svg = () =>
      drawTimeline(toDrawingEvents(events, { anchors: eventAnchors(events) }), {
        title: about.title,
        about,
        mode: 'file',
      }).horizontal;
    jobs.push(
      { path: imagePaths.timelineSvg(scope), key, svg, label, drawnBy: DRAWN_BY.timeline },
      {
        path: imagePaths.timelinePng(scope),
        key,
        svg,
        png: DOWNLOAD_WIDTH,
        label,
        drawnBy: [...DRAWN_BY.timeline, DRAWN_BY.png],
      },
    );
  };
  const claims = new Map(site.claims.map((c) => [`${c.article}/${c.id}`, c]));
  for (const article of site.articles) {
    const events = byArticle.get(article.id) ?? [];
    const input = {
      verdict: article.assessment.verdict,
      findings: article.assessment.key
        .map((id) => claims.get(`${article.id}/${id}`))
        .filter((claim) => claim !== undefined)
        .map((claim) => ({ status: claim.status, line: verdictLine(claim) })),
      title: article.title,
      publisher: article.source.publisher,
      // An inferred date (one with a note) is not printed on a card that cannot carry the note.
      published:
        article.source.published && !article.source.publishedNote
          ? formatDate({ value: article.source.published, precision: 'day' })
          : undefined,
    };
    jobs.push({
      path: imagePaths.article(article.id),
      key: JSON.stringify(['article', input]),
      svg: () => articleShareSvg(input),
      png: SHARE_WIDTH,
      label: `article "${article.id}": its share image (title, event summaries)`,
      drawnBy: [...DRAWN_BY.article, DRAWN_BY.png],
    });
    const about = timelineAbout({
      title: `Timeline: ${article.title}`,
      events,
      source: { article: { ...article.source, title: article.title } },
      analysed: article.analysed,
    });
    timeline(
      articleTimelinePath(article.id),
      about,
      events,
      `article "${article.id}": its timeline drawing (title, tally, source, event summaries)`,
    );
  }
  for (const claim of site.claims) {
    const input = {
      sentence: joined(claimInSentence(claim.context, claim.selector)),
      line: verdictLine(claim),
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
      label:
        `article "${claim.article}", claim "${claim.id}": its share image (the claim's sentence, finding, ` +
        'claimant name, article title)',
      drawnBy: [...DRAWN_BY.claim, DRAWN_BY.png],
    });
  }
  const all = site.events.map(asEvent);
  const latest = latestDay(site.articles.map((a) => a.analysed));
  timeline(
    '/timeline/',
    timelineAbout({
      title: SITE_TIMELINE_TITLE,
      events: all,
      source: { articles: site.articles.length },
      analysed: latest,
    }),
    all,
    'the site-wide timeline drawing (title, tally, source, event summaries of every article)',
  );
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
