import { defineCollection } from 'astro:content';
import { corpusLoader } from './loaders/corpus-loader.ts';
import {
  ActorSchema,
  ArticleSchema,
  ClaimSchema,
  ArticleEventSchema,
} from './analysis/schema/entries.ts';

// References stay plain ids, as the core made them: the corpus has already checked that each
// names an entry, and the views read them through src/site/site-data.ts.
// Claim and event ids are unique per article, so their collection ids are `<article>/<id>`.
const articles = defineCollection({
  loader: corpusLoader('articles', (c) => c.articles.map((data) => ({ key: data.id, data }))),
  schema: ArticleSchema,
});

const actors = defineCollection({
  loader: corpusLoader('actors', (c) => c.actors.map((data) => ({ key: data.id, data }))),
  schema: ActorSchema,
});

const claims = defineCollection({
  loader: corpusLoader('claims', (c) =>
    c.claims.map((data) => ({ key: `${data.article}/${data.id}`, data })),
  ),
  schema: ClaimSchema,
});

const events = defineCollection({
  loader: corpusLoader('events', (c) =>
    c.events.map((data) => ({ key: `${data.article}/${data.id}`, data })),
  ),
  schema: ArticleEventSchema,
});

export const collections = { articles, actors, claims, events };
