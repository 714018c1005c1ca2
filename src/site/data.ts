/**
 * Loads the content collections once per build and turns them into the site model.
 * Pages call `siteModel()`; claim pages also need the collection entry itself to render the MDX body.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildSiteModel, type SiteModel } from './model.ts';

let cached: Promise<{ model: SiteModel; entries: Map<string, CollectionEntry<'claims'>> }> | null = null;

async function load() {
  const [claimEntries, articleEntries] = await Promise.all([getCollection('claims'), getCollection('articles')]);
  const model = buildSiteModel(
    claimEntries.map((e) => ({ slug: e.id, data: e.data })),
    articleEntries.map((e) => e.data),
  );
  return { model, entries: new Map(claimEntries.map((e) => [e.id, e])) };
}

function loaded() {
  // In `astro dev` content changes under a running server, so only the build keeps the cache.
  if (!import.meta.env.PROD) return load();
  cached ??= load();
  return cached;
}

export async function siteModel(): Promise<SiteModel> {
  return (await loaded()).model;
}

export async function claimEntries(): Promise<Map<string, CollectionEntry<'claims'>>> {
  return (await loaded()).entries;
}
