import type { APIRoute } from 'astro';
import { claimRecords } from '../../exports/claim-records.ts';
import { corpusFromCollections, json, requireSite } from '../../site/corpus.ts';

/** /data/claims.json */
export const GET: APIRoute = async ({ site }) =>
  json(claimRecords((await corpusFromCollections()).claims, requireSite(site)));
