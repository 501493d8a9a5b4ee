import type { APIRoute, GetStaticPaths } from 'astro';
import { claimEmbed } from '../../../../../../site/embed/targets.ts';
import { siteClaimCard } from '../../../../../../site/embed/claim-card.ts';
import { oembedResponse } from '../../../../../../site/embed/oembed-response.ts';
import { siteData, withArticleKeys } from '../../../../../../site/site-data.ts';

export const getStaticPaths = (async () => {
  const data = await siteData();
  return withArticleKeys(
    data.corpus.claims.map((claim) => ({
      params: { slug: claim.article, id: claim.id },
      props: {
        target: claimEmbed(siteClaimCard(data, claim)),
      },
    })),
  );
}) satisfies GetStaticPaths;

/** The oEmbed document of a claim card. */
export const GET: APIRoute = ({ props, site }) => oembedResponse(props['target'], site);
