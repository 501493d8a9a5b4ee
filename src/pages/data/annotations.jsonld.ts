import type { APIRoute } from 'astro';
import { annotationCollection } from '../../exports/annotations.ts';
import { corpusFromCollections, json, requireSite } from '../../site/corpus.ts';

/** /data/annotations.jsonld: the claims as W3C Web Annotations. */
export const GET: APIRoute = async ({ site }) => {
  const { articles, claims } = await corpusFromCollections();
  return json(annotationCollection(articles, claims, requireSite(site)), 'application/ld+json');
};
