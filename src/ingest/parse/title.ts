/**
 * The headline.
 *
 * Why: seeds do not mark their headline; some start with one, others go straight into
 * the lede. The first line of text (after furniture and metadata are gone) is taken as
 * the title only when it is shaped like a headline — short, starting with a capital,
 * and not a full sentence ending in . ! ? (or a clause ending in : ; ,). Otherwise the
 * title is '' and the line stays in the body as the lede paragraph: a long lede is
 * never promoted to a title, and nothing is made up. A one-word kicker above the
 * headline ("EXCLUSIVE") is a label of the page, not text, and is dropped.
 */
import { endsOpen, endsSentence, hasLetter, startsCapitalised, wordCount } from './shape.ts';

/**
 * Long enough for a feature's headline with a quotation ("'We slept on the floor of Terminal 2':
 * Stranded Norvale passengers describe a day without answers", 17 words); a lede is kept out by
 * its closing full stop and by TITLE_MAX_CHARS.
 */
export const TITLE_MAX_WORDS = 22;
export const TITLE_MAX_CHARS = 120;

/** Is this line shaped like a headline? */
export function looksLikeTitle(line: string): boolean {
  const n = wordCount(line);
  return (
    n >= 2 &&
    n <= TITLE_MAX_WORDS &&
    line.length <= TITLE_MAX_CHARS &&
    hasLetter(line) &&
    startsCapitalised(line) &&
    !endsSentence(line) &&
    !endsOpen(line)
  );
}

/**
 * A kicker: a one-word label printed above a headline ("EXCLUSIVE", "Analysis", "World").
 * It is recognised only directly before a headline-shaped line, and is not article text.
 */
export function looksLikeKicker(line: string): boolean {
  return wordCount(line) === 1 && line.length <= 24 && /^\p{L}[\p{L}\p{M}'’-]*$/u.test(line);
}

/**
 * Split the article's text lines into the title and the body lines. The first line is
 * the title when it looks like one and some body follows it. A kicker directly above a
 * headline is dropped.
 */
export function takeTitle(lines: readonly string[]): { title: string; body: string[] } {
  const [first, second, ...rest] = lines;
  if (first !== undefined && second !== undefined && rest.length > 0 && looksLikeKicker(first) && looksLikeTitle(second)) {
    return { title: second, body: rest };
  }
  if (first !== undefined && lines.length > 1 && looksLikeTitle(first)) return { title: first, body: lines.slice(1) };
  return { title: '', body: [...lines] };
}
