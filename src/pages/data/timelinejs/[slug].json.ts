import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { ALL_TIMELINES, allTimelineJs, articleTimelineJs } from '../../../exports/timelinejs.ts';
import { corpusFromCollections, json, requireSite } from '../_corpus.ts';

/** /data/timelinejs/<slug>.json per article, and /data/timelinejs/all.json for every article. */
export const getStaticPaths = (async () => {
  const slugs = (await getCollection('articles')).map((article) => article.id);
  if (slugs.includes(ALL_TIMELINES)) throw new Error(`an article may not be called "${ALL_TIMELINES}": /data/timelinejs/${ALL_TIMELINES}.json holds every article's events`);
  return [...slugs, ALL_TIMELINES].map((slug) => ({ params: { slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { articles, events } = await corpusFromCollections();
  const base = requireSite(site);
  const article = articles.find((a) => a.id === params['slug']);
  return json(article ? articleTimelineJs(article, events, base) : allTimelineJs(articles, events, base));
};
