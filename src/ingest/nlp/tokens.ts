/**
 * Tokens with POS tags and character offsets, from the shared wink-nlp instance.
 *
 * Tagging is the costliest step of ingest, so each text is tagged once:
 * - `tagSentences` tags a whole block in one pass and hands back its sentences with their
 *   tokens; wink tags each sentence on its own, so these are exactly the tokens `tokenize`
 *   would give each sentence text, and they go into the shared memo;
 * - inside `withTokenScope(sentences, …)` (one article's attribution), a fragment of one of
 *   those sentences (a clause, a span before a comma) is answered by slicing the sentence's
 *   tokens when the fragment starts and ends on token boundaries — tags in context, at no
 *   cost. Those answers depend on the sentence, so they live only as long as the scope;
 * - anything else is tagged on its own and memoised by text.
 */
import type { ItemEntity } from 'wink-nlp';
import { knownWord, wink } from './wink.ts';

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

function remember(text: string, tokens: Token[]): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, tokens);
}

/** A tagged text: its tokens, and each wink sentence as a [first, last] token index pair. */
interface Tagged {
  tokens: Token[];
  sentences: Array<[number, number]>;
}

/**
 * Letters wink's tokenizer does not know as letters: it knows Latin-1 ("Kálnay", "Anaïs") but
 * splits a word at č, ž, ł, ş, ğ… ("Ferenčak" → Feren / č / ak), so Central European and
 * Turkish names lose their speaker. Such letters are tagged as a plain letter of the same length.
 */
const BEYOND_LATIN1 = /[\u0100-\u024f\u1e00-\u1eff]/gu;
/** Letters with no decomposition into a base letter and marks. */
const UNDECOMPOSABLE: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ŋ: 'n', Ŋ: 'N', œ: 'o', Œ: 'O', ĳ: 'i', Ĳ: 'I', ŀ: 'l', Ŀ: 'L', ſ: 's' };

/**
 * `text` with every letter beyond Latin-1 replaced by its base letter (č → c, ł → l): one UTF-16
 * unit for one, so offsets into it are offsets into `text`. Only what wink reads is folded;
 * tokens keep the text as written.
 */
export function foldForTagging(text: string): string {
  return text.replace(BEYOND_LATIN1, (ch) => {
    const base = ch.normalize('NFD').charAt(0);
    return UNDECOMPOSABLE[ch] ?? (base !== ch && /^[A-Za-z]$/.test(base) ? base : 'x');
  });
}

/** One wink pass over `text`: tokens with offsets into `text`, tags, lemmas, entities, sentences. */
function tag(text: string): Tagged {
  const read = foldForTagging(text);
  const doc = wink().readDoc(read);
  const its = wink().its;
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const stops = tokens.out(its.stopWordFlag as unknown as typeof its.value) as unknown as boolean[];
  const types = tokens.out(its.type) as string[];
  const entityOf = new Array<string>(values.length).fill('');
  doc.entities().each((e: ItemEntity) => {
    const [a, b] = e.out(its.span) as unknown as [number, number];
    const type = e.out(its.type) as string;
    for (let i = a; i <= b; i++) entityOf[i] = type;
  });
  const out: Token[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const word = values[i]!;
    let at = read.indexOf(word, cursor);
    const found = at >= 0;
    if (!found) at = cursor;
    // The token as written (the folded text has the same length, letter for letter); one not
    // found stays wink's, which tagSentences then sees is not verbatim.
    const value = read === text || !found ? word : text.slice(at, at + word.length);
    const lemma = lemmas[i] ?? word.toLowerCase();
    out[i] = {
      text: value,
      pos: tags[i] ?? 'X',
      // A folded word's lemma is the word as written, lower-cased: "Ferenčak", not "ferencak".
      lemma: value === word ? lemma : lemma === word.toLowerCase() ? value.toLowerCase() : lemma,
      start: at,
      end: at + value.length,
      entity: entityOf[i] ?? '',
      stop: Boolean(stops[i]),
      word: types[i] === 'word',
    };
    cursor = at + value.length;
  }
  const sentences = doc.sentences().out(its.span as unknown as typeof its.value) as unknown as Array<[number, number]>;
  for (const [a, b] of sentences) fixNameVerbs(out, a, b);
  return { tokens: out, sentences };
}

/**
 * wink tags some capitalised name words as verbs ("The Riverside Herald reported"): a
 * capitalised "verb" after a name word and right before a verb is a name word. Applied within
 * one sentence (tokens first..last), so a sentence's tokens do not depend on its neighbours.
 */
function fixNameVerbs(out: Token[], first: number, last: number): void {
  let titleCase: boolean | undefined;
  for (let i = first + 1; i < last; i++) {
    const t = out[i]!;
    const prev = out[i - 1]!;
    const next = out[i + 1]!;
    if (t.pos !== 'VERB' || !/^\p{Lu}\p{Ll}/u.test(t.text) || (prev.pos !== 'PROPN' && prev.pos !== 'DET')) continue;
    if (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV') t.pos = 'PROPN';
    // … and so is one opening a name after an article ("A Met Office yellow warning", and
    // "Office" with it), outside a Title Case headline, where every verb is capitalised ("The
    // Drones Close Harwick Airport").
    else if (prev.pos === 'DET' && (next.pos === 'PROPN' || next.pos === 'NOUN') && /^\p{Lu}\p{Ll}/u.test(next.text) && !(titleCase ??= isTitleCase(out, first, last))) {
      t.pos = 'PROPN';
      next.pos = 'PROPN';
    }
  }
}

/** Are the words of tokens first..last capitalised, but for short ones ("of", "the", "in")? */
function isTitleCase(out: readonly Token[], first: number, last: number): boolean {
  for (let i = first + 1; i <= last; i++) {
    const t = out[i]!;
    if (t.word && t.text.length > 3 && /^\p{Ll}/u.test(t.text)) return false;
  }
  return true;
}

/** Tokens `first..last` of `tokens`, with offsets made relative to `origin`. */
function sliceTokens(tokens: readonly Token[], first: number, last: number, origin: number): Token[] {
  const out: Token[] = new Array(last - first + 1);
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    // Spelt out (same keys, same order as tag makes them): cheaper than a spread per token.
    out[i - first] = { text: t.text, pos: t.pos, lemma: t.lemma, start: t.start - origin, end: t.end - origin, entity: t.entity, stop: t.stop, word: t.word };
  }
  return out;
}

/**
 * Splits `text` into sentences, tagged: [start, end) of each sentence in `text` (trimmed),
 * and its tokens relative to the sentence. Each sentence's tokens are memoised under its text,
 * so later stages asking for the sentence get them for free. `null` tokens: wink's sentence
 * did not map back onto the text verbatim (rare spacing cases), see sentence-split.ts.
 */
export function tagSentences(text: string): Array<{ start: number; end: number; text: string; tokens: Token[] | null }> {
  const { tokens, sentences } = tag(text);
  const out: Array<{ start: number; end: number; text: string; tokens: Token[] | null }> = [];
  for (const [a, b] of sentences) {
    if (a > b || !tokens[a] || !tokens[b]) continue;
    const start = tokens[a]!.start;
    const end = tokens[b]!.end;
    const sentence = text.slice(start, end);
    // Offsets are only trusted when every token was found verbatim where expected.
    let verbatim = true;
    for (let i = a; i <= b && verbatim; i++) if (text.slice(tokens[i]!.start, tokens[i]!.end) !== tokens[i]!.text) verbatim = false;
    const own = verbatim ? sliceTokens(tokens, a, b, start) : null;
    if (own && !cache.has(sentence)) remember(sentence, own);
    out.push({ start, end, text: sentence, tokens: own });
  }
  return out;
}

/** The sentences of the article being analysed, with their tokens; fragments answered so far. */
interface Scope {
  /** The sentences as given to withTokenScope (a scope asked for again with them is reused). */
  given: ReadonlyArray<{ text: string }>;
  sentences: Array<{ text: string; tokens: Token[] }>;
  fragments: Map<string, Token[]>;
  /** Built on first use by writtenCase. */
  cased?: WrittenCase;
}

interface WrittenCase {
  lower: Map<string, Token>;
  names: Set<string>;
}
let scope: Scope | null = null;

/**
 * Runs `fn` with the given sentences as context: `tokenize` answers a fragment of one of them
 * from the sentence's own tokens. Inside a scope for the same sentences, that scope (and
 * the fragments it answered) serves; otherwise the innermost scope wins while it runs.
 */
export function withTokenScope<T>(sentences: ReadonlyArray<{ text: string }>, fn: () => T): T {
  if (scope?.given === sentences) return fn();
  const outer = scope;
  scope = { given: sentences, sentences: sentences.map((s) => ({ text: s.text, tokens: tokenize(s.text) })), fragments: new Map() };
  try {
    return fn();
  } finally {
    scope = outer;
  }
}

/** The fragment `text` cut from a scope sentence on token boundaries, or null. */
function fromScope(current: Scope, text: string): Token[] | null {
  const hit = current.fragments.get(text);
  if (hit) return hit;
  if (text === '' || text.trim() !== text) return null;
  for (const s of current.sentences) {
    let at = s.text.indexOf(text);
    while (at >= 0) {
      const end = at + text.length;
      const first = s.tokens.findIndex((t) => t.start >= at);
      if (first >= 0 && s.tokens[first]!.start === at) {
        let last = first;
        while (last + 1 < s.tokens.length && s.tokens[last + 1]!.end <= end) last++;
        if (s.tokens[last]!.end === end) {
          const tokens = sliceTokens(s.tokens, first, last, at);
          current.fragments.set(text, tokens);
          return tokens;
        }
      }
      at = s.text.indexOf(text, at + 1);
    }
  }
  return null;
}

/**
 * The tokens of a claim's clause, its first word read as a name only when it is one. The tagger
 * calls any capitalised first word a name ("Cracks on Level 4 were reported …", "Visibility was
 * good"), and a claim's text capitalises the first word of a clause cut from within a sentence
 * ("said cracks in the underside …" → "Cracks in the underside …"). So "Cracks" would be no
 * word another telling's "cracks" could meet, and a name every claim so opened would share.
 * The first word is read as the article writes it where it is not first (the habit of reading a
 * word's case from the rest of its document): in lower case, it takes the tag and lemma it has
 * there, unless it is also capitalised after another word ("shares in Shell fell"): then it
 * stays a name. Written nowhere else, it is a common word when the tagger's lexicon knows it in
 * lower case ("visibility", but not "kyiv" or "corvane"). Names of two words or more ("Kestrel
 * Walk") or a word and a number ("Level 4", "Flight 202") stay as tagged, and so does every
 * other token: they match other tellings of the claim, tagged the same way.
 */
export function tokenizeClause(text: string): Token[] {
  const tokens = tokenize(text);
  const first = tokens[0];
  const next = tokens[1];
  if (!scope || first?.pos !== 'PROPN' || !first.word || next?.pos === 'PROPN' || next?.pos === 'NUM') return tokens;
  const lower = first.text.toLowerCase();
  if (lower === first.text) return tokens;
  const cased = writtenCase(scope);
  if (cased.names.has(first.text)) return tokens;
  const written = cased.lower.get(lower) ?? (knownWord(lower) ? tokenize(lower)[0] : undefined);
  return written && written.pos !== 'PROPN' ? [{ ...first, pos: written.pos, lemma: written.lemma, stop: written.stop }, ...tokens.slice(1)] : tokens;
}

/**
 * How the scope's sentences write their words where they are not first: in lower case and not
 * tagged as names, by text (the first of each, or the first not a verb, since a claim's first
 * word is its subject: "Cracks were reported", though "the concrete cracks" came first), and
 * capitalised right after another word.
 */
function writtenCase(current: Scope): WrittenCase {
  if (current.cased) return current.cased;
  const lower = new Map<string, Token>();
  const names = new Set<string>();
  for (const s of current.sentences)
    s.tokens.forEach((t, k) => {
      if (!t.word) return;
      if (/^\p{Ll}/u.test(t.text)) {
        if (t.pos === 'PROPN') return;
        const seen = lower.get(t.text);
        if (!seen || (seen.pos === 'VERB' && t.pos !== 'VERB')) lower.set(t.text, t);
      } else if (k > 0 && s.tokens[k - 1]!.word) names.add(t.text);
    });
  current.cased = { lower, names };
  return current.cased;
}

/** Tokenise and POS-tag `text` (memoised: the same text is tagged once). */
export function tokenize(text: string): Token[] {
  const hit = cache.get(text);
  if (hit) return hit;
  if (scope) {
    const cut = fromScope(scope, text);
    if (cut) return cut;
  }
  const { tokens, sentences } = tag(text);
  // `tag` fixed name verbs per sentence; a text given as one unit is fixed as a whole, as before.
  if (sentences.length > 1) fixNameVerbs(tokens, 0, tokens.length - 1);
  remember(text, tokens);
  return tokens;
}
