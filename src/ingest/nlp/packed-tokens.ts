/**
 * Tokens packed into one string, for tokens that must outlive the tagging scope they came from.
 *
 * A claim's matching features are computed in a later pass (once the whole corpus is read), in
 * another thread: its tokens, tagged in the context of their sentence during attribution, travel
 * with the claim as a compact string instead of being tagged a second time (tagging is the
 * costliest step of ingest). Token texts are not stored: they are slices of the tagged text.
 *
 * Format: tokens separated by U+0001; per token, fields separated by U+0002:
 * start, end, POS, lemma ('' when it is the token's text lowercased), entity, flags
 * ('s' stop word, 'w' word).
 */
import type { Token } from './tokens.ts';

const TOKEN = '\u0001';
const FIELD = '\u0002';

/** `tokens` of `text` packed, or null when a token is not the verbatim slice its offsets give. */
export function packTokens(text: string, tokens: readonly Token[]): string | null {
  for (const t of tokens) if (text.slice(t.start, t.end) !== t.text) return null;
  const parts: string[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lemma = t.lemma === t.text.toLowerCase() ? '' : t.lemma;
    parts[i] = `${t.start}${FIELD}${t.end}${FIELD}${t.pos}${FIELD}${lemma}${FIELD}${t.entity}${FIELD}${t.stop ? 's' : ''}${t.word ? 'w' : ''}`;
  }
  return parts.join(TOKEN);
}

/** The tokens of `text` packed by packTokens (offsets are into `text`). */
export function unpackTokens(text: string, packed: string): Token[] {
  if (packed === '') return [];
  // Read with indexOf, not split: unpacking was a third of computing a claim's features.
  const out: Token[] = [];
  for (let at = 0; ; ) {
    let next = packed.indexOf(TOKEN, at);
    if (next < 0) next = packed.length;
    const f1 = packed.indexOf(FIELD, at);
    const f2 = f1 < 0 ? -1 : packed.indexOf(FIELD, f1 + 1);
    const f3 = f2 < 0 ? -1 : packed.indexOf(FIELD, f2 + 1);
    const f4 = f3 < 0 ? -1 : packed.indexOf(FIELD, f3 + 1);
    const f5 = f4 < 0 ? -1 : packed.indexOf(FIELD, f4 + 1);
    // A token without its six fields (not as packTokens writes them): read as before.
    if (f5 < 0 || f5 >= next) return unpackBySplit(text, packed);
    const f6 = packed.indexOf(FIELD, f5 + 1);
    const flagsEnd = f6 >= 0 && f6 < next ? f6 : next;
    const s = wholeNumber(packed, at, f1);
    const e = wholeNumber(packed, f1 + 1, f2);
    const value = text.slice(s, e);
    const lemma = packed.slice(f3 + 1, f4);
    const stop = hasChar(packed, 's', f5 + 1, flagsEnd);
    const word = hasChar(packed, 'w', f5 + 1, flagsEnd);
    out.push({ text: value, pos: packed.slice(f2 + 1, f3), lemma: lemma === '' ? value.toLowerCase() : lemma, start: s, end: e, entity: packed.slice(f4 + 1, f5), stop, word });
    if (next === packed.length) return out;
    at = next + 1;
  }
}

/** Number(packed.slice(from, to)), without the slice for the plain digits packTokens writes. */
function wholeNumber(packed: string, from: number, to: number): number {
  if (to <= from || to - from > 9) return Number(packed.slice(from, to));
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = packed.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number(packed.slice(from, to));
    n = n * 10 + d;
  }
  return n;
}

function hasChar(s: string, c: string, from: number, to: number): boolean {
  const at = s.indexOf(c, from);
  return at >= 0 && at < to;
}

/** The reading by split, for a packed string not as packTokens writes it. */
function unpackBySplit(text: string, packed: string): Token[] {
  return packed.split(TOKEN).map((p) => {
    const [start, end, pos, lemma, entity, flags] = p.split(FIELD) as [string, string, string, string, string, string];
    const s = Number(start);
    const e = Number(end);
    const value = text.slice(s, e);
    return { text: value, pos, lemma: lemma === '' ? value.toLowerCase() : lemma, start: s, end: e, entity, stop: flags.includes('s'), word: flags.includes('w') };
  });
}
