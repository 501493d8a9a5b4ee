import type { APIRoute } from 'astro';
import { claimRecords } from '../../exports/claim-records.ts';
import { CLAIM_COLUMNS, toCsv } from '../../exports/csv.ts';
import { corpusFromCollections, csv, requireSite } from '../../site/corpus.ts';

/** /data/claims.csv */
export const GET: APIRoute = async ({ site }) =>
  csv(
    toCsv(claimRecords((await corpusFromCollections()).claims, requireSite(site)), CLAIM_COLUMNS),
  );
