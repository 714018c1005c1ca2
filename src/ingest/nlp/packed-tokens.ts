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
  return packed.split(TOKEN).map((p) => {
    const [start, end, pos, lemma, entity, flags] = p.split(FIELD) as [string, string, string, string, string, string];
    const s = Number(start);
    const e = Number(end);
    const value = text.slice(s, e);
    return { text: value, pos, lemma: lemma === '' ? value.toLowerCase() : lemma, start: s, end: e, entity, stop: flags.includes('s'), word: flags.includes('w') };
  });
}
