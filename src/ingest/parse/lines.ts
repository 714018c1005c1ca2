/**
 * Split seed text into logical lines.
 *
 * Why: the seeds put one paragraph per line, so the line is the unit every later rule
 * works on. Line ends are trimmed here (trimming is not a content change) and lines made
 * only of whitespace — including the U+00A0 no-break spaces that web pages use as
 * spacers — are blank, so no rule ever sees them.
 */
import { isBlank, trimLine } from './shape.ts';

export interface Line {
  /** 1-based line number in the seed text (useful in diagnostics). */
  n: number;
  /** The line, trimmed at both ends; otherwise verbatim. */
  text: string;
}

/** Line breaks: LF, CRLF, lone CR. */
// Only real line ends. U+2028/U+2029 inside a paragraph are characters of the text: splitting
// there would drop them and the quote would no longer be verbatim.
const BREAK = /\r\n|\r|\n/u;

/** All lines of `text`, trimmed, blank ones included (as text ''). */
export function splitLines(text: string): Line[] {
  return text.split(BREAK).map((raw, i) => ({ n: i + 1, text: isBlank(raw) ? '' : trimLine(raw) }));
}

/** The non-blank lines of `text`, trimmed, in order. */
export function logicalLines(text: string): Line[] {
  return splitLines(text).filter((line) => line.text !== '');
}
