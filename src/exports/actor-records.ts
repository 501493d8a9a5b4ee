import { z } from 'zod';
import {
  IdentificationEntrySchema,
  type Actor,
  type Article,
  type Claim,
} from '../analysis/schema/entries.ts';
import { ActorKindSchema } from '../analysis/schema/vocabulary.ts';
import { actorPath } from '../analysis/urls.ts';
import { AbsoluteUrlSchema, RefSchema } from './record-fields.ts';
import { siteUrl } from './site-url.ts';

/** One actor in `/data/actors.json`. */
export const ActorRecordSchema = z
  .strictObject({
    id: RefSchema,
    url: AbsoluteUrlSchema.describe('The actor page on this site.'),
    name: z.string(),
    kind: ActorKindSchema,
    aliases: z.array(z.string()).describe('Names the texts use for this actor.'),
    role: z.string().optional(),
    identification: IdentificationEntrySchema.optional().describe(
      'How a garbled or vague name was identified, and how sure that is.',
    ),
    links: z.array(AbsoluteUrlSchema).describe('Pages about the actor elsewhere.'),
    descriptionHtml: z.string().describe('The description, as sanitised HTML.'),
    articles: z
      .array(RefSchema)
      .describe('Ids of the articles that mention the actor, are by it or hold its claims.'),
  })
  .describe('A person, government, company or outlet the articles name.');
export type ActorRecord = z.output<typeof ActorRecordSchema>;

/**
 * The actors export, by id, each with the articles that involve it.
 *
 * @example
 *   actorRecords(corpus.actors, corpus.articles, corpus.claims, site).find((a) => a.id === 'japan')?.articles
 *   // ['japan-india-rare-earths']
 */
export function actorRecords(
  actors: readonly Actor[],
  articles: readonly Article[],
  claims: readonly Claim[],
  site: URL,
): ActorRecord[] {
  const involved = new Map<string, Set<string>>();
  const add = (actor: string, article: string) =>
    involved.set(actor, (involved.get(actor) ?? new Set()).add(article));
  for (const article of articles) {
    add(article.author, article.id);
    for (const mention of article.mentions) add(mention.actor, article.id);
  }
  for (const claim of claims) add(claim.claimant, claim.article);
  return [...actors]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((actor) => ({
      id: actor.id,
      url: siteUrl(site, actorPath(actor.id)),
      name: actor.name,
      kind: actor.kind,
      aliases: actor.aliases,
      ...(actor.role !== undefined && { role: actor.role }),
      ...(actor.identification && { identification: actor.identification }),
      links: actor.links,
      descriptionHtml: actor.descriptionHtml,
      articles: [...(involved.get(actor.id) ?? [])].sort(),
    }));
}
