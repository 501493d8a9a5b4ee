import type { APIRoute } from 'astro';
import { annotationCollection } from '../../exports/annotations.ts';
import { json, requireSite } from '../../site/responses.ts';
import { siteData } from '../../site/site-data.ts';

/** /data/annotations.jsonld: the claims as W3C Web Annotations. */
export const GET: APIRoute = async ({ site }) => {
  const { articles, claims } = (await siteData()).corpus;
  return json(annotationCollection(articles, claims, requireSite(site)), 'application/ld+json');
};
