import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schema/article.ts';
import { claimSchema } from './schema/claim.ts';

/** Cleaned article records written by `npm run ingest`. */
const articles = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/articles' }),
  schema: articleSchema,
});

/** One fact-check page per claim, generated then owned jointly with authors. */
const claims = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/claims' }),
  schema: claimSchema,
});

export const collections = { articles, claims };
