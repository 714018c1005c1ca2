/**
 * Line-shape helpers shared by the parse rules.
 *
 * Why a module of its own: the title, subheading and byline rules all ask the same
 * questions about a line (how many words? does it end like a sentence? does it start
 * with a capital?). Answering them in one place keeps the rules consistent.
 */

/**
 * Whitespace that may pad a line. JavaScript's `\s` already covers U+00A0 (no-break
 * space), U+FEFF (BOM) and the U+2000 block; the zero-width characters are added
 * because pasted web text often carries them on otherwise empty lines.
 */
const PAD = '[\\s\\u200B-\\u200D\\u2060]';
const RUNS = new RegExp(`${PAD}+`, 'gu');

/**
 * Is the UTF-16 unit one of PAD's characters? The same set as the regex (`\s` is U+0009–U+000D,
 * U+0020, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF; with
 * U+200B–U+200D and U+2060 added): these helpers run on every line and sentence, and a loop
 * over the characters is several times cheaper than the regexes (checked against them on every
 * UTF-16 unit in tests).
 */
export function isPadCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}

/** Is the UTF-16 unit matched by `\s` (PAD without the zero-width spaces)? */
export function isSpaceCode(c: number): boolean {
  return isPadCode(c) && !(c >= 0x200b && c <= 0x200d) && c !== 0x2060;
}

/** The line without leading/trailing whitespace (including U+00A0 and zero-width spaces). */
export function trimLine(line: string): string {
  let a = 0;
  let b = line.length;
  while (a < b && isPadCode(line.charCodeAt(a))) a++;
  while (b > a && isPadCode(line.charCodeAt(b - 1))) b--;
  return a === 0 && b === line.length ? line : line.slice(a, b);
}

/** True when the line holds nothing but whitespace (including U+00A0 and zero-width spaces). */
export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isPadCode(line.charCodeAt(i))) return false;
  return true;
}

/** Words of a line: runs of non-whitespace. */
export function words(line: string): string[] {
  return line.split(RUNS).filter((w) => w !== '');
}

export function wordCount(line: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const pad = isPadCode(line.charCodeAt(i));
    if (!pad && !inWord) n++;
    inWord = !pad;
  }
  return n;
}

/** Collapse every whitespace run (including U+00A0) to one ordinary space. */
export function collapseSpace(line: string): string {
  const t = trimLine(line);
  // Most lines have no run to collapse: single ordinary spaces between words.
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x20 ? isPadCode(t.charCodeAt(i + 1)) : isPadCode(c)) return t.replace(RUNS, ' ');
  }
  return t;
}

/** Closing quotes and brackets that may follow the punctuation ending a sentence. */
const CLOSERS = /["'”’»)\]]+$/u;
/** Opening quotes and brackets that may precede the first letter. */
const OPENERS = /^["'“‘«(\[]+/u;

/** Does the line end like a full sentence (. ! ? or …, possibly inside closing quotes)? */
export function endsSentence(line: string): boolean {
  return /[.!?…]$/u.test(trimLine(line).replace(CLOSERS, ''));
}

/** Does the line end in punctuation that announces more text (: ; , or a dash)? */
export function endsOpen(line: string): boolean {
  return /[:;,–—-]$/u.test(trimLine(line));
}

/** Does the line start with a capital letter or a digit (after any opening quotes)? */
export function startsCapitalised(line: string): boolean {
  return /^[\p{Lu}\p{Lt}\p{N}]/u.test(trimLine(line).replace(OPENERS, ''));
}

/** Does the line contain at least one letter? */
export function hasLetter(line: string): boolean {
  return /\p{L}/u.test(line);
}
