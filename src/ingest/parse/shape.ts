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
const EDGES = new RegExp(`^${PAD}+|${PAD}+$`, 'gu');
const ONLY_PAD = new RegExp(`^${PAD}*$`, 'u');
const RUNS = new RegExp(`${PAD}+`, 'gu');

/** The line without leading/trailing whitespace (including U+00A0 and zero-width spaces). */
export function trimLine(line: string): string {
  return line.replace(EDGES, '');
}

/** True when the line holds nothing but whitespace (including U+00A0 and zero-width spaces). */
export function isBlank(line: string): boolean {
  return ONLY_PAD.test(line);
}

/** Words of a line: runs of non-whitespace. */
export function words(line: string): string[] {
  return line.split(RUNS).filter((w) => w !== '');
}

export function wordCount(line: string): number {
  return words(line).length;
}

/** Collapse every whitespace run (including U+00A0) to one ordinary space. */
export function collapseSpace(line: string): string {
  return trimLine(line).replace(RUNS, ' ');
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
