import { z } from 'zod';
import { ActorRecordSchema } from './actor-records.ts';
import { AnnotationCollectionSchema } from './annotations.ts';
import { ArticleRecordSchema } from './article-records.ts';
import { ClaimRecordSchema } from './claim-records.ts';
import { EventRecordSchema } from './event-records.ts';
import { siteUrl } from './site-url.ts';
import { TimelineJsSchema } from './timelinejs.ts';

/** Every JSON export's zod schema, by the name of its JSON Schema file under /data/schema/. */
export const EXPORT_SCHEMAS = {
  articles: z.array(ArticleRecordSchema).describe('/data/articles.json: every analysed article.'),
  actors: z.array(ActorRecordSchema).describe('/data/actors.json: every actor.'),
  claims: z.array(ClaimRecordSchema).describe('/data/claims.json: every claim of every article.'),
  events: z.array(EventRecordSchema).describe('/data/events.json: every event of every article.'),
  annotations: AnnotationCollectionSchema,
  timelinejs: TimelineJsSchema,
} as const;

/** The name of one JSON Schema file: `articles`, `actors`, `claims`, `events`, `annotations` or `timelinejs`. */
export type ExportName = keyof typeof EXPORT_SCHEMAS;

/** The path of an export's JSON Schema, e.g. `/data/schema/claims.json`. */
const schemaPath = (name: ExportName): string => `/data/schema/${name}.json`;

/**
 * An export's JSON Schema (draft 2020-12), generated from its zod schema, with its canonical `$id`.
 *
 * @example
 *   exportJsonSchema('claims', site).$id // 'https://claimlens.example/data/schema/claims.json'
 */
export function exportJsonSchema(name: ExportName, site: URL): Record<string, unknown> {
  const schema = z.toJSONSchema(EXPORT_SCHEMAS[name], {
    target: 'draft-2020-12',
    unrepresentable: 'throw',
  });
  return { ...schema, $id: siteUrl(site, schemaPath(name)) };
}
