import type { APIRoute, GetStaticPaths } from 'astro';
import { eventEmbed } from '../../../../../../site/embed/targets.ts';
import { oembedResponse } from '../../../../../../site/embed/oembed-response.ts';
import { siteData, withArticleKeys } from '../../../../../../site/site-data.ts';

export const getStaticPaths = (async () =>
  withArticleKeys(
    (await siteData()).corpus.events.map((event) => ({
      params: { slug: event.article, id: event.id },
      props: { summary: event.summary },
    })),
  )) satisfies GetStaticPaths;

/** The oEmbed document of an event card. */
export const GET: APIRoute = ({ params, props, site }) =>
  oembedResponse(eventEmbed(params['slug'] ?? '', params['id'] ?? '', props['summary']), site);
