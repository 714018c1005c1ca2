/**
 * Noun-phrase boundaries over wink tokens: the subject right before a verb, found by walking
 * back over an adverbial zone ("also", "on Monday") and then over noun-phrase tokens.
 */
import { tokenize, type Token } from '../nlp/tokens.ts';
import { NAME_PARTICLE_WORD } from './name-particles.ts';

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART', 'PRON']);
const HEAD_POS = new Set(['PROPN', 'NOUN', 'PRON', 'NUM']);
const ADVERBIAL_POS = new Set(['ADV', 'AUX']);
const LINK_ADP = /^(?:of|for|at|from|in|with|to|about|on)$/i;
const CLAUSE_OPENERS = /^(?:and|but|or|as|while|because|although|though|since|when|whereas|so|yet|if|after|before|however|meanwhile|still|now|then|also|moreover|separately|earlier|later)$/i;
const RELATIVES = /^(?:which|that|who|whom|whose|what|where)$/i;

export interface NounPhrase {
  /** First and one-past-last token index of the phrase. */
  from: number;
  to: number;
  /** Character offsets in the text. */
  start: number;
  end: number;
}

/** Is token `i` the start of a clause (sentence start, after punctuation or a conjunction)? */
export function atClauseStart(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return true;
  if (prev.pos === 'PUNCT') return /^[,;:“”"(—–-]$/.test(prev.text) || /^[’']$/.test(prev.text);
  if (CLAUSE_OPENERS.test(prev.text)) return true;
  return false;
}

/** Is everything before token `i` a time phrase opening the sentence ("On Wednesday", "Last week", "On March 3")? */
function leadingTimeUpTo(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return false;
  let k = 0;
  if (/^(?:on|at|in|by|last|this|earlier|later|late|early)$/i.test(tokens[0]!.text)) k++;
  if (k >= i) return false;
  for (; k < i; k++) if (tokens[k]!.entity !== 'DATE' && !(k === i - 1 && tokens[k]!.text === ',')) return false;
  return true;
}

/**
 * The noun phrase that ends right before token `verb` (skipping adverbs, auxiliaries and a
 * time phrase), when it starts a clause; else null. "Haddad also told" → "Haddad".
 */
export function subjectBefore(tokens: readonly Token[], verb: number): NounPhrase | null {
  let i = verb - 1;
  // Adverbial zone: "also", "has", "on Monday", "last week", "not".
  for (let guard = 0; i >= 0 && guard < 8; guard++) {
    const t = tokens[i]!;
    if (ADVERBIAL_POS.has(t.pos) || t.text.toLowerCase() === 'not' || (t.entity === 'DATE' && t.pos !== 'PRON')) {
      i--;
      continue;
    }
    if (/^(?:on|at|in|last|this|earlier)$/i.test(t.text) && tokens[i + 1]?.entity === 'DATE') {
      i--;
      continue;
    }
    // "The museum has since told us": "since" right after an auxiliary is an adverb of time.
    if (t.text.toLowerCase() === 'since' && /^(?:has|have|had)$/i.test(tokens[i - 1]?.text ?? '')) {
      i--;
      continue;
    }
    // "A healthcare assistant on duty that night told us …": a time of the phrase, not its head.
    if (/^(?:night|morning|day|evening|afternoon|week|weekend|shift)$/i.test(t.text) && /^(?:that|this|last)$/i.test(tokens[i - 1]?.text ?? '')) {
      i -= 2;
      continue;
    }
    // An acronym in brackets after a name: "The Union of Rail and Transport Workers (URTW) said".
    if (t.text === ')' && i >= 2 && tokens[i - 2]!.text === '(' && /^\p{Lu}[\p{Lu}\d&-]+$/u.test(tokens[i - 1]!.text)) {
      i -= 3;
      continue;
    }
    break;
  }
  const to = i + 1;
  let from = to;
  // A personal pronoun is a whole subject: "In an email she said …" (not "an email she"); after
  // a name it doubles it ("Dmitry Peskov he told reporters", below).
  if (tokens[i]?.pos === 'PRON' && /^(?:he|she|they|we|i)$/i.test(tokens[i]!.text) && i > 0 && (tokens[i - 1]!.pos === 'NOUN' || tokens[i - 1]!.pos === 'ADJ' || objectOfPreposition(tokens, i - 1))) {
    from = i;
    i = -1;
  }
  for (; i >= 0; i--) {
    const t = tokens[i]!;
    if (NP_POS.has(t.pos) && !(t.pos === 'PRON' && RELATIVES.test(t.text)) && !(t.pos === 'DET' && RELATIVES.test(t.text))) {
      // A pronoun can only stand at the very end (the doubled "Haddad he") or alone.
      if (t.pos === 'PRON' && i !== to - 1 && !/^(?:his|her|its|their|our|my)$/i.test(t.text)) break;
      from = i;
      continue;
    }
    if (t.pos === 'PUNCT' && /^[.\-&]$/.test(t.text) && i > 0 && tokens[i - 1]!.end === t.start) {
      from = i;
      continue;
    }
    // A plural possessive inside the phrase: "the drivers’ union".
    if (t.pos === 'PUNCT' && /^[’']$/.test(t.text) && from < to && i > 0 && tokens[i - 1]!.end === t.start && /s$/i.test(tokens[i - 1]!.text)) {
      from = i;
      continue;
    }
    // Part of a hyphenated word inside the phrase ("President-elect Smith").
    const prevT = tokens[i - 1];
    const nextT = tokens[i + 1];
    const glued = (prevT?.text === '-' && prevT.end === t.start) || (nextT?.text === '-' && t.end === nextT.start) || (t.text === '-' && !!prevT && prevT.end === t.start);
    if (from < to && glued) {
      from = i;
      continue;
    }
    if (t.pos === 'ADP' && LINK_ADP.test(t.text) && from < to && i > 0 && (NP_POS.has(tokens[i - 1]!.pos) || participleAfterNoun(tokens, i - 1))) {
      from = i;
      continue;
    }
    // A past participle as an adjective: "The leaked audit says", "the revised figures show",
    // after a preposition too: "Passengers on diverted flights said".
    if (t.pos === 'VERB' && /ed$/i.test(t.text) && from < to && i > 0 && (tokens[i - 1]!.pos === 'DET' || (tokens[i - 1]!.pos === 'ADP' && LINK_ADP.test(tokens[i - 1]!.text))) && ['NOUN', 'ADJ'].includes(tokens[i + 1]?.pos ?? '')) {
      from = i;
      continue;
    }
    // A participle saying which ones: "The union representing drivers says", "People living near
    // the plant said".
    if (t.pos === 'VERB' && /ing$/i.test(t.text) && from < to && i > 0 && ['NOUN', 'PROPN'].includes(tokens[i - 1]!.pos) && ['NOUN', 'PROPN', 'DET', 'ADJ'].includes(tokens[i + 1]?.pos ?? '')) {
      from = i;
      continue;
    }
    // A participle that is part of an office's name: "Managing director Simon Reyes said",
    // "acting chief constable Ruth Hale told …" (the tagger reads "Managing" as a verb).
    if (t.pos === 'VERB' && ROLE_PARTICIPLE.test(t.text) && from < to && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[i + 1]?.pos ?? '')) {
      from = i;
      continue;
    }
    // … or a past participle with its preposition: "Two people briefed on the talks told …",
    // "officials involved in the talks said".
    if (t.pos === 'VERB' && /ed$/i.test(t.text) && from < to && i > 0 && ['NOUN', 'PROPN'].includes(tokens[i - 1]!.pos) && tokens[i + 1]?.pos === 'ADP' && LINK_ADP.test(tokens[i + 1]!.text)) {
      from = i;
      continue;
    }
    // A name particle between name words, whatever the tagger made of it: "Pierre de la Fontaine".
    if (from < to && i > 0 && NAME_PARTICLE_WORD.test(t.text) && /^\p{Lu}/u.test(tokens[to - 1]!.text) && (tokens[i - 1]!.pos === 'PROPN' || NAME_PARTICLE_WORD.test(tokens[i - 1]!.text))) {
      from = i;
      continue;
    }
    // "and" inside a name: "the Union of Rail and Transport Workers", "the Department of Health and
    // Social Care", "Gregor Baillie of the Ferry and Seafarers' Union", "Marks & Spencer" (not
    // "Smith and Jones", two speakers).
    const ofBefore = tokens[i - 2]?.text.toLowerCase() === 'of' || (tokens[i - 2]?.text.toLowerCase() === 'the' && tokens[i - 3]?.text.toLowerCase() === 'of');
    // (Or a body's name ending in what it is: "Fernshire Fire and Rescue Service", "Ellisford
    // Health and Care Trust"; not "the mayor and Rescue Service".)
    // (With plural possessives in it: "the Dockers' and Maritime Workers' Union".)
    const left = pluralPossessive(tokens, i - 1) ? i - 2 : i - 1;
    const bodyAnd = t.text === 'and' && ORG_HEAD.test(tokens[to - 1]?.text ?? '') && tokens.slice(i + 1, to).every((x, k) => /^\p{Lu}/u.test(x.text) || pluralPossessive(tokens, i + 1 + k)) && /^\p{Lu}/u.test(tokens[left]?.text ?? '') && (/^\p{Lu}/u.test(tokens[left - 1]?.text ?? '') || tokens[left - 1]?.text.toLowerCase() === 'the');
    const nameAnd = t.text === '&' || (t.text === 'and' && ofBefore) || bodyAnd;
    if (nameAnd && from < to && left >= 0 && /^\p{Lu}/u.test(tokens[left]!.text) && /^\p{Lu}/u.test(tokens[i + 1]!.text)) {
      from = i;
      continue;
    }
    break;
  }
  if (from >= to) return null;
  // Trim a leading relative/conjunction-like word the walk may have taken.
  while (from < to && (tokens[from]!.pos === 'ADP' || CLAUSE_OPENERS.test(tokens[from]!.text))) from++;
  if (from >= to) return null;
  // "On Wednesday he said …": the date opening the sentence is when, not who.
  let when = from;
  while (when < to - 1 && tokens[when]!.entity === 'DATE') when++;
  if (when > from && leadingTimeUpTo(tokens, when)) from = when;
  if (!tokens.slice(from, to).some((t) => HEAD_POS.has(t.pos))) return null;
  if (!atClauseStart(tokens, from) && !leadingTimeUpTo(tokens, from) && !leadingPhraseUpTo(tokens, from, to)) return null;
  return { from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end };
}

/** Is token `k` an apostrophe glued to a plural before it ("Workers'", "drivers’")? */
const pluralPossessive = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  const before = tokens[k - 1];
  return !!t && !!before && /^[’']$/.test(t.text) && before.end === t.start && /s$/i.test(before.text);
};

/** Participles that make part of an office's name: "managing director", "acting mayor", "presiding judge". */
const ROLE_PARTICIPLE = /^(?:managing|acting|presiding|visiting|consulting|outgoing|incoming|founding|commanding|investigating|supervising|governing|reigning|ruling|serving)$/i;

/** The last word of a body's name, which says what it is. */
const ORG_HEAD = /^(?:Service|Services|Council|Authority|Department|Union|Association|Trust|Board|Commission|Agency|Company|Group|Society|Institute|Foundation|Partnership|Inspectorate|Directorate|Police|Force|Corporation)$/;

/** A past participle right after a noun ("people briefed", "officials involved"): a modifier inside the phrase. */
const participleAfterNoun = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.pos === 'VERB' && /ed$/i.test(tokens[k]!.text) && k > 0 && ['NOUN', 'PROPN'].includes(tokens[k - 1]!.pos);

/** Is the name ending at token `k` a preposition's object ("to PulseLine"), not a subject a pronoun doubles? */
function objectOfPreposition(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j >= 0 && tokens[j]!.pos === 'PROPN') j--;
  return j < k && j >= 0 && tokens[j]!.pos === 'ADP';
}

/**
 * "In an email to PulseLine she said …", "In a statement they said …": a short phrase opening the
 * sentence (a preposition and up to five words, no verb), then a personal pronoun as the subject.
 */
function leadingPhraseUpTo(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from !== 1 || !/^(?:he|she|they|we|i)$/i.test(tokens[from]!.text) || from < 2 || from > 6) return false;
  if (tokens[0]!.pos !== 'ADP') return false;
  return tokens.slice(1, from).every((t) => ['DET', 'NOUN', 'ADJ', 'PROPN', 'ADP', 'NUM'].includes(t.pos));
}

/** The subject of a clause: the noun phrase before its first verb, or null. */
export function clauseSubject(tokens: readonly Token[], from = 0): NounPhrase | null {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    const hyphenated = tokens[i - 1]?.text === '-' && tokens[i - 1]!.end === t.start;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !hyphenated) return subjectBefore(tokens, i);
  }
  return null;
}

/**
 * "ward managers were briefed", "fire crews have left": the tagger reads the first noun of a
 * compound as a verb when it can be one; a noun and then a finite verb right after it say it
 * is the compound's first noun.
 */
export function nounTaggedVerb(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  const noun = toks[i + 1];
  if (!t || t.pos !== 'VERB' || t.text.toLowerCase() !== t.lemma || !noun || noun.pos !== 'NOUN') return false;
  // (A place or owner may come between: "Tap water in Ellisford is safe to drink".)
  let k = i + 2;
  if (toks[k]?.pos === 'ADP') {
    k++;
    for (let n = 0; n < 4 && toks[k] && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(toks[k]!.pos); n++) k++;
    if (k === i + 3) return false;
  }
  return toks[k]?.pos === 'AUX';
}

/** A hedge before a number opening a clause: "at least", "up to", "as many as", "over", "around". */
const NUMBER_HEDGE = /^(?:at\s+(?:least|most)|up\s+to|as\s+(?:many|much|few|little)\s+as|over|under|around|about|nearly|almost|roughly|more\s+than|fewer\s+than|less\s+than)\s+(?=[$€£]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|hundreds|thousands|half)\b)/i;

/** Tags of a noun phrase's words: a preposition after one of them opens a phrase of the noun's. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);

/**
 * Does the text start with a finite clause: a subject, then a finite verb within a few words
 * ("the city had not been informed", "he was open to …")? Not: "his intention to negotiate",
 * "on maintaining …", "to end the war".
 */
export function startsFiniteClause(text: string, within = 9): boolean {
  // "(said) at least 12 people were killed", "up to 40 homes were lost": a hedge on a number
  // opens the clause's subject.
  const hedge = NUMBER_HEDGE.exec(text.trim());
  if (hedge) return startsFiniteClause(text.trim().slice(hedge[0].length), within);
  const toks = tokenize(text.trim());
  const first = toks.find((t) => t.pos !== 'PUNCT');
  if (!first) return false;
  const compound = nounTaggedVerb(toks, toks.indexOf(first));
  if (['ADP', 'PART', 'SCONJ', 'CCONJ', 'VERB'].includes(first.pos) && !/^(?:there|it)$/i.test(first.text) && !compound) return false;
  let limit = Math.min(toks.length, within + 1);
  for (let i = 0; i < limit; i++) {
    const t = toks[i]!;
    if (compound && t === first) continue;
    // "Elm Ward, a 28-bed medical ward, had been closed": an appositive after the subject, between
    // commas and with no verb, does not count against the words before the verb.
    if (t.text === ',' && i > 0 && toks[i + 1]?.pos === 'DET') {
      const close = toks.findIndex((x, k) => k > i + 1 && x.text === ',');
      if (close > 0 && close - i <= 10 && !toks.slice(i + 1, close).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) {
        limit = Math.min(toks.length, limit + (close - i) + 1);
        i = close;
        continue;
      }
    }
    // "the stretch of the M47 between junctions 14 and 15 is notorious …": each preposition of a
    // subject's noun phrase makes room for its object before the verb.
    if (t.pos === 'ADP' && i > 0 && NOMINAL.has(toks[i - 1]!.pos)) limit = Math.min(toks.length, limit + 3, within + 10);
    // (Past the first words, a relative clause's verb is no main verb: "every cost pressure to the
    // council's stadium project board within the month in which it arose".)
    if (i >= within && /^(?:which|who|whom|whose|that)$/i.test(t.text)) return false;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const prev = toks[i - 1];
    // A capitalised word after a name is the name going on ("our Kestrel Falls team"), whatever the tagger says.
    if (i > 0 && /^\p{Lu}/u.test(t.text) && prev?.pos === 'PROPN') continue;
    // "the pressure to produce clean results was intense": an infinitive after a noun is part of
    // the subject; the finite verb comes after it.
    if (prev && /^to$/i.test(prev.text)) {
      if (i > 1 && toks[i - 2]!.pos === 'NOUN') continue;
      return false;
    }
    if (t.pos === 'VERB' && /ing$/i.test(t.text)) {
      // ("his booking vanished": after a determiner, an -ing word is a noun.)
      if (prev && /^(?:his|her|their|its|my|our|your|the|a|an|this|that)$/i.test(prev.text)) continue;
      return false;
    }
    return i > 0;
  }
  return false;
}
