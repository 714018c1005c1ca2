/**
 * "Did you mean …?" for a search with a word the site does not have. Pagefind has no typo
 * tolerance, so a misspelt name finds nothing of it; each such word is replaced by the most
 * frequent word of the site a slip away. Runs in the browser, on the words of the search index
 * (/search-words.json, written by src/integrations/search-words.ts). What is not a slip is left alone, since a wrong suggestion is worse
 * than none ("truth" is not "trump", "unconfirmed" not "confirmed"):
 * - a word some word of the site begins with ("Wash" while typing "Washington", "claim" for
 *   "claims"): Pagefind finds a word by its beginning already;
 * - a short word: up to four letters too many words are one slip from another ("fake", "jake");
 * - another form of a word ("unconfirmed", "Putins"): a known word with letters added at an end.
 */
import { levenshtein } from '../ingest/merge/closest.ts';
import { MIN_WORD, WORD } from './search-words.ts';

/** The site's words: by frequency (most frequent first), as a set, and in code-point order. */
export interface Vocabulary {
  list: readonly string[];
  known: ReadonlySet<string>;
  sorted: readonly string[];
}

export function vocabularyOf(list: readonly string[]): Vocabulary {
  return { list, known: new Set(list), sorted: [...list].sort() };
}

/** Unknown words looked at in one search at most: a long paste must not freeze the page. */
const MAX_UNKNOWN = 8;

/** Slips a word of `n` letters may hold: none up to four letters, one up to seven, then two (a swap of two letters is one). */
function slipsAllowed(n: number): number {
  return n <= 4 ? 0 : n <= 7 ? 1 : 2;
}

/** Does a word of the site begin with `word`? */
function beginsKnownWord(word: string, sorted: readonly string[]): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo]?.startsWith(word) ?? false;
}

/** The most frequent word of the site a slip away from `word` (the fewest slips first), or null. */
function nearestWord(word: string, { list }: Vocabulary): string | null {
  const within = slipsAllowed(word.length);
  let best: string | null = null;
  let bestDistance = within + 1;
  for (const candidate of list) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    if (candidate.startsWith(word) || word.startsWith(candidate) || candidate.endsWith(word) || word.endsWith(candidate)) continue; // another form
    const d = levenshtein(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break; // the list runs by frequency: no later word does better
    }
  }
  return best;
}

/** `found` written as `word` was: all capitals, a capital first, or lower case. */
function likeWritten(found: string, word: string): string {
  if (word.length > 1 && word === word.toUpperCase()) return found.toUpperCase();
  return word[0] === word[0]!.toUpperCase() ? found[0]!.toUpperCase() + found.slice(1) : found;
}

/** The search with each word that is a slip corrected, the rest as written; null when nothing is corrected. */
export function didYouMean(term: string, vocabulary: Vocabulary): string | null {
  let changed = false;
  let looked = 0;
  const out = term.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    if (lower.length < MIN_WORD || vocabulary.known.has(lower) || beginsKnownWord(lower, vocabulary.sorted)) return word;
    if (slipsAllowed(lower.length) === 0 || looked++ >= MAX_UNKNOWN) return word;
    const found = nearestWord(lower, vocabulary);
    if (found === null) return word;
    changed = true;
    return likeWritten(found, word);
  });
  return changed ? out : null;
}
