/** The site's words, most frequent first, for the search page's "Did you mean …?" (src/site/search-words.ts). */
import type { APIRoute } from 'astro';
import { claimEntries, siteModel } from '../site/data.ts';
import { searchableTexts, VOCABULARY_LIMIT, wordsByFrequency } from '../site/search-words.ts';
// The site's own pages are searched too ("quote", "record" are on the methodology page).
import methodology from './methodology.mdx?raw';

export const GET: APIRoute = async () => {
  const model = await siteModel();
  const entries = await claimEntries();
  function* texts(): Generator<string> {
    yield* searchableTexts(model);
    // An author's notes (the MDX body) are on the claim's page, and searched with it.
    for (const claim of model.active) yield entries.get(claim.slug)?.body ?? '';
    yield methodology;
  }
  return new Response(JSON.stringify(wordsByFrequency(texts(), VOCABULARY_LIMIT)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
