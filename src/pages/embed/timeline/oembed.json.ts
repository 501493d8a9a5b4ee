import type { APIRoute } from 'astro';
import { siteData } from '../../../site/site-data.ts';
import { timelineEmbed } from '../../../site/embed/targets.ts';
import { oembedResponse } from '../../../site/embed/oembed-response.ts';

/** The oEmbed document of /embed/timeline/. */
export const GET: APIRoute = async ({ site }) =>
  oembedResponse(timelineEmbed((await siteData()).corpus.events.length), site);
