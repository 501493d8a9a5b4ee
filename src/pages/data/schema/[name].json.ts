import type { APIRoute, GetStaticPaths } from 'astro';
import {
  EXPORT_SCHEMAS,
  exportJsonSchema,
  type ExportName,
} from '../../../exports/json-schemas.ts';
import { json, requireSite } from '../../../site/responses.ts';

/** /data/schema/<name>.json: one JSON Schema per JSON export, generated from its zod schema. */
export const getStaticPaths = (() =>
  Object.keys(EXPORT_SCHEMAS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  json(
    exportJsonSchema(params['name'] as ExportName, requireSite(site)),
    'application/schema+json',
  );
