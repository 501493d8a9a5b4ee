import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: process.env['PLAIN_CONTENT'] ?? '../../.bench/plain' }),
});

export const collections = { articles };
