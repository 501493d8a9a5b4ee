import type { APIRoute } from 'astro';
import { actorRecords } from '../../exports/actor-records.ts';
import { json, requireSite } from '../../site/responses.ts';
import { siteData } from '../../site/site-data.ts';

/** /data/actors.json */
export const GET: APIRoute = async ({ site }) => {
  const { actors, articles, claims } = (await siteData()).corpus;
  return json(actorRecords(actors, articles, claims, requireSite(site)));
};
