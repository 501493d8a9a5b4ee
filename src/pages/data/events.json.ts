import type { APIRoute } from 'astro';
import { eventRecords } from '../../exports/event-records.ts';
import { corpusFromCollections, json, requireSite } from '../../site/corpus.ts';

/** /data/events.json */
export const GET: APIRoute = async ({ site }) =>
  json(eventRecords((await corpusFromCollections()).events, requireSite(site)));
