import type { APIRoute, GetStaticPaths } from 'astro';
import { articleScopePaths } from '../../../../../components/timeline/article-scopes.ts';
import { articleTimelineEmbed } from '../../../../../components/timeline/embed-targets.ts';
import { oembedResponse } from '../../../../../components/timeline/oembed-response.ts';

export const getStaticPaths = articleScopePaths satisfies GetStaticPaths;

/** The oEmbed document of an article's timeline embed. */
export const GET: APIRoute = ({ props, site }) =>
  oembedResponse(articleTimelineEmbed(props['slug'], props['title'], props['scope'].length), site);
