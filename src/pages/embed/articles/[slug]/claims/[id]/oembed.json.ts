import type { APIRoute, GetStaticPaths } from 'astro';
import { claimEmbed } from '../../../../../../site/embed/targets.ts';
import { oembedResponse } from '../../../../../../site/embed/oembed-response.ts';
import { siteData, withArticleKeys } from '../../../../../../site/site-data.ts';

export const getStaticPaths = (async () =>
  withArticleKeys(
    (await siteData()).corpus.claims.map((claim) => ({
      params: { slug: claim.article, id: claim.id },
      props: { number: claim.number },
    })),
  )) satisfies GetStaticPaths;

/** The oEmbed document of a claim card. */
export const GET: APIRoute = ({ params, props, site }) =>
  oembedResponse(claimEmbed(params['slug'] ?? '', params['id'] ?? '', props['number']), site);
