import type { APIRoute } from 'astro';
import { actorRecords } from '../../exports/actor-records.ts';
import { corpusFromCollections, json, requireSite } from '../../site/corpus.ts';

/** /data/actors.json */
export const GET: APIRoute = async ({ site }) => {
  const { actors, articles, claims } = await corpusFromCollections();
  return json(actorRecords(actors, articles, claims, requireSite(site)));
};
