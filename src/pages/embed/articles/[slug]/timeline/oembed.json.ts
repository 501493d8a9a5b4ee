import { articleKeys, cacheKeyOf } from '../../../../../site/cache-keys.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleScopes } from '../../../../../components/timeline/article-scopes.ts';
import { articleTimelineEmbed } from '../../../../../components/timeline/embed-targets.ts';
import { oembedResponse } from '../../../../../components/timeline/oembed-response.ts';

export const getStaticPaths = (async () => {
  const [scopes, keys] = await Promise.all([articleScopes(), articleKeys()]);
  return scopes.map((props) => ({ params: { slug: props.slug }, props, ...cacheKeyOf(keys, props.slug) }));
}) satisfies GetStaticPaths;

/** The oEmbed document of an article's timeline embed. */
export const GET: APIRoute = ({ props, site }) => oembedResponse(articleTimelineEmbed(props['slug'], props['title'], props['scope'].length), site);
