import type { APIRoute } from 'astro';
import { claimRecords } from '../../exports/claim-records.ts';
import { CLAIM_COLUMNS, toCsv } from '../../exports/csv.ts';
import { csv, requireSite } from '../../site/responses.ts';
import { siteData } from '../../site/site-data.ts';

/** /data/claims.csv */
export const GET: APIRoute = async ({ site }) =>
  csv(toCsv(claimRecords((await siteData()).corpus.claims, requireSite(site)), CLAIM_COLUMNS));
