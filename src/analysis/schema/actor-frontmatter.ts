import { z } from 'zod';
import { strictObject } from './strict-object.ts';
import { DisplayNameSchema, SafeUrlSchema, SourceSchema } from './common.ts';
import { ActorKindSchema, ConfidenceSchema } from './vocabulary.ts';

/** How a garbled or vague name was resolved to a real actor. */
const IdentificationSchema = strictObject({
  confidence: ConfidenceSchema,
  note: z.string().min(1),
  sources: z.array(SourceSchema).optional(),
});

/**
 * The frontmatter of `content/actors/<id>.md`; the body is a short Markdown description.
 *
 * @example
 *   { name: 'S. Jaishankar', kind: 'person', aliases: ['Sujan Singh'], role: "India's external affairs minister" }
 */
export const ActorFrontmatterSchema = strictObject({
  name: DisplayNameSchema,
  kind: ActorKindSchema,
  aliases: z.array(DisplayNameSchema).optional(),
  role: z.string().optional(),
  identification: IdentificationSchema.optional(),
  links: z.array(SafeUrlSchema).optional(),
});
