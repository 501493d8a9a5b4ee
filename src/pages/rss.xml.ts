import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedItems } from '../exports/feed-items.ts';
import { requireSite } from '../site/responses.ts';
import { siteData } from '../site/site-data.ts';

/** /rss.xml: the analysed articles, newest analysis first, each led by our verdict. */
export const GET: APIRoute = async ({ site }) => {
  const { articles, claims } = (await siteData()).corpus;
  return rss({
    title: 'ClaimLens',
    description: 'News articles annotated into claims, actors and events.',
    site: requireSite(site),
    items: feedItems(articles, claims),
    trailingSlash: true,
  });
};
