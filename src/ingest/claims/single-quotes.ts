/**
 * British style quotes with single marks: ‘These claims are false,’ he said. Attribution reads
 * quotations by their double marks (“…” and "…"); the closing single mark is also the apostrophe
 * ("customers’ cards", "it’s"), so single marks are paired here and read as double ones.
 *
 * The analysis reads a copy in which each pair is swapped for “ and ”, one character for one, so
 * every offset holds; the quote a page shows is the sentence as written (extract.ts keeps it),
 * and a claim's own words get their single marks back (`restoreSingleQuotes`).
 */

/** An opening mark: at the start, or after a space, a bracket, a dash or a double mark. */
const OPENS = /(?:^|(?<=[\s([{—–“"]))‘/gu;

/**
 * Where the quotation opened at `from` closes: the first ’ after punctuation ("false,’"), else
 * the first ’ before a space, punctuation or the end that no plural's "s" comes before
 * ("customers’ cards" is a possessive), up to the next opening mark; -1 when none does.
 */
function closing(text: string, from: number, limit: number): number {
  let loose = -1;
  for (let k = text.indexOf('’', from); k >= 0 && k < limit; k = text.indexOf('’', k + 1)) {
    const after = text[k + 1];
    if (after !== undefined && !/[\s.,;:!?)\]—–”"]/u.test(after)) continue; // it’s, don’t
    if (/[.,!?]/.test(text[k - 1] ?? '')) return k;
    if (loose < 0 && !/s/i.test(text[k - 1] ?? '')) loose = k;
  }
  return loose;
}

/** The text with its single-mark quotations in double marks (same length), or itself when it has none. */
export function doubleSingleQuotes(text: string): string {
  if (!text.includes('‘')) return text;
  const opens = [...text.matchAll(OPENS)].map((m) => m.index);
  // UTF-16 units: the marks are one unit each, and a character of two units is rejoined as it was.
  const units = text.split('');
  opens.forEach((open, n) => {
    const close = closing(text, open + 1, opens[n + 1] ?? text.length);
    if (close < 0) return;
    units[open] = '“';
    units[close] = '”';
  });
  return units.join('');
}

/**
 * A claim's words as the article marks quotations: when the sentence as written uses single
 * marks and no double ones, the double marks of the analysis copy go back to single.
 */
export function restoreSingleQuotes(words: string, written: string): string {
  if (!written.includes('‘') || /[“”]/.test(written)) return words;
  return words.replace(/“/g, '‘').replace(/”/g, '’');
}
