/**
 * "Did you mean …?" for a search with a word the site does not have: each word of the search it does not
 * have is replaced by the most frequent word of the site a slip away (one edit in a short word,
 * two in a longer one; a swap of two letters is one). Runs in the browser, on the vocabulary of
 * src/site/search-words.ts.
 */
import { levenshtein } from '../ingest/merge/closest.ts';
import { MIN_WORD } from './search-words.ts';

/** The nearest known word to `word`, most frequent first among the nearest, or null. */
function nearestWord(word: string, vocabulary: readonly string[]): string | null {
  const within = word.length <= 4 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = within + 1;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const d = levenshtein(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break; // the most frequent word one slip away (the list is by frequency)
    }
  }
  return best;
}

/**
 * The search with each unknown word corrected, as the searcher wrote it otherwise (capitals kept
 * on a corrected word that had them), or null when no word needs or finds a correction.
 */
export function didYouMean(term: string, vocabulary: readonly string[], known: ReadonlySet<string> = new Set(vocabulary)): string | null {
  let changed = false;
  const out = term.replace(/\p{L}[\p{L}\p{M}]*/gu, (word) => {
    const lower = word.toLowerCase();
    if (lower.length < MIN_WORD || known.has(lower)) return word;
    const found = nearestWord(lower, vocabulary);
    if (found === null) return word;
    changed = true;
    return word[0] === word[0]!.toUpperCase() ? found[0]!.toUpperCase() + found.slice(1) : found;
  });
  return changed ? out : null;
}
