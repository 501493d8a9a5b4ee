import { withArticleKeys } from '../../../../../../site/cache-keys.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadTimeline } from '../../../../../../components/timeline/load-timeline.ts';
import { eventEmbed } from '../../../../../../components/timeline/embed-targets.ts';
import { oembedResponse } from '../../../../../../components/timeline/oembed-response.ts';

export const getStaticPaths = (async () =>
  withArticleKeys(
    (await loadTimeline()).events.map((event) => ({
      params: { slug: event.article, id: event.id },
      props: { summary: event.summary },
    })),
  )) satisfies GetStaticPaths;

/** The oEmbed document of an event card. */
export const GET: APIRoute = ({ params, props, site }) =>
  oembedResponse(eventEmbed(params['slug'] ?? '', params['id'] ?? '', props['summary']), site);
