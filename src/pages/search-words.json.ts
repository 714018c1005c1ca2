/** The site's words, most frequent first, for the search page's "Did you mean …?" (src/site/search-words.ts). */
import type { APIRoute } from 'astro';
import { siteModel } from '../site/data.ts';
import { searchableTexts, VOCABULARY_LIMIT, wordsByFrequency } from '../site/search-words.ts';

export const GET: APIRoute = async () => {
  const words = wordsByFrequency(searchableTexts(await siteModel()), VOCABULARY_LIMIT);
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
