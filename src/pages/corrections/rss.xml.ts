import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedItem } from '../../exports/feed-items.ts';
import { correctionItems } from '../../site/corrections-page.ts';
import { requireSite } from '../../site/responses.ts';
import { siteData } from '../../site/site-data.ts';

/**
 * /corrections/rss.xml: every correction, update and rating change, newest first. Links are
 * absolute, which the feed library keeps as they are: a relative one gets the trailing slash
 * after its #fragment.
 */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: 'ClaimLens corrections',
    description: 'Every correction, update and rating change ClaimLens makes, newest first.',
    site: requireSite(site),
    items: correctionItems(await siteData()).map((item) =>
      feedItem({
        title: `${item.heading}: ${item.subject}`,
        link: new URL(item.href, requireSite(site)).href,
        pubDate: new Date(`${item.date}T00:00:00Z`),
        description: `${item.change ? `${item.change} ` : ''}${item.note}`,
      }),
    ),
    trailingSlash: true,
  });
