import type { APIRoute } from 'astro';
import { EVENT_COLUMNS, toCsv } from '../../exports/csv.ts';
import { eventRecords } from '../../exports/event-records.ts';
import { corpusFromCollections, csv, requireSite } from '../../site/corpus.ts';

/** /data/events.csv */
export const GET: APIRoute = async ({ site }) =>
  csv(
    toCsv(eventRecords((await corpusFromCollections()).events, requireSite(site)), EVENT_COLUMNS),
  );
