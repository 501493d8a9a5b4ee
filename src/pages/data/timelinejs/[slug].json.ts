import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { ALL_TIMELINES, timelineFiles } from '../../../exports/timelinejs.ts';
import { configuredSite, json } from '../../../site/responses.ts';
import { siteData, withArticleKeys } from '../../../site/site-data.ts';

/**
 * /data/timelinejs/<slug>.json per article, and /data/timelinejs/all.json for every article.
 * All files are made in one pass here, not once per file: each file's endpoint only writes its own.
 */
export const getStaticPaths = (async () => {
  const site = configuredSite();
  const { articles, events } = (await siteData()).corpus;
  if (articles.some((a) => a.id === ALL_TIMELINES))
    throw new Error(
      `an article may not be called "${ALL_TIMELINES}": /data/timelinejs/${ALL_TIMELINES}.json holds every ` +
        `article's events`,
    );
  return withArticleKeys(
    [...timelineFiles(articles, events, site)].map(([slug, timeline]) => ({
      params: { slug },
      props: { timeline },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  json(props.timeline);
