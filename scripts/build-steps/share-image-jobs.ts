import type { ArticleEvent } from '../../src/analysis/schema/entries.ts';
import { eventAnchors } from '../../src/render/timeline-groups.ts';
import { articleTimelinePath } from '../../src/analysis/urls.ts';
import type { ActorRecord } from '../../src/exports/actor-records.ts';
import type { ArticleRecord } from '../../src/exports/article-records.ts';
import type { ClaimRecord } from '../../src/exports/claim-records.ts';
import type { EventRecord } from '../../src/exports/event-records.ts';
import {
  drawTimeline,
  toDrawingEvents,
  type DrawingAbout,
} from '../../src/render/timeline-drawing/draw-timeline.ts';
import { SITE_TIMELINE_TITLE, timelineAbout } from '../../src/render/timeline-about.ts';
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
}

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
  const timeline = (scope: string, about: DrawingAbout, events: ArticleEvent[]): void => {
    const key = JSON.stringify(['timeline', about, events]);
    const svg = () =>
      drawTimeline(toDrawingEvents(events, { anchors: eventAnchors(events) }), {
        title: about.title,
        about,
        mode: 'file',
      }).horizontal;
    jobs.push(
      { path: imagePaths.timelineSvg(scope), key, svg },
      { path: imagePaths.timelinePng(scope), key, svg, png: DOWNLOAD_WIDTH },
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
    });
    const about = timelineAbout({
      title: `Timeline: ${article.title}`,
      events,
      source: { article: { ...article.source, title: article.title } },
      analysed: article.analysed,
    });
    timeline(articleTimelinePath(article.id), about, events);
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
    });
  }
  const all = site.events.map(asEvent);
  const latest =
    site.articles
      .map((a) => a.analysed)
      .sort()
      .at(-1) ?? '';
  timeline(
    '/timeline/',
    timelineAbout({
      title: SITE_TIMELINE_TITLE,
      events: all,
      source: { articles: site.articles.length },
      analysed: latest,
    }),
    all,
  );
  return jobs;
}
