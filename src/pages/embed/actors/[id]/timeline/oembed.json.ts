import type { APIRoute, GetStaticPaths } from 'astro';
import { actorScopePaths } from '../../../../../site/timeline/scopes.ts';
import { actorTimelineEmbed } from '../../../../../site/embed/targets.ts';
import { oembedResponse } from '../../../../../site/embed/oembed-response.ts';

export const getStaticPaths = actorScopePaths satisfies GetStaticPaths;

/** The oEmbed document of an actor's timeline embed. */
export const GET: APIRoute = ({ props, site }) =>
  oembedResponse(actorTimelineEmbed(props['id'], props['name'], props['events'].length), site);
