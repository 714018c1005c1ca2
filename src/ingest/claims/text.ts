/**
 * Small text helpers for claim titles: quote-aware splitting, tidying, shortening, past tense.
 * Words inside quotations are never rewritten; only frame words and edges are trimmed.
 */
import { POINTED_TELLINGS, lexicon } from '../attribution/lexicon.ts';
import { dropRoles, shortenClause } from './shorten.ts';
import { isSpaceCode } from '../parse/shape.ts';

export { quoteDepths, topLevelMatches } from '../attribution/quotes.ts';

export const MAX_CLAIM = 120;


/** Make quotation marks balance: drop a dangling mark at an edge, or close an open one at the end. */
export function balanceQuotes(text: string): string {
  let s = text;
  const count = (c: string): number => {
    let n = 0;
    for (let at = s.indexOf(c); at >= 0; at = s.indexOf(c, at + 1)) n++;
    return n;
  };
  const firstOpen = s.indexOf('“');
  const firstClose = s.indexOf('”');
  if (count('”') > count('“') && (firstOpen < 0 || firstClose < firstOpen)) s = s.slice(0, firstClose) + s.slice(firstClose + 1);
  if (count('“') > count('”')) s = /^\s*“/.test(s) ? s.replace(/^\s*“/, '') : `${s}”`;
  if (count('"') % 2 === 1) s = s.replace(/^\s*"/, '').replace(/"\s*$/, '');
  return s;
}

const TIDY_END = new Set([...',;:.!—–-'].map((c) => c.charCodeAt(0)));
const TIDY_LAST = new Set([...',;:.!'].map((c) => c.charCodeAt(0)));
const CLOSING_QUOTE = new Set([...'”"’'].map((c) => c.charCodeAt(0)));

/** `s` without its trailing run of `\s` and the characters in `also`: a regex `[\s…]+$` as a loop (the regex is tried at every position). */
function trimEndOf(s: string, also: ReadonlySet<number>): string {
  let end = s.length;
  while (end > 0 && (also.has(s.charCodeAt(end - 1)) || isSpaceCode(s.charCodeAt(end - 1)))) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** `s.replace(/[,;:.!]+([”"’])$/u, '$1')`: punctuation before a closing quote at the end goes. */
function dropPunctuationBeforeClosingQuote(s: string): string {
  const last = s.length - 1;
  if (last < 1 || !CLOSING_QUOTE.has(s.charCodeAt(last))) return s;
  let start = last;
  while (start > 0 && TIDY_LAST.has(s.charCodeAt(start - 1))) start--;
  return start === last ? s : s.slice(0, start) + s.slice(last);
}

/** Verbs "so" can stand after as their object ("doing so", "said so", "think so"). */
const SO_AFTER = /(?:^|\s)(?:do|does|did|doing|done|say|says|said|saying|think|thinks|thought|hope|hopes|hoped|believe|believes|believed|suggest|suggested|expect|expected|told|tell)$/i;

const CONNECTIVES = ['and', 'but', 'or', 'although', 'though', 'while', 'as', 'which', 'who', 'because', 'so', 'shortly', 'even'];

/**
 * `s.replace(/[\s,]+(?:and|but|or|although|though|while|as|which|who|because|so|shortly|even)$/i, '')`
 * as a loop (the regex is tried at every position). Without the u flag, `i` matches ASCII
 * letters only to ASCII letters, as the comparison below does.
 */
function dropTrailingConnective(s: string): string {
  for (const w of CONNECTIVES) {
    const at = s.length - w.length;
    if (at < 1) continue;
    let same = true;
    for (let k = 0; k < w.length && same; k++) {
      const c = s.charCodeAt(at + k);
      same = (c >= 65 && c <= 90 ? c + 32 : c) === w.charCodeAt(k);
    }
    if (!same) continue;
    let p = at;
    while (p > 0 && (s.charCodeAt(p - 1) === 44 || isSpaceCode(s.charCodeAt(p - 1)))) p--;
    // "it will go on doing so", "he said so": "so" stands for what was said before, no connective.
    if (w === 'so' && p === at - 1 && SO_AFTER.test(s.slice(0, p))) return s;
    if (p < at) return s.slice(0, p);
  }
  return s;
}

/**
 * A joiner a clause may open with: "and", "but", a dash, or "that" as a complementiser — not "that"
 * pointing at something ("That is …", "That night …", "that claim was …": POINTED_TELLINGS), nor
 * a capital "That", which opens a quoted sentence pointing ("'That fridge holds ice packs …").
 */
const LEADING_JOINER = new RegExp(
  `^(?:(?-i:that)(?!\\s+(?:is|was|isn[’']t|wasn[’']t|has|had|would|will|could|can|does|did|seems|sounds|night|day|morning|afternoon|evening|week|weekend|year|month|time|(?:${POINTED_TELLINGS.join('|')})\\s+(?:is|was))\\b)|and|but|,|;|:|—|–|-)\\s+`,
  'i',
);

/** Trim a clause: edge spaces, a leading "that", edge punctuation, whole-clause quotes. */
export function tidy(text: string): string {
  let s = text.trim();
  for (let i = 0; i < 4; i++) {
    const before = s;
    // A leading "that" is a complementiser ("that the bridge was safe"), unless a verb follows:
    // "That is simply false" is the pronoun.
    // (Nor a demonstrative's: "That night there were six nurses", "That day …".)
    s = s.replace(LEADING_JOINER, '').trim();
    s = s.replace(/^[,;:]\s*/, '');
    s = trimEndOf(s, TIDY_END);
    s = dropTrailingConnective(s);
    s = dropPunctuationBeforeClosingQuote(s);
    // A clause that is one whole quotation loses the outer marks.
    const whole = /^[“"]([^“”"]*)[”"]$/.exec(s);
    if (whole) s = whole[1]!.trim();
    if (s === before) break;
  }
  s = trimEndOf(balanceQuotes(s).trim(), TIDY_LAST);
  // "at 2 p.m.", "in the U.S.": the last stop belongs to the abbreviation, not to the sentence.
  // (Asked of every clause: the last word only, not a pattern tried at every position.)
  return ABBREVIATION.test(s.slice(s.lastIndexOf(' ') + 1)) && text.includes(`${s}.`) ? `${s}.` : s;
}

/** An abbreviation that keeps its stop, as the last word lost it ("p.m", "U.S", "Inc"). */
const ABBREVIATION = /^\(?(?:[ap]\.m|\p{Lu}(?:\.\p{Lu})+|Inc|Ltd|Corp|Jr|Sr|etc)$/u;

const LOWER_START = /^([“"‘]?)(\p{Ll})/u;

/** Upper-case the first letter (after any opening quote). */
export function capitalise(text: string): string {
  const m = LOWER_START.exec(text);
  return m ? m[1]! + m[2]!.toUpperCase() + text.slice(m[0].length) : text;
}

/** Lower-case a leading article/pronoun so the clause can follow "that". */
export function decapitalise(text: string): string {
  return text.replace(/^(The|A|An|This|That|These|Those|There|It|Its|Any|No|Some|Such|He|She|They|We)\b/, (w) => w.toLowerCase());
}

/** Shorten to at most `max` characters (see shorten.ts), then tidy the edges again. */
export function shorten(text: string, max = MAX_CLAIM): string {
  if (text.length <= max) return text;
  let out = tidy(shortenClause(text, max));
  if (out.length > max) out = out.slice(0, max).replace(/\s+\S*$/, '');
  return out;
}

/** "were" → "was", "are" → "is": a verb told of "we", "I" or "you" told of one speaker instead; any other verb as it is. */
export function singularVerb(verb: string): string {
  return SINGULAR[verb.toLowerCase()] ?? verb;
}
const SINGULAR: Readonly<Record<string, string>> = { are: 'is', were: 'was', have: 'has', am: 'is' };

/** A verb lemma told of one other ("have" → "has", "go" → "goes", "carry" → "carries", "flood" → "floods"). */
export function thirdPerson(lemma: string): string {
  const w = lemma.toLowerCase();
  if (w === 'have') return 'has';
  if (w === 'be') return 'is';
  if (/(?:s|sh|ch|x|z|o)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

/** Past tense of a verb lemma ("mention" → "mentioned", "urge" → "urged", "say" → "said"). */
export function pastTense(lemma: string): string {
  const w = lemma.toLowerCase();
  const irregular = lexicon.irregularPast.get(w);
  if (irregular) return irregular;
  if (w.endsWith('e')) return `${w}d`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(w)) return `${w}${w.slice(-1)}ed`;
  return `${w}ed`;
}

/**
 * Claim text from a clause: roles dropped, tidy, capitalised. Not yet shortened: extract.ts
 * shortens once per unit and keeps the whole clause for matching.
 */
export function claimText(clause: string, verbatim = false): string {
  // Role words before names ("Finance Minister Tomas Berg") belong to attribution, not to the
  // claim; a quotation's words are kept as spoken.
  return capitalise(tidy(verbatim ? clause : dropRoles(clause)));
}

