import type { ArticleEvent } from '../../src/analysis/schema/entries.ts';
import { eventAnchors } from '../../src/render/timeline-groups.ts';
import { articleTimelinePath } from '../../src/analysis/urls.ts';
import type { ActorRecord } from '../../src/exports/actor-records.ts';
import type { ArticleRecord } from '../../src/exports/article-records.ts';
import type { ClaimRecord } from '../../src/exports/claim-records.ts';
import type { EventRecord } from '../../src/exports/event-records.ts';
import { drawTimeline, toDrawingEvents } from '../../src/render/timeline-drawing/draw-timeline.ts';
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
}

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
  const timeline = (scope: string, title: string, events: ArticleEvent[], label: string): void => {
    const key = JSON.stringify(['timeline', title, events]);
    const svg = () =>
      drawTimeline(toDrawingEvents(events, { anchors: eventAnchors(events) }), {
        title,
        mode: 'file',
      }).horizontal;
    jobs.push(
      { path: imagePaths.timelineSvg(scope), key, svg, label },
      { path: imagePaths.timelinePng(scope), key, svg, png: DOWNLOAD_WIDTH, label },
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
    });
    timeline(
      articleTimelinePath(article.id),
      `Timeline: ${article.title}`,
      events,
      `article "${article.id}": its timeline drawing (title, event summaries)`,
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
    });
  }
  timeline(
    '/timeline/',
    'Timeline of every article',
    site.events.map(asEvent),
    'the site-wide timeline drawing (event summaries of every article)',
  );
  return jobs;
}
