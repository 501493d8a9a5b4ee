import type { APIRoute } from 'astro';
import { articleRecords } from '../../exports/article-records.ts';
import { json, requireSite } from '../../site/responses.ts';
import { siteData } from '../../site/site-data.ts';

/** /data/articles.json */
export const GET: APIRoute = async ({ site }) =>
  json(articleRecords((await siteData()).corpus.articles, requireSite(site)));
