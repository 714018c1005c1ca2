/**
 * The matches of a global regex in `text`, as `[...text.matchAll(re)]` gives them, without the
 * copy of the regex that matchAll compiles on every call (it costs more than matching a short
 * span). For module-level regexes used through this only: their lastIndex is reset here, and
 * left at 0.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match: step over one character (a whole surrogate pair in a unicode regex), as matchAll does.
    if (m[0] === '') {
      const i = re.lastIndex;
      const pair = re.unicode && i + 1 < text.length && /[\uD800-\uDBFF]/.test(text[i]!) && /[\uDC00-\uDFFF]/.test(text[i + 1]!);
      re.lastIndex = i + (pair ? 2 : 1);
    }
  }
  return out;
}
