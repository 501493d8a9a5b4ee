import type { APIRoute } from 'astro';
import { loadTimeline } from '../../../components/timeline/load-timeline.ts';
import { timelineEmbed } from '../../../components/timeline/embed-targets.ts';
import { oembedResponse } from '../../../components/timeline/oembed-response.ts';

/** The oEmbed document of /embed/timeline/. */
export const GET: APIRoute = async ({ site }) =>
  oembedResponse(timelineEmbed((await loadTimeline()).events.length), site);
