import type { APIRoute } from 'astro';
import { articleRecords } from '../../exports/article-records.ts';
import { corpusFromCollections, json, requireSite } from '../../site/corpus.ts';

/** /data/articles.json */
export const GET: APIRoute = async ({ site }) =>
  json(articleRecords((await corpusFromCollections()).articles, requireSite(site)));
