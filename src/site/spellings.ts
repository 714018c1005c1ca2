/**
 * Other spellings of the names a page carries ("Kyiv" / "Kiev", "Zelensky" / "Zelenskyy"), for
 * search: Pagefind finds words as written (and letters with or without diacritics), so a reader
 * searching the old or the transliterated spelling would miss pages written with the other. A
 * page lists the spellings of spellings.json it does not use itself, and the search finds it by
 * any of them (components/OtherSpellings.astro).
 */
import data from './spellings.json' with { type: 'json' };

/** One name's spellings, and a test for each as a whole word, capitalised as written (a turkey is no Turkey). */
const GROUPS = data.groups.map((spellings) => ({
  spellings,
  tests: spellings.map((s) => new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-\s]/g, '[-\\s]')}(?![\\p{L}\\p{N}])`, 'u')),
}));

/** The spellings of the names in `texts` that the texts do not use themselves, in spellings.json's order. */
export function otherSpellings(texts: Iterable<string>): string[] {
  const text = [...texts].join('\n');
  const out: string[] = [];
  for (const { spellings, tests } of GROUPS) {
    const used = tests.map((t) => t.test(text));
    if (!used.some(Boolean)) continue;
    spellings.forEach((s, k) => {
      if (!used[k]) out.push(s);
    });
  }
  return out;
}
