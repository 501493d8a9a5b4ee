import type { APIRoute } from 'astro';
import { claimRecords } from '../../exports/claim-records.ts';
import { json, requireSite } from '../../site/responses.ts';
import { siteData } from '../../site/site-data.ts';

/** /data/claims.json */
export const GET: APIRoute = async ({ site }) =>
  json(claimRecords((await siteData()).corpus.claims, requireSite(site)));
