import type { APIRoute, GetStaticPaths } from 'astro';
import { actorScopes } from '../../../../../components/timeline/actor-scopes.ts';
import { actorTimelineEmbed } from '../../../../../components/timeline/embed-targets.ts';
import { oembedResponse } from '../../../../../components/timeline/oembed-response.ts';

export const getStaticPaths = (async () =>
  (await actorScopes()).map((props) => ({
    params: { id: props.id },
    props,
  }))) satisfies GetStaticPaths;

/** The oEmbed document of an actor's timeline embed. */
export const GET: APIRoute = ({ props, site }) =>
  oembedResponse(actorTimelineEmbed(props['id'], props['name'], props['events'].length), site);
