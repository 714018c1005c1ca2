/**
 * Cached tokens with POS tags and character offsets, from the shared wink-nlp instance.
 * The same text is analysed once per process (memoised), so stages can ask again freely.
 */
import type { ItemEntity } from 'wink-nlp';
import { nlp, wink } from '../nlp/wink.ts';

export interface Token {
  /** Token text as written. */
  text: string;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, AUX, …). */
  pos: string;
  lemma: string;
  /** Character offsets in the analysed text. */
  start: number;
  end: number;
  /** Entity type when the token is part of a wink entity (DATE, CARDINAL, …), else ''. */
  entity: string;
  /** On wink's stop-word list ("the", "of", "give"). */
  stop: boolean;
  /** A word, not punctuation, a number or a symbol. */
  word: boolean;
}

const cache = new Map<string, Token[]>();
const CACHE_LIMIT = 5000;

/** Tokenise and POS-tag `text` (memoised: the same text is parsed once). */
export function tokenize(text: string): Token[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const doc = nlp.readDoc(text);
  const its = wink().its;
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const stops = doc.tokens().out(its.stopWordFlag as unknown as typeof its.value) as unknown as boolean[];
  const types = doc.tokens().out(its.type) as string[];
  const entityOf = new Array<string>(values.length).fill('');
  doc.entities().each((e: ItemEntity) => {
    const [a, b] = e.out(its.span) as unknown as [number, number];
    const type = e.out(its.type) as string;
    for (let i = a; i <= b; i++) entityOf[i] = type;
  });
  const out: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    let at = text.indexOf(value, cursor);
    if (at < 0) at = cursor;
    out.push({
      text: value,
      pos: tags[i] ?? 'X',
      lemma: lemmas[i] ?? value.toLowerCase(),
      start: at,
      end: at + value.length,
      entity: entityOf[i] ?? '',
      stop: Boolean(stops[i]),
      word: types[i] === 'word',
    });
    cursor = at + value.length;
  });
  // wink tags some capitalised name words as verbs ("The Riverside Herald reported"): a
  // capitalised "verb" after a name word and right before a verb is a name word.
  for (let i = 1; i + 1 < out.length; i++) {
    const t = out[i]!;
    const prev = out[i - 1]!;
    const next = out[i + 1]!;
    if (t.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(t.text) && (prev.pos === 'PROPN' || prev.pos === 'DET') && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV')) {
      t.pos = 'PROPN';
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}

/** Split free text into sentence strings (for tools and tests; extraction gets sentences given). */
export function splitSentences(text: string): string[] {
  return nlp.readDoc(text).sentences().out() as string[];
}

/** True when the text has a finite-looking verb (VERB or AUX token). */
export function hasVerb(text: string): boolean {
  return tokenize(text).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}
