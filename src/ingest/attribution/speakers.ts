/**
 * Who is speaking: an article-level register of people (name + role) and outlets, and the
 * resolution of a raw speaker span ("Mr. Peskov", "the paper", "sources cited by the Post",
 * "he") to a normalised Attribution.
 */
import type { Attribution } from '../types.ts';
import { alternation, escapeRe, lexicon, patterns } from './lexicon.ts';
import { tokenize, type Token } from './nlp.ts';

export interface Person {
  /** Longest form of the name the article gives ("Dmitry Peskov"). */
  name: string;
  /** Role given by the article ("Kremlin spokesman"), or null. */
  role: string | null;
}

export type OutletType = 'paper' | 'agency' | 'broadcaster';

export interface Outlet {
  /** Normalised name ("The Washington Post", "Reuters"). */
  name: string;
  type: OutletType;
  /** Words that can stand for it alone ("Post"). */
  short: string;
}

export interface SpeakerContext {
  persons: Map<string, Person>;
  outlets: Outlet[];
  /** Most recently mentioned outlet (reading order), for "the paper". */
  lastOutlet: Outlet | null;
  /** Most recent person subject or speaker, for "he"/"she". */
  lastPerson: Person | null;
  /** Most recent speaker of any kind, for "they"/"it". */
  lastSpeaker: Attribution | null;
  /** Outlet through which the last anonymous sources were cited, for "the sources". */
  lastSourcesVia: string | null;
}

export interface Resolved {
  attribution: Attribution;
  /** The speaker is a news outlet or "media reports": its content is relayed ('reports'). */
  outlet: boolean;
  /** The resolved person, when the speaker is one. */
  person: Person | null;
}

export function createContext(knownOutlets: readonly string[] = []): SpeakerContext {
  const ctx: SpeakerContext = { persons: new Map(), outlets: [], lastOutlet: null, lastPerson: null, lastSpeaker: null, lastSourcesVia: null };
  for (const o of knownOutlets) registerOutlet(ctx, o);
  return ctx;
}

// ---------------------------------------------------------------------------------------------
// Outlets

const AGENCY_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(lexicon.agencies)})(?![\\p{L}])`, 'gu');
const HEADS = [...lexicon.outletHeads].join('|');
/** "the Washington Post", "The New York Times", "Washington Post". */
const NAMED_OUTLET_RE = new RegExp(`\\b(?:[Tt]he\\s+)?((?:[A-Z][\\p{L}.&-]*\\s+){1,3}(?:${HEADS}))\\b(?![\\p{L}-])`, 'gu');
const SHORT_OUTLET_RE = new RegExp(`\\b[Tt]he\\s+(${HEADS})\\b(?![\\p{L}-])`, 'gu');
const BROADCASTERS = new Set(['CNN', 'BBC', 'NBC', 'CBS', 'ABC', 'Fox News', 'Sky News', 'Al Jazeera', 'NPR', 'Euronews', 'Deutsche Welle', 'DW']);

function outletName(raw: string): string {
  const bare = raw.replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim();
  const last = bare.split(' ').pop() ?? '';
  if (lexicon.outletHeads.has(last)) return `The ${bare}`;
  return bare;
}

function registerOutlet(ctx: SpeakerContext, raw: string): Outlet {
  const name = outletName(raw);
  const bare = name.replace(/^The\s+/, '').toLowerCase();
  // "the Free Press" after "The Detroit Free Press": the same outlet, shortened.
  const found = ctx.outlets.find((o) => o.name.toLowerCase() === name.toLowerCase() || o.name.toLowerCase().endsWith(` ${bare}`));
  if (found) return found;
  const agency = lexicon.agencies.some((a) => a.toLowerCase() === raw.replace(/^the\s+/i, '').toLowerCase());
  const type: OutletType = BROADCASTERS.has(name) ? 'broadcaster' : agency ? 'agency' : 'paper';
  const o: Outlet = { name, type, short: name.replace(/^The\s+/, '').split(' ').pop() ?? name };
  ctx.outlets.push(o);
  return o;
}

interface OutletMention {
  outlet: Outlet;
  index: number;
  length: number;
}

/** Outlets named in `text`, in order. Registers new ones; `the Post` resolves to a known outlet. */
export function outletMentions(ctx: SpeakerContext, text: string, register = true): OutletMention[] {
  const out: OutletMention[] = [];
  const taken: Array<[number, number]> = [];
  const free = (a: number, b: number): boolean => taken.every(([x, y]) => b <= x || a >= y);
  for (const m of text.matchAll(NAMED_OUTLET_RE)) {
    const words = m[1]!.split(/\s+/);
    // A name whose first word is a verb-like or function word is not an outlet ("Said Post").
    if (words[0] === 'The') words.shift();
    if (words.length < 2 || /^(?:And|But|In|On|At|As|If|By|For|With|From|To|Of|According|After|Before)$/.test(words[0]!)) continue;
    const raw = words.join(' ');
    const outlet = register ? registerOutlet(ctx, raw) : ctx.outlets.find((o) => o.name === outletName(raw));
    if (!outlet) continue;
    out.push({ outlet, index: m.index, length: m[0].length });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(AGENCY_RE)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const outlet = register ? registerOutlet(ctx, m[0]) : ctx.outlets.find((o) => o.name === outletName(m[0]));
    if (!outlet) continue;
    out.push({ outlet, index: m.index, length: m[0].length });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(SHORT_OUTLET_RE)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const outlet = [...ctx.outlets].reverse().find((o) => o.short === m[1]);
    if (outlet) {
      out.push({ outlet, index: m.index, length: m[0].length });
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

const OUTLET_REF_RE: Array<[OutletType, RegExp]> = (Object.entries(lexicon.outletRefs) as Array<[OutletType, string[]]>).map(
  ([type, refs]) => [type, new RegExp(`^(?:${alternation(refs)})$`, 'i')],
);

/** "the paper", "the newspaper", "the agency" → the outlet named earlier, or null. */
function outletReference(ctx: SpeakerContext, span: string): Outlet | null {
  const s = span.trim();
  for (const [type, re] of OUTLET_REF_RE) {
    if (!re.test(s)) continue;
    if (ctx.lastOutlet && (ctx.lastOutlet.type === type || /outlet/i.test(s))) return ctx.lastOutlet;
    return [...ctx.outlets].reverse().find((o) => o.type === type) ?? ctx.lastOutlet;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// People

const TITLE_AT_START = new RegExp(`^(?:${alternation(lexicon.titles)})(?![\\p{L}])`, 'iu');
const NAME_WORD = /^\p{Lu}[\p{L}’'-]*\p{Ll}[\p{L}’'-]*$/u;
const STOP_NAME = /^(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|His|Her|Their|In|On|At|As|If|But|And|Or|After|Before|During|While|Despite|Meanwhile|However|According|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

function isNameToken(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'VERB') return false;
  if (!NAME_WORD.test(t.text) || STOP_NAME.test(t.text)) return false;
  const lower = t.text.toLowerCase();
  if (lexicon.titleWords.has(lower) || lexicon.honorifics.has(lower) || lexicon.outletHeads.has(t.text) || lexicon.orgNouns.has(lower)) return false;
  return true;
}

const surnameOf = (name: string): string => (name.split(/\s+/).pop() ?? name).toLowerCase().replace(/[’']s$/, '');

/** Add or merge a person: keeps the longest name and the first role. */
export function registerPerson(ctx: SpeakerContext, name: string, role: string | null): Person {
  const clean = name.replace(/^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/, '').replace(/[’']s$/, '').trim();
  const key = surnameOf(clean);
  const found = ctx.persons.get(key);
  if (found) {
    if (clean.split(/\s+/).length > found.name.split(/\s+/).length && clean.endsWith(found.name.split(/\s+/).pop() ?? '')) found.name = clean;
    found.role ??= role;
    return found;
  }
  const p: Person = { name: clean, role };
  ctx.persons.set(key, p);
  return p;
}

/** Fix names glued to the next word by bad extraction ("Steven CheungTrump’s director"). */
export function unglue(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu}\p{Ll}+[’']s\b)/gu, '$1, $2');
}

const TITLE_AT_END = new RegExp(`(?:^|[^\\p{L}])(${alternation(lexicon.titles)})$`, 'iu');
const MODIFIER = /^(?:\p{Lu}[\p{L}.’'-]*|former|deputy|acting|interim|senior|then|’s|'s)$/u;

/** Role words right before the name at token `nameStart`: modifiers + title ("Kremlin spokesman"). */
function roleBefore(text: string, tokens: readonly Token[], nameStart: number): string | null {
  const before = text.slice(0, tokens[nameStart]!.start).replace(/\s+$/, '');
  const m = TITLE_AT_END.exec(before);
  if (!m) return null;
  let start = before.length - m[1]!.length;
  let k = tokens.findIndex((t) => t.start >= start) - 1;
  for (let kept = 0; k >= 0 && kept < 4; k--, kept++) {
    const t = tokens[k]!;
    if (!MODIFIER.test(t.text) || STOP_NAME.test(t.text) || t.pos === 'PUNCT' || t.pos === 'DET') break;
    start = t.start;
  }
  const role = before.slice(start).trim();
  return role === '' ? null : role;
}

/** Learn people ("Kremlin spokesman Dmitry Peskov", "Steven Cheung, X's director,") and outlets. */
export function learnFromText(ctx: SpeakerContext, raw: string, plainNames = true): void {
  const text = unglue(raw);
  outletMentions(ctx, text);
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameToken(tokens[i])) continue;
    // A run of name tokens, max 3, skipping an honorific before it.
    let j = i;
    while (j < tokens.length && j - i < 3 && isNameToken(tokens[j]) && tokens[j]!.start - (tokens[j - 1]?.end ?? 0) <= 1) j++;
    const name = text.slice(tokens[i]!.start, tokens[j - 1]!.end);
    const prev = tokens[i - 1];
    const next = tokens[j];
    const isOutletish = outletMentions(ctx, text.slice(tokens[i]!.start, (next?.end ?? text.length) + 1), false).length > 0;
    if (isOutletish || /^(?:the|The)$/.test(prev?.text ?? '') || next?.text === '-') {
      i = j - 1;
      continue;
    }
    const role = roleBefore(text, tokens, i);
    const hasPropn = tokens.slice(i, j).some((t) => t.pos === 'PROPN');
    if (role && hasPropn) registerPerson(ctx, name, role);
    else if (j - i >= 2 && plainNames && tokens.slice(i, j).every((t) => t.pos === 'PROPN')) registerPerson(ctx, name, null);
    i = j - 1;
  }
  // Appositives: "Name, role," and "role, Name,".
  const NAME = `\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){1,2}`;
  const ROLE = `(?:(?:Mr|Mrs|Ms|Dr)\\.|[^,.;“”]){0,40}?(?:${alternation(lexicon.titles)})(?:\\s+(?:of|for|at)\\s+[^,.;“”]{1,40})?`;
  for (const m of text.matchAll(new RegExp(`(${NAME}),\\s+(${ROLE}),`, 'giu'))) {
    if (!TITLE_AT_START.test(m[1]!)) registerPerson(ctx, m[1]!, m[2]!.trim().replace(/^(?:the|a|an)\s+/i, ''));
  }
  for (const m of text.matchAll(new RegExp(`(?:^|[,;]\\s+)(${ROLE}),\\s+(${NAME}),`, 'giu'))) {
    if (/[’']s\b|\b(?:the|a|an|its|his|her)\b/i.test(m[1]!)) registerPerson(ctx, m[2]!, m[1]!.trim().replace(/^(?:the|a|an)\s+/i, ''));
  }
}

/**
 * The registered person named in `span`: the first mention that is not a possessor
 * ("Steven Cheung, Trump’s director" → Steven Cheung). `index` is where the name starts.
 */
export function personIn(ctx: SpeakerContext, span: string): { person: Person; index: number } | null {
  let best: { person: Person; index: number; possessive: boolean } | null = null;
  for (const [surname, person] of ctx.persons) {
    const re = new RegExp(`(?<![\\p{L}])${escapeRe(surname)}(?![\\p{L}])([’']s\\b)?`, 'giu');
    for (const hit of span.matchAll(re)) {
      let index = hit.index;
      // Extend back over the given names of the full name ("Dmitry Peskov").
      const given = person.name.split(/\s+/).slice(0, -1);
      for (let g = given.length - 1; g >= 0; g--) {
        const w = given[g]!;
        const lead = span.slice(0, index).replace(/\s+$/, '');
        if (!lead.endsWith(w)) break;
        index = lead.length - w.length;
      }
      const possessive = !!hit[1];
      const better = !best || (best.possessive && !possessive) || (best.possessive === possessive && index < best.index);
      if (better) best = { person, index, possessive };
    }
  }
  return best ? { person: best.person, index: best.index } : null;
}

const normRole = (r: string): string =>
  r
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/\./g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** "the Kremlin spokesman" → the person whose role is "Kremlin spokesman". */
function personByRole(ctx: SpeakerContext, span: string): Person | null {
  const r = normRole(span);
  if (r === '') return null;
  let hit: Person | null = null;
  for (const p of ctx.persons.values()) {
    if (!p.role) continue;
    const pr = normRole(p.role);
    if (pr === r || pr.endsWith(` ${r}`)) {
      if (hit && hit !== p) return null; // ambiguous
      hit = p;
    }
  }
  return hit;
}

// ---------------------------------------------------------------------------------------------
// Speaker spans

const TIME_TAIL =
  /\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\p{Lu}\p{Ll}+\s+\d{1,2}(?:,\s*\d{4})?)|last\s+(?:week|month|year|night)|earlier|later|today|yesterday|also|again|previously|repeatedly|quickly|separately|however|too|themselves|himself|herself|itself|in\s+a\s+statement|in\s+an\s+interview)$/iu;

/** Strip noise around a raw span: adverbs, time phrases, stray pronouns, leading conjunctions. */
export function cleanSpan(raw: string): string {
  let s = unglue(raw).replace(/\s+/g, ' ').trim();
  s = s.replace(/^(?:and|but|so|while|as|because|although|though|when|where|since|whereas)\s+/i, '');
  s = s.replace(/^(?:however|meanwhile|still|yet|also|moreover|now|then|separately)\s*,?\s+/i, '');
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s.replace(TIME_TAIL, '').replace(/[\s,]+$/, '');
    s = s.replace(/\s+(?:has|have|had|was|were|is|are|will|would|could|did|does|do)$/i, '');
    if (s === before) break;
  }
  // "Kremlin spokesman Dmitry Peskov he" (a doubled subject) → drop the pronoun.
  s = s.replace(/^(.*\p{Lu}[\p{L}’'-]+)\s+(?:he|she|they)$/u, '$1');
  return s.trim();
}

const PRONOUN = /^(?:he|she|him|her)$/i;
const PLURAL_PRONOUN = /^(?:they|it|we)$/i;
const ANON_SINGULAR = new RegExp(`^(?:a|an|one|another)\\s+(?:[\\p{L}.’'-]+\\s+){0,3}(?:${[...lexicon.anonSingulars].join('|')})\\b`, 'iu');
const CITED_BY = /\s*,?\s*(?:cited|quoted)\s+(?:by|in)\s+(.+)$/i;
const ORG_NOUN = new RegExp(`\\b(?:${alternation([...lexicon.orgNouns])})$`, 'i');

const lowerArticle = (s: string): string => s.replace(/^(The|A|An)\b/, (w) => w.toLowerCase());

/** "Experts" → "experts", "The sources" → "the sources"; proper nouns stay ("Kremlin officials"). */
const GENERIC_FIRST = new Set(['the', 'a', 'an', 'one', 'another', 'some', 'several', 'many', 'multiple', 'two', 'three', 'four', ...lexicon.anonQualifiers, ...lexicon.anonSingulars, ...lexicon.anonHeads.filter((h) => !h.includes(' '))]);

function lowerFirstWord(s: string): string {
  const first = /^\p{L}+/u.exec(s)?.[0] ?? '';
  if (!GENERIC_FIRST.has(first.toLowerCase())) return s;
  return first.toLowerCase() + s.slice(first.length);
}

const make = (speaker: string | null, role: string | null, kind: Attribution['kind'], via: string | null): Attribution => ({ speaker, role, kind, via });

/** Does the span name a news outlet (or a report by one)? Returns the outlet name, '' for vague media, or null. */
export function outletOfSpan(ctx: SpeakerContext, span: string): string | null {
  const s = span
    .replace(/^(?:a|an|the)\s+/i, '')
    .replace(new RegExp(`\\s*[’']s\\s+(?:${lexicon.outletReportNouns.join('|')})$`, 'i'), '')
    .replace(new RegExp(`^(?:${lexicon.outletReportNouns.join('|')})\\s+(?:by|in|from|of)\\s+`, 'i'), '')
    .replace(new RegExp(`\\s+(?:${lexicon.outletReportNouns.join('|')})$`, 'i'), '')
    .trim();
  const ref = outletReference(ctx, `the ${s}`) ?? outletReference(ctx, span);
  if (ref) return ref.name;
  const found = outletMentions(ctx, /^\p{Lu}[\p{L}]*$/u.test(s) ? `the ${s}` : s);
  const direct = outletMentions(ctx, span.trim());
  if (found.length === 0 && direct.length === 1 && direct[0]!.index === 0 && span.trim().length - direct[0]!.length <= 2) return direct[0]!.outlet.name;
  if (found.length === 1 && found[0]!.index === 0 && found[0]!.length >= s.replace(/^the\s+/i, '').length - 1) return found[0]!.outlet.name;
  if (found.length === 1 && s.length - found[0]!.length <= 2) return found[0]!.outlet.name;
  if (lexicon.genericMedia.has(s.toLowerCase()) || lexicon.genericMedia.has(span.toLowerCase().trim())) return '';
  return null;
}

/** Resolve a raw speaker span to an attribution, using and updating the article context. */
export function resolveSpeaker(ctx: SpeakerContext, rawSpan: string): Resolved {
  const span = cleanSpan(rawSpan);
  const result = (attribution: Attribution, outlet = false, person: Person | null = null): Resolved => {
    if (attribution.kind !== 'none' || outlet) ctx.lastSpeaker = attribution;
    if (person) ctx.lastPerson = person;
    return { attribution, outlet, person };
  };

  // Pronouns.
  if (PRONOUN.test(span)) {
    const p = ctx.lastPerson;
    if (p) return result(make(p.name, p.role, 'named', null), false, p);
    return result(make(null, null, 'none', null));
  }
  if (PLURAL_PRONOUN.test(span)) {
    const last = ctx.lastSpeaker;
    if (last) return { attribution: { ...last }, outlet: last.kind === 'none' && !!last.via, person: null };
    return result(make(null, null, 'none', null));
  }

  // Anonymous sources, possibly cited through an outlet.
  let via: string | null = null;
  let body = span;
  const cited = CITED_BY.exec(body);
  if (cited) {
    via = outletOfSpan(ctx, cited[1]!) || null;
    body = body.slice(0, cited.index).trim();
  }
  const namedPerson = personIn(ctx, body);
  const anonHead = patterns.anonHead.test(body) || ANON_SINGULAR.test(body);
  if (anonHead && !namedPerson) {
    const mentions = outletMentions(ctx, body);
    if (!via && mentions.length > 0) {
      via = mentions[0]!.outlet.name;
      body = (body.slice(0, mentions[0]!.index) + body.slice(mentions[0]!.index + mentions[0]!.length)).replace(/\s+/g, ' ').trim();
      body = body.replace(/^(?:’s|'s)\s+/, '');
    }
    if (!via && /^the\s+(?:sources?|people|persons|officials?)\b/i.test(body)) via = ctx.lastOutlet?.name ?? ctx.lastSourcesVia;
    if (via) ctx.lastSourcesVia = via;
    return result(make(lowerFirstWord(body), null, 'anonymous', via));
  }

  // Outlets and media.
  const outlet = outletOfSpan(ctx, body);
  if (outlet !== null) {
    const o = ctx.outlets.find((x) => x.name === outlet);
    if (o) ctx.lastOutlet = o;
    return result(make(null, null, 'none', outlet || null), true);
  }

  // A person named in the span, with a role from the span or the register.
  if (namedPerson) {
    const p = namedPerson.person;
    const before = body.slice(0, namedPerson.index).replace(/(?:Mr|Mrs|Ms|Dr)\.?\s*$/, '').trim();
    const after = body.slice(namedPerson.index).replace(/^[^,]*,?\s*/, '').replace(/,\s*$/, '').trim();
    let role: string | null = null;
    if (before && patterns.title.test(before)) role = before.replace(/,\s*$/, '').replace(/^(?:the|a|an)\s+/i, '');
    else if (after && patterns.title.test(after)) role = after.replace(/^(?:the|a|an)\s+/i, '');
    if (role) p.role ??= role;
    // "spokesman" in the span, "Kremlin spokesman" in the register: the fuller one.
    if (role && p.role && normRole(p.role).endsWith(normRole(role))) role = p.role;
    return result(make(p.name, role ?? p.role, 'named', null), false, p);
  }

  // A role alone: "the Kremlin spokesman" → the person the article named with that role.
  if (patterns.title.test(body)) {
    const p = personByRole(ctx, body);
    if (p) return result(make(p.name, p.role, 'named', null), false, p);
  }

  // An unregistered capitalised name ("Sullivan said").
  const toks = tokenize(body);
  const words = toks.filter((t) => t.pos !== 'PUNCT');
  if (words.length > 0 && words.length <= 3 && words.every((t) => t.pos === 'PROPN' && NAME_WORD.test(t.text)) && !ORG_NOUN.test(body)) {
    const looksPerson = words.length >= 2 || !/^(?:the)\b/i.test(body);
    if (looksPerson && words.length >= 2 && !lexicon.outletHeads.has(words[words.length - 1]!.text)) {
      const p = registerPerson(ctx, body, null);
      return result(make(p.name, p.role, 'named', null), false, p);
    }
  }

  // Organisations and anything else with a head noun: on record, speaking for itself.
  if (body === '') return result(make(null, null, 'none', null));
  const role = patterns.title.test(body) && !/\p{Lu}/u.test(body.replace(/^The\b/, '')) ? lowerArticle(body) : null;
  return result(make(lowerArticle(body), role, 'named', null));
}

/** After a sentence: remember the outlets mentioned (for "the paper") and the first person subject. */
export function noteSentence(ctx: SpeakerContext, text: string, subjectPerson: Person | null): void {
  const mentions = outletMentions(ctx, text);
  const last = mentions[mentions.length - 1];
  if (last) ctx.lastOutlet = last.outlet;
  if (subjectPerson) ctx.lastPerson = subjectPerson;
}
