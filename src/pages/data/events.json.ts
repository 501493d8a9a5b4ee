import type { APIRoute } from 'astro';
import { eventRecords } from '../../exports/event-records.ts';
import { json, requireSite } from '../../site/responses.ts';
import { siteData } from '../../site/site-data.ts';

/** /data/events.json */
export const GET: APIRoute = async ({ site }) =>
  json(eventRecords((await siteData()).corpus.events, requireSite(site)));
