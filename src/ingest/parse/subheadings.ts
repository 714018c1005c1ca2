/**
 * Subheadings inside the body, and the final block list.
 *
 * Why: pages break long articles with short headings ("No signals from the West, says
 * Kremlin"). They are text of the article, but not paragraphs: they read as labels, not
 * as statements made in running prose, so later stages treat them differently. A body
 * line is a subheading when it is short, starts with a capital, does not end in
 * sentence or clause punctuation, and prose follows it. The first body line is the
 * lede and always a paragraph; a short last line is a paragraph too (a heading heads
 * something), and so is a run of short lines (names, captions: a heading is followed by
 * the text it heads, not by another short line).
 */
import type { Block } from '../types.ts';
import { endsOpen, endsSentence, hasLetter, startsCapitalised, wordCount } from './shape.ts';

export const SUBHEADING_MAX_WORDS = 12;
export const SUBHEADING_MAX_CHARS = 100;

/** Is this line shaped like a subheading? (Position is checked by toBlocks.) */
export function looksLikeSubheading(line: string): boolean {
  const n = wordCount(line);
  return (
    n >= 1 &&
    n <= SUBHEADING_MAX_WORDS &&
    line.length <= SUBHEADING_MAX_CHARS &&
    hasLetter(line) &&
    startsCapitalised(line) &&
    !endsSentence(line) &&
    !endsOpen(line)
  );
}

/** Body lines → blocks, one per line, verbatim. */
export function toBlocks(lines: readonly string[]): Block[] {
  return lines.map((text, i) => {
    const next = lines[i + 1];
    const heads = i > 0 && next !== undefined && looksLikeSubheading(text) && !looksLikeSubheading(next);
    return { kind: heads ? 'subheading' : 'paragraph', text };
  });
}
