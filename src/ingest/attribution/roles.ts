/**
 * A speaker's roles as the site and the verdict reasons list them. Articles spell one role many ways ("U.S.
 * President-elect" and "US President-elect", "National Security Advisor" and "national security
 * adviser", "Ukrainian president" and "Ukraine President"), and a list of every spelling reads as
 * several roles. Spellings that differ only in case, dots, a courtesy title, British or American
 * spelling or the form of a place name (the matcher's place lexicon) are one role, shown as most
 * often written; a role that only ends a longer one ("spokesman" after "Kremlin spokesman") says
 * nothing more and is left out.
 */
import placesJson from '../lexicon/places.json' with { type: 'json' };
import { mostFrequent } from '../most-frequent.ts';

/** Courtesy titles inside a role ("Mr. Trump’s communications director"): not part of the role. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'dr']);
/** Spelling variants of one word. */
const SPELLING = new Map([['advisor', 'adviser']]);
/** One-word place names and their adjectives → the place ("ukrainian" → "ukraine"). */
const PLACE = new Map<string, string>();
for (const [key, { variants }] of Object.entries(placesJson.places)) {
  for (const v of variants) if (!v.includes(' ')) PLACE.set(v.replaceAll('.', ''), key);
}

/** The words a role is compared by. */
function roleWords(role: string): string[] {
  return role
    .toLowerCase()
    .replaceAll('.', '')
    .replaceAll('’', "'")
    .split(/\s+/)
    .filter((w) => w !== '' && !COURTESY.has(w))
    .map((w) => SPELLING.get(w) ?? PLACE.get(w) ?? w);
}

/** True when `short` is the last words of `long` and `long` has more. */
function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  const offset = long.length - short.length;
  return short.every((w, i) => long[offset + i] === w);
}

/**
 * The roles to show for a speaker, from every role their evidence rows give (repeats count:
 * the spelling written most often is shown, ties going to the first). In order of first mention.
 */
export function displayRoles(mentions: Iterable<string>): string[] {
  const groups = new Map<string, { words: string[]; spellings: Map<string, number> }>();
  for (const raw of mentions) {
    const role = raw.trim();
    if (role === '') continue;
    const words = roleWords(role);
    const key = words.join(' ');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { words, spellings: new Map() }));
    group.spellings.set(role, (group.spellings.get(role) ?? 0) + 1);
  }
  const all = [...groups.values()];
  return all
    .filter((g) => !all.some((other) => endsWith(other.words, g.words)))
    .map((g) => mostFrequent(g.spellings)!);
}
