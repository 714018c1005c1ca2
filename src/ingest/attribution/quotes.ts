/**
 * Quotation structure: how deep inside quotation marks each character is, and regex matches
 * that sit outside every quotation (boundaries inside a quote are the speaker's, not ours).
 */

/**
 * Straight quotes have no direction of their own. With an odd number of them, a text whose first
 * one ends a word ("A," X said.) closes a quotation an earlier sentence opened: the index of that
 * quote, else -1.
 */
export function closingStraightQuote(text: string): number {
  const first = text.indexOf('"');
  if (first <= 0 || !/\S/.test(text[first - 1]!)) return -1;
  return (text.match(/"/g) ?? []).length % 2 === 1 ? first : -1;
}

/** Quote depth before each character (curly “ ” and straight " quotes; ’ as apostrophe is ignored). */
export function quoteDepths(text: string): number[] {
  const depth: number[] = [];
  let d = 0;
  let straight = false;
  // A sentence that starts inside a quotation opened in an earlier one closes it first: that
  // straight quote is skipped, as an unmatched closing ” is.
  const skip = closingStraightQuote(text);
  let unmatched = -1;
  for (let i = 0; i < text.length; i++) {
    depth.push(d + (straight ? 1 : 0));
    const c = text[i]!;
    if (c === '“' || c === '«') d++;
    else if (c === '”' || c === '»') {
      if (d > 0) d--;
      else if (unmatched < 0) unmatched = i;
    } else if (c === '"' && i !== skip) straight = !straight;
  }
  // Up to that closing quote, the sentence is still inside the quotation: "Anyone saying
  // otherwise is wrong,” Dunmore told the Sentinel." is Dunmore's, not a frame of "Anyone".
  for (let i = 0; i < Math.max(skip, unmatched); i++) depth[i]!++;
  return depth;
}

/** Indexes of regex matches that sit outside any quotation. */
export function topLevelMatches(text: string, re: RegExp): RegExpExecArray[] {
  // A global regex is used as given (from the start; a finished exec loop leaves lastIndex at 0):
  // compiling a copy on every call cost more than the matching.
  const g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  g.lastIndex = 0;
  let depth: number[] | undefined;
  const out: RegExpExecArray[] = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    depth ??= quoteDepths(text);
    if ((depth[m.index] ?? 0) === 0) out.push(m);
    if (m[0] === '') g.lastIndex++;
  }
  return out;
}
