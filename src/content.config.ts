import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schema/article.ts';
import { claimSchema } from './schema/claim.ts';
import { contentDir } from './site/content-dir.ts';

/**
 * Cleaned article records written by `npm run ingest`. The entry id is the file name without
 * `.json`: the seed's id, which claim pages cite (ingest makes it URL-safe; see seedId).
 */
const articles = defineCollection({
  loader: glob({ pattern: '*.json', base: `${contentDir()}/articles`, generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  schema: articleSchema,
});

/**
 * One fact-check page per claim, generated then owned jointly with authors.
 * The entry id is the file name without `.mdx`, exactly what `related[].slug` points at.
 * Only the folder's own files, as ingest reads them: a subfolder (pages put aside) is not built.
 */
const claims = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: `${contentDir()}/claims`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: claimSchema,
});

export const collections = { articles, claims };
