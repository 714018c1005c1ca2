/**
 * The words the search index holds, most frequent first, for "Did you mean …?" under a search
 * with a word the site does not have. Pagefind matches words as written (a prefix at most) and
 * has no typo tolerance: "Peskv" does not find "Peskov", on dozens of pages. The search page
 * compares the words of each search with these (src/site/did-you-mean.ts); the build writes
 * them from the text Pagefind indexed (src/integrations/search-words.ts).
 */
/** A word as a searcher types it: letters (accents and all); the vocabulary keeps those at least MIN_WORD long. */
export const WORD = /\p{L}[\p{L}\p{M}]*/gu;
export const MIN_WORD = 3;

/** The distinct words of `texts`, lower-cased, most frequent first (ties alphabetical), at most `limit`. */
export function wordsByFrequency(texts: Iterable<string>, limit: number): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const [w] of text.toLowerCase().matchAll(WORD)) if (w.length >= MIN_WORD) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([w]) => w);
}

/** Most words kept: a site of 10,000 articles has ~60,000 distinct ones; rarer ones are seldom meant. */
export const VOCABULARY_LIMIT = 40_000;
