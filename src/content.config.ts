import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { corpusLoader } from './loaders/corpus-loader.ts';
import { ActorSchema, ArticleSchema, ClaimSchema, EventSchema } from './analysis/schema/entries.ts';

// Claim and event ids are unique per article, so their collection ids are `<article>/<id>`.
const articles = defineCollection({
  loader: corpusLoader('articles', (c) => c.articles.map((data) => ({ key: data.id, data }))),
  schema: ArticleSchema.extend({ author: reference('actors') }),
});

const actors = defineCollection({
  loader: corpusLoader('actors', (c) => c.actors.map((data) => ({ key: data.id, data }))),
  schema: ActorSchema,
});

const claims = defineCollection({
  loader: corpusLoader('claims', (c) =>
    c.claims.map((data) => ({ key: `${data.article}/${data.id}`, data })),
  ),
  schema: ClaimSchema.extend({
    article: reference('articles'),
    claimant: reference('actors'),
    about: z.array(reference('actors')),
  }),
});

const events = defineCollection({
  loader: corpusLoader('events', (c) =>
    c.events.map((data) => ({ key: `${data.article}/${data.id}`, data })),
  ),
  schema: EventSchema.extend({
    article: reference('articles'),
    actors: z.array(reference('actors')),
  }),
});

export const collections = { articles, actors, claims, events };
