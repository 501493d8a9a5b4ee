import type { APIRoute, GetStaticPaths } from 'astro';
import { articleScopePaths } from '../../../../../site/timeline/scopes.ts';
import { articleTimelineEmbed } from '../../../../../site/embed/targets.ts';
import { oembedResponse } from '../../../../../site/embed/oembed-response.ts';

export const getStaticPaths = articleScopePaths satisfies GetStaticPaths;

/** The oEmbed document of an article's timeline embed. */
export const GET: APIRoute = ({ props, site }) =>
  oembedResponse(articleTimelineEmbed(props['slug'], props['title'], props['scope'].length), site);
