import { withArticleKeys } from '../../../../../../site/cache-keys.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { claimEmbed } from '../../../../../../components/timeline/embed-targets.ts';
import { oembedResponse } from '../../../../../../components/timeline/oembed-response.ts';

export const getStaticPaths = (async () =>
  withArticleKeys(
    (await getCollection('claims')).map((claim) => ({
      params: { slug: claim.data.article.id, id: claim.data.id },
      props: { number: claim.data.number },
    })),
  )) satisfies GetStaticPaths;

/** The oEmbed document of a claim card. */
export const GET: APIRoute = ({ params, props, site }) =>
  oembedResponse(claimEmbed(params['slug'] ?? '', params['id'] ?? '', props['number']), site);
