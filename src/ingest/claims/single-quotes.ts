/**
 * British style quotes with single marks: ‘These claims are false,’ he said, or in straight marks
 * as tabloids type them: 'Dara has never cheated,' he said. Attribution reads quotations by their
 * double marks (“…” and "…"); the closing single mark is also the apostrophe ("customers’ cards",
 * "it's"), so single marks are paired here and read as double ones (curly as curly, straight as
 * straight).
 *
 * The analysis reads a copy in which each pair is swapped for “ and ”, one character for one, so
 * every offset holds; the quote a page shows is the sentence as written (extract.ts keeps it),
 * and a claim's own words get their single marks back (`restoreSingleQuotes`).
 */
import { allMatches } from '../all-matches.ts';

/** One way of typing single marks: curly (‘…’) or straight ('…'), read as double marks of its kind. */
interface MarkStyle {
  /** The opening mark. */
  first: '‘' | "'";
  /** Opening marks: at the start, or after a space, a bracket, a dash or a double mark. */
  opens: RegExp;
  /** The closing mark, which is also the apostrophe. */
  mark: '’' | "'";
  open: string;
  close: string;
  /** A closing mark right after a sentence's final stop. */
  tail: RegExp;
}

const STYLES: readonly MarkStyle[] = [
  { first: '‘', opens: /(?:^|(?<=[\s([{—–“"]))‘/gu, mark: '’', open: '“', close: '”', tail: /[.!?,]’\s*$/u },
  // A straight one also opens a word ("'90s" and "'em" are no quotations they could open).
  { first: "'", opens: /(?:^|(?<=[\s([{—–“"]))'(?=\p{L})/gu, mark: "'", open: '"', close: '"', tail: /[.!?,]'\s*$/u },
];

/**
 * Where the quotation opened at `from` closes: the first ’ after punctuation ("false,’"), else
 * the first ’ before a space, punctuation or the end that no plural's "s" comes before
 * ("customers’ cards" is a possessive), up to the next opening mark; -1 when none does.
 */
function closing(text: string, from: number, limit: number, mark: '’' | "'"): number {
  let loose = -1;
  for (let k = text.indexOf(mark, from); k >= 0 && k < limit; k = text.indexOf(mark, k + 1)) {
    const after = text[k + 1];
    if (after !== undefined && !/[\s.,;:!?)\]—–”"]/u.test(after)) continue; // it’s, don’t
    if (/[.,!?]/.test(text[k - 1] ?? '')) return k;
    if (loose < 0 && !/s/i.test(text[k - 1] ?? '')) loose = k;
  }
  return loose;
}

/** The text with its single-mark quotations in double marks (same length), or itself when it has none. */
export function doubleSingleQuotes(text: string): string {
  const edits = new Map<number, string>();
  for (const { first, opens: re, mark, open, close, tail } of STYLES) {
    if (!text.includes(first) && !text.includes(mark)) continue;
    const opens = allMatches(re, text).map((m) => m.index);
    opens.forEach((at, n) => {
      const end = closing(text, at + 1, opens[n + 1] ?? text.length, mark);
      // The last quotation of a sentence may go on into the next one ("said: 'That fridge
      // holds ice packs. There is nothing in it.'"): it opens here all the same.
      if (end < 0 && !(n === opens.length - 1 && /\p{L}/u.test(text[at + 1] ?? ''))) return;
      edits.set(at, open);
      if (end >= 0) edits.set(end, close);
    });
    // … and closes there: a mark right after the sentence's final stop is no apostrophe; nor is
    // one right after a comma or a stop before its frame, with no opening mark before it ("We all
    // knew something was coming,’ he said.", the end of a quotation opened sentences before).
    const stop = tail.exec(text);
    if (stop && !edits.has(stop.index + 1)) edits.set(stop.index + 1, close);
    const closesEarlier = new RegExp(`[.!?,]${mark}(?=\\s+\\p{L})`, 'u').exec(text);
    if (closesEarlier && closesEarlier.index + 1 < (opens[0] ?? text.length) && !edits.has(closesEarlier.index + 1)) edits.set(closesEarlier.index + 1, close);
  }
  if (edits.size === 0) return text;
  // UTF-16 units: the marks are one unit each, and a character of two units is rejoined as it was.
  const units = text.split('');
  for (const [at, c] of edits) units[at] = c;
  return units.join('');
}

/**
 * A claim's words as the article marks quotations: when the sentence as written uses single
 * marks and no double ones (of the same style), the double marks of the analysis copy go back
 * to single.
 */
export function restoreSingleQuotes(words: string, written: string): string {
  // Double marks the sentence as written lacks can only come from the analysis copy.
  let out = words;
  if (!/[“”]/.test(written)) out = out.replace(/“/g, '‘').replace(/”/g, '’');
  if (!written.includes('"')) out = out.replace(/"/g, "'");
  return out;
}
