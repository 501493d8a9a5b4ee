import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { feedItems } from '../exports/feed-items.ts';
import { requireSite } from '../site/corpus.ts';

/** /rss.xml: the analysed articles, newest analysis first. */
export const GET: APIRoute = async ({ site }) => {
  const articles = (await getCollection('articles')).map(({ data }) => ({
    ...data,
    author: data.author.id,
  }));
  return rss({
    title: 'ClaimLens',
    description: 'News articles annotated into claims, actors and events.',
    site: requireSite(site),
    items: feedItems(articles),
    trailingSlash: true,
  });
};
