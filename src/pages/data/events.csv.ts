import type { APIRoute } from 'astro';
import { EVENT_COLUMNS, toCsv } from '../../exports/csv.ts';
import { eventRecords } from '../../exports/event-records.ts';
import { csv, requireSite } from '../../site/responses.ts';
import { siteData } from '../../site/site-data.ts';

/** /data/events.csv */
export const GET: APIRoute = async ({ site }) =>
  csv(toCsv(eventRecords((await siteData()).corpus.events, requireSite(site)), EVENT_COLUMNS));
