/**
 * Who is speaking: resolve a raw speaker span ("Mr. Haddad", "the paper", "sources cited by
 * the Gazette", "he") to a normalised Attribution, using and updating the article context.
 */
import type { Attribution } from '../types.ts';
import { alternation, lexicon, patterns } from './lexicon.ts';
import { allMatches } from '../all-matches.ts';
import { tokenize } from '../nlp/tokens.ts';
import { isNumberWord } from '../verdicts/figures.ts';
import { clauseSubject } from './np.ts';
import { emptyContext, type Person, type SpeakerContext } from './context.ts';
import { outletMentions, outletOfSpan, registerOutlet } from './outlets.ts';
import { NAME_WORD, normRole, personByRole, personIn, pronounFits, registerPerson, unglue } from './people.ts';

export type { Outlet, OutletType, Person, SpeakerContext } from './context.ts';
export { outletMentions, outletOfSpan } from './outlets.ts';
export { learnFromText, personIn, registerPerson, unglue } from './people.ts';

export interface Resolved {
  attribution: Attribution;
  /** The speaker is a news outlet or "media reports": its content is relayed ('reports'). */
  outlet: boolean;
  /** The resolved person, when the speaker is one. */
  person: Person | null;
}

/** A fresh context for one article: its `publisher`, then `knownOutlets` (credited agencies), registered first. */
export function createContext(knownOutlets: readonly string[] = [], publisher: string | null = null): SpeakerContext {
  const ctx = emptyContext();
  if (publisher) ctx.publisher = registerOutlet(ctx, publisher);
  for (const o of knownOutlets) registerOutlet(ctx, o);
  return ctx;
}

/** The article's own reporters: "our correspondent in Drevno", "this newspaper's reporters". */
const OWN_REPORTERS = /^(?:(?:our|this\s+(?:newspaper|paper|site|station|agency)[’']s)\s+(?:own\s+)?(?:correspondents?|reporters?|journalists?|staff|team|reporting)\b|this\s+(?:newspaper|paper|publication|website|site|station|programme|program|agency)$)/iu;

/** `span` names the publishing outlet itself ("the Beacon", "The Daily Beacon", "Daily Beacon"). */
function isPublisher(ctx: SpeakerContext, span: string): boolean {
  const p = ctx.publisher;
  if (!p) return false;
  const bare = span.replace(/^the\s+/i, '').trim();
  const name = p.name.replace(/^The\s+/, '');
  return bare === name || (bare === p.short && /^\p{Lu}/u.test(bare)) || (bare.includes(' ') && bare === name.replace(MEDIA_SUFFIX, ''));
}

/**
 * A last word a broadcaster's or site's name may go without: "Dales TV" is "Dales TV News" (only
 * for names of two words or more left: "Sky" alone says too little to be the publisher).
 */
const MEDIA_SUFFIX = /\s+(?:News|Online|Live|Digital|Interactive)$/u;

const TIME_TAIL =
  /\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\p{Lu}\p{Ll}+\s+\d{1,2}(?:,\s*\d{4})?)|last\s+(?:week|month|year|night)|earlier|later|today|yesterday|also|again|previously|repeatedly|quickly|separately|however|too|themselves|himself|herself|itself|in\s+a\s+statement|in\s+an\s+interview)$/iu;

const TIME_HEAD = /^(?:last\s+(?:night|week|month|year)|(?:yesterday|today|earlier\s+today|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:\s+(?:morning|afternoon|evening|night))?|later|this\s+(?:morning|afternoon|evening|week))\s*,?\s+(?=\S)/iu;

/** Strip noise around a raw span: adverbs, time phrases, stray pronouns, leading conjunctions. */
export function cleanSpan(raw: string): string {
  // ("'We were told to keep quiet': Formula plant workers say …": the colon after a headline's quotation.)
  let s = unglue(raw).replace(/\s+/g, ' ').trim().replace(/^[:;,–—-]+\s*/, '');
  s = s.replace(/^(?:and|but|so|while|as|because|although|though|when|where|since|whereas)\s+/i, '');
  s = s.replace(/^(?:however|meanwhile|still|yet|also|moreover|now|then|separately)\s*,?\s+/i, '');
  // "@VellmoorCARO you said …": the account a post addresses is who "you" is.
  s = s.replace(/^(@[\p{L}\p{N}_]{2,30})\s+you$/iu, '$1');
  // "This morning's Daily Courier says …", "Sunday's Gazette reported …": which edition, not who
  // (a span the frame already began after "Sunday" starts at its "'s").
  s = s.replace(/^(?:(?:this|yesterday|tomorrow)\s+(?:morning|afternoon|evening)|last\s+night|tonight|today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)[’']s\s+(?=\p{Lu})/iu, '').replace(/^[’']s\s+(?=\p{Lu})/u, '');
  // "Last night Brenholt said": the time goes before the speaker too.
  s = s.replace(TIME_HEAD, '');
  // "On Friday afternoon its spokesman told …": the span starts after "On Friday".
  s = s.replace(/^(?:morning|afternoon|evening|night)\s+(?=(?:its|his|her|their|the|a|an)\s)/i, '');
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s.replace(TIME_TAIL, '').replace(/[\s,]+$/, '');
    s = s.replace(/\s+(?:has|have|had|was|were|is|are|will|would|could|did|does|do)$/i, '');
    if (s === before) break;
  }
  // "Police spokesman Omar Haddad he" (a doubled subject) → drop the pronoun.
  s = s.replace(/^(.*\p{Lu}[\p{L}’'-]+)\s+(?:he|she|they)$/u, '$1');
  return s.trim();
}

const PRONOUN = /^(?:he|she|him|her)$/i;
// "They", "it", "we": whoever spoke last, of any kind. So is an expletive "there", which is
// nobody: in "X said that there had been no such call and called the report false", "There
// called the report false" is X's.
const CONTEXT_SUBJECT = /^(?:they|it|we|there)$/i;
const ANON_SINGULAR = new RegExp(`^(?:a|an|one|another)\\s+(?:[\\p{L}.’'-]+\\s+){0,3}(?:${[...lexicon.anonSingulars].join('|')})\\b`, 'iu');
/**
 * A programme's guest introduced to its host: "Councillor Alan Trewin, cabinet member for
 * highways at Westmarch County Council, spoke to our presenter Becky Hale", "Zoo managing
 * director Marcus Heywood joined our presenter". Groups: 1 a councillor's title, 2 a role before
 * the name, 3 the name, 4 the role between commas.
 */
const GUEST_INTRO = /^(?:(Councillor|Cllr)\.?\s+|(?:Dr|Professor|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+|((?:\p{Lu}[\p{L}’'-]*\s+)?\p{Ll}[\p{Ll}’'-]*(?:\s+\p{Ll}[\p{Ll}’'-]*){0,3})\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})(?:,\s+([^,]{2,90}),)?\s+(?:(?:spoke|has\s+been\s+speaking|was\s+speaking|talked|has\s+been\s+talking)\s+to|joined|has\s+joined)\s+(?:us|me|our\s+(?:presenter|host|reporter|correspondent)\b)/u;

/** Does a sentence introduce a programme's guest to its host (GUEST_INTRO)? Narration of the broadcast, no claim. */
export const introducesGuest = (text: string): boolean => GUEST_INTRO.test(text);

/** A person by what they are, not by name: "The driver", "the 61-year-old man", "A woman". */
const UNNAMED_PERSON = new RegExp(`^(?:the|a|an|one|another)\\s+(?:[\\p{L}\\d.’'-]+\\s+){0,3}(?:${[...lexicon.anonSingulars].join('|')})$`, 'iu');
/** Who may as well be a company: "the port operator", "the contractor" speak for one, on record. */
const BODY_LIKE = new Set(['operator', 'contractor', 'consultant', 'supplier', 'executive']);
/** One person by what they are, definite and in lower case: "the keeper", "the injured visitor". */
const UNNAMED_DEFINITE = new RegExp(`^the\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}(?:${[...lexicon.anonSingulars].filter((w) => !BODY_LIKE.has(w)).join('|')})$`, 'u');
/** Someone of another's, by what they are to them, in lower case: "its organiser", "her mother". */
const UNNAMED_OF = /^(?:its|their|his|her)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]*)$/u;
/** Who someone is to another, as UNNAMED_OF's last word (without a plural s): kin, friends, those who run or own a thing. */
const UNNAMED_KIN = new Set([...lexicon.anonSingulars, 'family', 'familie', 'friend', 'organiser', 'organizer', 'owner', 'partner', 'landlord', 'tenant', 'fiancé', 'fiancée', 'girlfriend', 'boyfriend', 'cousin', 'uncle', 'aunt', 'niece', 'nephew', 'grandson', 'granddaughter', 'children']);

/** "One of them", "another of those", "two of them": some of whoever spoke last. */
const ONE_OF_THEM = /^(?:one|another|two|three|some|several|both|each|all|none|neither|either|many|most)\s+of\s+(?:them|those|these|the\s+\p{L}+)$/iu;

/** "any chemist (will tell you)", "anyone who lives here": whoever it is, nobody in particular. */
const ANYONE = /^(?:any(?:one|body)?)\b(?!\s+of\s+(?:the|its|their)\b)/i;
const CITED_BY = /\s*,?\s*(?:cited|quoted)\s+(?:by|in)\s+(.+)$/i;
/** A body named for whom it gathers ("United Care Workers", "Independent Pilots"): no person. */
const MEMBERS_END = /\s(?:Workers|Employees|Members|Nurses|Teachers|Drivers|Pilots|Doctors|Dockers|Carers|Seafarers|Miners|Farmers|Residents|Tenants|Parents)$/u;
const ORG_NOUN = new RegExp(`\\b(?:${alternation([...lexicon.orgNouns])})$`, 'i');

/** A span that opens with an organisation qualified by whom it stands for ("the union representing …", "the association of …"); not "Hospital officials". */
const ORG_FIRST = new RegExp(`^(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,2}?(?:${alternation([...lexicon.orgNouns])})\\s+(?:representing|for|of|that|which)\\b`, 'iu');

const lowerArticle = (s: string): string => s.replace(/^(The|A|An)\b/, (w) => w.toLowerCase());

/** "Experts" → "experts", "The sources" → "the sources"; proper nouns stay ("Police officials"). */
const GENERIC_FIRST = new Set(['the', 'a', 'an', 'one', 'another', 'some', 'several', 'many', 'multiple', 'two', 'three', 'four', ...lexicon.anonQualifiers, ...lexicon.anonSingulars, ...lexicon.anonHeads.filter((h) => !h.includes(' '))]);

function lowerFirstWord(s: string): string {
  const first = /^\p{L}+/u.exec(s)?.[0] ?? '';
  if (!GENERIC_FIRST.has(first.toLowerCase())) return s;
  return first.toLowerCase() + s.slice(first.length);
}

/** Names and roles with their spaces plain and single: "Priya\u00a0Lindqvist" is "Priya Lindqvist" (quotes keep theirs). */
const oneSpace = (s: string | null): string | null => (s === null ? null : s.replace(/\s+/gu, ' ').trim());

const make = (speaker: string | null, role: string | null, kind: Attribution['kind'], via: string | null): Attribution => ({
  speaker: oneSpace(speaker),
  role: oneSpace(role),
  kind,
  via: oneSpace(via),
});

const ANON_HEAD_G = new RegExp(patterns.anonHead.source, 'giu');

/**
 * Does the span name unnamed sources ("staff", "sources close to", "several diplomats")? Not
 * when the word is a capitalised part of a name after its first word ("The Transport Workers
 * Union" is an organisation on record, not unnamed workers), nor a possessive.
 */
function anonymousHead(body: string): boolean {
  // "Three schools told the Brief …": so many of a kind, none of them named.
  if (countedPlural(body.trim())) return true;
  // "The union representing drivers", "the association of retired officials": an organisation
  // named first speaks for itself; whom it represents only qualifies it.
  const org = ORG_FIRST.exec(body);
  for (const m of allMatches(ANON_HEAD_G, body)) {
    if (org && m.index >= org[0].length) continue;
    const inName = m.index > 0 && /^\p{Lu}/u.test(m[0]) && !/^(?:the\s+)?$/i.test(body.slice(0, m.index).trim());
    // "the head of the nurses’ union": the workers only qualify the one who speaks.
    const possessive = /^[’']/u.test(body.slice(m.index + m[0].length));
    if (!inName && !possessive) return true;
  }
  return false;
}

/** A count, then a plural of one kind: "three schools", "12 parents", "two other teachers", "dozens of parents". Group 1: the count. */
const COUNTED_PLURAL = /^(\d+|\p{L}+)\s+(?:of\s+)?(?:other\s+|more\s+)?(?-i:\p{Ll})[\p{L}-]*s$/iu;

/** A number of people or bodies of one kind, no more (the count a number or a number word: figures.ts isNumberWord). */
function countedPlural(body: string): boolean {
  const count = COUNTED_PLURAL.exec(body)?.[1];
  return count !== undefined && (/^\d/.test(count) || isNumberWord(count.toLowerCase()));
}

/** A source described as unnamed at its own request, or unable to speak on record. */
const UNNAMED_BY_REQUEST = /\b(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:asked|requested|declined|wished)\s+not\s+to\s+be\s+(?:named|identified)|requested\s+anonymity|not\s+authori[sz]ed\s+to\s+(?:speak|comment)|speaking\s+anonymously)\b/iu;

/** Papers an outlet saw and did not publish: "documents seen by the Echo", "leaked emails obtained by Reuters". */
const UNPUBLISHED_PAPERS = /^(?:(?:the|a|an|some|several|internal|confidential|leaked|private|unpublished|secret|draft)\s+)*(?:(?:audit|internal|draft|council|company|board)\s+)?(?:documents?|papers|e-?mails?|files|records|memos?|memorandums?|minutes|correspondence|messages|letters?|contracts?|invoices|payment\s+schedules?|notes|reports?|audits?|forecasts?|assessments?|data|figures|statistics|rotas?|logs?|spreadsheets?|recordings?)\s+(?:seen|obtained|reviewed|examined|shared|leaked|passed|given|provided)\s+(?:by|to|with)\s/iu;

/**
 * Papers named by their kind alone, whose they are not said: "…, letter shows" (a headline),
 * "a letter shows". Nobody a reader could ask stands behind them. ("The letter said …" in a
 * union leader's answer is the one he spoke of: his, on record.)
 */
const BARE_PAPERS = /^(?:an?\s+)?(?:documents?|papers|e-?mails?|files|memos?|letters?|notes)$/iu;

/** The head noun of a source's description: "scientist" of "a senior scientist who worked on …", "source" of "a source close to the mayor". */
function headNoun(speaker: string): string {
  // "one of the workers" is a worker ("the worker said" later).
  const member = /^(?:one|another)\s+of\s+the\s+(\p{L}+?)s?$/iu.exec(speaker);
  if (member) return member[1]!.toLowerCase();
  // ("Documents seen by the Evening Post": the documents, for a later "the documents show".)
  const before = speaker.split(/,|\s(?:who|whom|which|that|with|close|familiar|from|at|in|of|on|for|seen|obtained|reviewed|examined|leaked|shared)\s/i)[0]!.trim();
  return (before.split(/\s+/).pop() ?? '').toLowerCase();
}

/** "the hon. Member for X", "my right hon. Friend the Member for X". Group 1: the seat. */
const HON_MEMBER = /^(?:the\s+|my\s+)?(?:right\s+)?hon(?:ourable|\.)?\s+(?:and\s+(?:learned|gallant)\s+)?(?:Member|Gentleman|Lady|Friend)(?:\s+the\s+Member)?\s+for\s+(.+)$/iu;

/** The person whose role is the seat ("MP for Wexcombe North", or the seat alone as a label gave it). */
function memberFor(ctx: SpeakerContext, seat: string): Person | null {
  const s = normRole(seat);
  for (const p of ctx.persons.values()) {
    const r = p.role ? normRole(p.role) : '';
    if (r === s || r.endsWith(` for ${s}`)) return p;
  }
  return null;
}

/** Is `name` a person the article named (not an organisation speaking for itself)? */
function isPersonName(ctx: SpeakerContext, name: string): boolean {
  for (const p of ctx.persons.values()) if (p.name === name) return true;
  return false;
}

/** Words right before a name that place unnamed speakers: "people at", "an engineer with", "aides close to". */
const PLACE_OF_UNNAMED = /\s(?:at|in|from|with|within|inside|near|around|close\s+to)\s+(?:the\s+)?$/i;

/** Resolve a raw speaker span to an attribution, using and updating the article context. */
export function resolveSpeaker(ctx: SpeakerContext, rawSpan: string): Resolved {
  const span = cleanSpan(rawSpan);
  const result = (attribution: Attribution, outlet = false, person: Person | null = null): Resolved => {
    if (attribution.kind !== 'none' || outlet) ctx.lastSpeaker = attribution;
    if (person) {
      ctx.lastPerson = person;
      ctx.unnamedPerson = null;
    }
    return { attribution, outlet, person };
  };

  // "I declare that …" in a statement its writer opened with "I, Margaret Ondrejka, being …":
  // she is "I"; with no one so named, the article's own voice (a columnist's "I asked …").
  if (/^i$/i.test(span)) {
    const self = ctx.firstPerson;
    return self ? result(make(self.name, self.role, 'named', null), false, self) : result(make(null, null, 'none', null));
  }
  // "Mr Hale, you've said the pool will close": an interviewer's account of what the guest said,
  // not the guest's words on record.
  if (/^you$/i.test(span)) return result(make(null, null, 'none', null));
  // Pronouns.
  if (PRONOUN.test(span)) {
    // "A Norvale check-in supervisor, who asked not to be identified, said …. “We wrote boarding
    // passes by hand,” she said.": the unnamed source spoke last, not the spokeswoman named before.
    const unnamed = ctx.unnamedPerson;
    if (unnamed && /^(?:he|she)$/i.test(span)) return { attribution: { ...unnamed }, outlet: false, person: null };
    // "The minister said the government would fund a review. She said she had spoken to …": a
    // speaker known only by a role, who spoke last, is who "she" is — not the last person named.
    const last = ctx.lastSpeaker;
    if (last && last.kind === 'named' && last.speaker && last.role === last.speaker && /^(?:he|she)$/i.test(span) && !isPersonName(ctx, last.speaker)) return { attribution: { ...last }, outlet: false, person: null };
    const p = ctx.lastPerson;
    if (p && pronounFits(span, p)) {
      // "she said" after her name: she is "she" from now on (a later "he" is someone else).
      const said = span.toLowerCase();
      if (said === 'he' || said === 'she') p.pronoun ??= said;
      return result(make(p.name, p.role, 'named', null), false, p);
    }
    return result(make(null, null, 'none', null));
  }
  // "Two employees who spoke on condition of anonymity said …. One of them said …": one of the
  // last speakers, as sourced as they are.
  if (ONE_OF_THEM.test(span)) {
    const last = ctx.lastSpeaker;
    // ("The company has said …. But one of the workers said …": a member of a group the article
    // names no one of is nobody on record, whoever spoke last.)
    const ofGroup = /\s(?:the)\s+\p{L}+$/iu.test(span);
    if (last && (ofGroup ? last.kind === 'anonymous' : last.kind !== 'none')) return { attribution: { ...last, speaker: lowerFirstWord(span), role: null }, outlet: false, person: null };
    return result(make(lowerFirstWord(span), null, 'anonymous', null));
  }
  // "A senior scientist who asked not to be named … The scientist said …": the same source, as
  // unnamed as before (the head noun of the last speaker, when that speaker was unnamed).
  // ("the sources", "the officials" are found unnamed below, through whom they were cited.)
  // ("the former member" after "A former member of the lab, who left in 2022": adjectives may come too.)
  const definite = /^the\s+(?:\p{Ll}+\s+){0,2}(?!(?:sources?|people|persons|officials?)$)(\p{Ll}+)$/iu.exec(span);
  if (definite && ctx.lastSpeaker?.kind === 'anonymous' && headNoun(ctx.lastSpeaker.speaker ?? '') === definite[1]!.toLowerCase()) {
    return { attribution: { ...ctx.lastSpeaker, speaker: lowerFirstWord(span) }, outlet: false, person: null };
  }
  // "The hon. Member for Wexcombe North said …": the Member the record labelled with that seat;
  // a Member on record, by seat, when it labelled none.
  const seat = HON_MEMBER.exec(span);
  if (seat) {
    const p = memberFor(ctx, seat[1]!);
    return p ? result(make(p.name, p.role, 'named', null), false, p) : result(make(lowerFirstWord(span), null, 'named', null));
  }
  // "the person said": news prose's way back to an unnamed source ("a person familiar with …").
  if (/^the\s+(?:person|individual)$/i.test(span)) {
    const last = ctx.lastSpeaker;
    if (last?.kind === 'anonymous') return { attribution: { ...last, speaker: lowerFirstWord(span) }, outlet: false, person: null };
    return result(make(lowerFirstWord(span), null, 'anonymous', null));
  }
  if (/^it$/i.test(span) && ctx.lastBody) return resolveSpeaker(ctx, ctx.lastBody);
  // "The Riverways Agency has said that … was the council's responsibility. We reject that.", in
  // the council's own letter: its "we" is the council, not the other body that spoke last. (A
  // person it quotes speaks for it in their own name: Martin Greaves's "We categorically reject
  // the suggestion …" stays his.)
  const lastNamed = ctx.lastSpeaker?.kind === 'named' ? ctx.lastSpeaker.speaker : null;
  if (/^we$/i.test(span) && ctx.issuer && !(lastNamed && isPersonName(ctx, lastNamed))) return result(make(ctx.issuer, null, 'named', null));
  if (CONTEXT_SUBJECT.test(span)) {
    const last = ctx.lastSpeaker;
    // "Tom Pardew, 72, and his wife, Eileen, were flying home …. They said …": "they" is no one
    // person who spoke before (the airline's spokeswoman); it is the people just told of.
    // (When that one person is still the last told of — "They did a spinal tap and told us …" in
    // her own turn — her words relay theirs, as before.)
    if (last && /^they$/i.test(span) && last.kind === 'named' && last.speaker && isPersonName(ctx, last.speaker)) {
      const p = ctx.lastPerson;
      if (p && p.name !== last.speaker) return result(make(p.name, p.role, 'named', null), false, p);
    }
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
  // The publishing outlet or its own reporters: the article's own voice, no source of its own.
  if (isPublisher(ctx, body) || OWN_REPORTERS.test(body)) return result(make(null, null, 'none', null));
  // "Van der Berg's lawyer", "Mayor Helena Marchetti's office": someone of theirs speaks, not them.
  // ("The Journal of Translational Metabolism" is a journal, whatever person-like name it holds.)
  const mentioned = BODY_OF.test(body) ? null : personIn(ctx, body);
  const anonHead = anonymousHead(body) || ANON_SINGULAR.test(body) || ANYONE.test(body);
  // "Several people at County Hall", "two people close to Reyes": the name says where the
  // unnamed ones are, not who speaks.
  const whereOnly = mentioned !== null && anonHead && PLACE_OF_UNNAMED.test(body.slice(0, mentioned.index));
  const namedPerson = mentioned && !mentioned.possessive && !whereOnly ? mentioned : null;
  // "A senior figure at another Premier Division club, who spoke on condition of anonymity": a
  // source that says it is unnamed is, whatever capitalised words describe it.
  // "documents seen by the Echo": papers no reader can check, vouched for by the outlet that saw them.
  if ((anonHead && !namedPerson) || UNNAMED_BY_REQUEST.test(body) || UNPUBLISHED_PAPERS.test(body) || BARE_PAPERS.test(body)) {
    const mentions = outletMentions(ctx, body);
    if (!via && mentions.length > 0) {
      via = mentions[0]!.outlet.name;
      // ("board documents reviewed by the Harbor Times" keeps its words: who saw them is part of what they are.)
      if (!UNPUBLISHED_PAPERS.test(body)) {
        body = (body.slice(0, mentions[0]!.index) + body.slice(mentions[0]!.index + mentions[0]!.length)).replace(/\s+/g, ' ').trim();
        body = body.replace(/^(?:’s|'s)\s+/, '');
      }
    }
    if (!via && /^the\s+(?:sources?|people|persons|officials?)\b/i.test(body)) via = ctx.lastOutlet?.name ?? ctx.lastSourcesVia;
    // The publisher's own sources are its own reporting ("The Beacon can reveal … the source said"), relayed from no one.
    if (via && via === ctx.publisher?.name) via = null;
    if (via) ctx.lastSourcesVia = via;
    const source = make(lowerFirstWord(body), null, 'anonymous', via);
    // (One person, unnamed: "a supervisor who asked not to be identified", "an engineer"; not "two people".)
    if (ANON_SINGULAR.test(body)) ctx.unnamedPerson = source;
    return result(source);
  }

  // "the mayor who was visiting": past the anonymity cues, the relative clause names nobody.
  const relative = /,?\s+(?:who|whom|whose)\s.*$/iu.exec(body);
  if (relative && relative.index > 0) body = body.slice(0, relative.index);

  // Outlets and media.
  const outlet = outletOfSpan(ctx, body);
  if (outlet !== null) {
    const o = ctx.outlets.find((x) => x.name === outlet);
    if (o) ctx.lastOutlet = o;
    return result(make(null, null, 'none', outlet || null), true);
  }

  // A role the article gave someone, whole: "The Head of Building Control" after "Martin Pike
  // (Head of Building Control)" is him, not a body called Building Control.
  if (!namedPerson && /^(?:the\s+)?\p{Lu}/u.test(body) && / of /.test(body)) {
    const holder = personByRole(ctx, body.replace(/^the\s+/i, ''));
    if (holder && holder.role && holder.role.toLowerCase() === body.replace(/^the\s+/i, '').toLowerCase()) return result(make(holder.name, holder.role, 'named', null), false, holder);
  }

  // A person named in the span, with a role from the span or the register.
  if (namedPerson) {
    const p = namedPerson.person;
    // ("a 2021 study by Ashgrove University scientist Martin Keller": his role is what follows "by".)
    const before = body.slice(0, namedPerson.index).replace(/(?:Mr|Mrs|Ms|Dr)\.?\s*$/, '').replace(/^.*\s(?:by|from)\s+/i, '').trim();
    const after = body.slice(namedPerson.index).replace(/^[^,]*,?\s*/, '').replace(/,\s*$/, '').trim();
    let role: string | null = null;
    // "Her lawyer, Adebayo Fenwick": the role is "lawyer" (whose, the page's quote shows).
    if (before && patterns.title.test(before)) role = before.replace(/,\s*$/, '').replace(/^(?:the|a|an|her|his|their|its|our|my)\s+/i, '');
    else if (after && patterns.title.test(after)) role = after.replace(/^(?:the|a|an|its|their|our|my)\s+/i, '');
    if (role) p.role ??= role;
    // "spokesman" in the span, "Police spokesman" in the register: the fuller one.
    if (role && p.role && normRole(p.role).endsWith(normRole(role))) role = p.role;
    return result(make(p.name, role ?? p.role, 'named', null), false, p);
  }

  // A role alone: "the Police spokesman" → the person the article named with that role.
  if (patterns.title.test(body)) {
    const p = personByRole(ctx, body);
    if (p) return result(make(p.name, p.role, 'named', null), false, p);
  }

  // An unregistered capitalised name ("Lindqvist said").
  const toks = tokenize(body);
  const words = toks.filter((t) => t.pos !== 'PUNCT');
  if (words.length > 0 && words.length <= 3 && words.every((t) => t.pos === 'PROPN' && NAME_WORD.test(t.text)) && !ORG_NOUN.test(body) && !MEMBERS_END.test(body)) {
    const looksPerson = words.length >= 2 || !/^(?:the)\b/i.test(body);
    if (looksPerson && words.length >= 2 && !lexicon.outletHeads.has(words[words.length - 1]!.text) && !ctx.companyNames?.has(body)) {
      const p = registerPerson(ctx, body, null);
      return result(make(p.name, p.role, 'named', null), false, p);
    }
  }

  // "the company", "the council", "the hospital": the body of that kind the article names most
  // ("Corvane Agrochemicals", "Ellisford District Council", "Fenmore General Hospital").
  const kind = /^the\s+(\p{L}+)$/iu.exec(body)?.[1]?.toLowerCase();
  const named = kind ? bodyOfKind(ctx, kind) : null;
  if (named) return result(make(named, null, 'named', null));
  // "the ambulance service", "the fire service": the body of that kind whose name holds the word
  // ("Northmoor Ambulance Service"), when the article names one.
  // (A name learnt with whose officer it was, "Group Manager Priya Lakhani of Fernshire Fire and
  // Rescue Service", is the body after its last "of".)
  const modified = /^the\s+(\p{Ll}[\p{Ll}-]+)\s+(\p{Ll}+)$/u.exec(body);
  const namedAs = modified ? bodyOfKind(ctx, modified[2]!, modified[1]!) : null;
  const ofAt = namedAs ? namedAs.lastIndexOf(' of ') : -1;
  const bodyName = namedAs && ofAt > 0 && namedAs.slice(ofAt + 4).toLowerCase().includes(modified![1]!) ? namedAs.slice(ofAt + 4) : namedAs;
  if (bodyName) return result(make(bodyName, null, 'named', null));
  if (body === '') return result(make(null, null, 'none', null));
  // "…, the keeper said", "the witness said", the article naming no one so: one person, unnamed,
  // by what they are (a role that names one office, "the mayor", stays on record).
  // (A title of more than one word names an office: "the returning officer", "the chief executive".)
  if (UNNAMED_DEFINITE.test(body) && !/\s/.test(patterns.title.exec(body)?.[0] ?? '')) {
    const source = make(lowerFirstWord(body), null, 'anonymous', null);
    ctx.unnamedPerson = source;
    return result(source);
  }
  // Organisations and anything else with a head noun: on record, speaking for itself.
  // "its organiser", "her mother", "their neighbours": someone of whoever was told of, by no name
  // and not as who speaks for a body ("its spokesman") or its papers ("its published accounts").
  const of = UNNAMED_OF.exec(body);
  if (of && UNNAMED_KIN.has(of[1]!.replace(/s$/, ''))) return result(make(body, null, 'anonymous', null));
  const role = patterns.title.test(body) && !/\p{Lu}/u.test(body.replace(/^The\b/, '')) ? lowerArticle(body) : null;
  return result(make(lowerArticle(body), role, 'named', null));
}

/** A capitalised subject, then an aside of "which" between commas: "Corvane Property Group, which owns Kestrel Walk, …" (a body: "who" asides are read with their person). Group 1: the subject. */
const SUBJECT_ASIDE = /^(\p{Lu}[^,]{1,60}),\s+(?:which\s[^,]{2,80}|(?:the|an?)\s+\p{Ll}[^,]{1,60}),\s+/u;

/** A sentence opening "I, <name>," (after a dateline, if any). Group 1: the name. */
const SELF_NAMED = /^(?:\p{Lu}[\p{Lu}\s.'’-]*\s[—–-]\s*)?I,\s+([^,]{3,60}),/u;

/** After a sentence: remember the outlets mentioned (for "the paper") and the first person subject. */
export function noteSentence(ctx: SpeakerContext, text: string, subjectPerson: Person | null): void {
  learnBodies(ctx, text);
  if (ctx.toldEarlier && ++ctx.toldEarlier.sentences > 1) ctx.toldEarlier = null;
  const mentions = outletMentions(ctx, text);
  const last = mentions[mentions.length - 1];
  if (last) ctx.lastOutlet = last.outlet;
  if (subjectPerson) {
    ctx.lastPerson = subjectPerson;
    ctx.referent = null;
    ctx.unnamedPerson = null;
  }
  // "I, Margaret Ondrejka, being the Returning Officer …, give notice that …": the writer names
  // themself, and is who a later "I declare" is.
  const self = SELF_NAMED.exec(text);
  const named = self ? personIn(ctx, self[1]!) : null;
  if (named && named.index === 0 && !named.possessive) ctx.firstPerson = named.person;
  // "The Journal of Translational Metabolism posted the retraction notice on Monday. It said …":
  // a named body the sentence is about is what its next "It" is (not the last person quoted).
  // ("Corvane Property Group, which owns Kestrel Walk, has issued a short statement.": the subject
  // past its aside, for a next "it said".)
  const asideOf = subjectPerson ? null : SUBJECT_ASIDE.exec(text);
  const plain = asideOf ? `${asideOf[1]} ${text.slice(asideOf[0].length)}` : text;
  const np = subjectPerson ? null : clauseSubject(tokenize(plain));
  const subject = np ? plain.slice(np.start, np.end).trim() : '';
  // What a next "it" may be: the thing the sentence was about ("Elm Ward remained open. We reject
  // the claim that it was closed."), a name the tagger took for a person's too.
  const thing = np ? subject : subjectPerson ? text.slice(0, Math.max(0, text.search(/\s(?:\p{Ll}+ly\s+)?(?:remained|remains|was|is|has|had|stayed|stays)\s/u))) : '';
  ctx.lastThing = thing && NAMED_BODY.test(thing) && !/s$/.test(thing) && thing.split(/\s+/).length <= 6 ? thing : null;
  ctx.lastBody = np && NAMED_BODY.test(subject) && (BODY_OF.test(subject) || !personIn(ctx, subject)) ? subject : null;
  // "One senior nurse, who asked not to be named, described the night as …. “We had 17
  // patients in the corridor,” she said.": the unnamed person the sentence was about is "she".
  // (Its subject may stand before an aside the tagger cannot read past: ", who asked not to be named,".)
  // "Councillor Alan Trewin, cabinet member for highways …, spoke to our presenter Becky Hale":
  // the guest whose turns a transcript labels "GUEST:" (transcript.ts).
  const intro = GUEST_INTRO.exec(text);
  if (intro) {
    const known = personIn(ctx, intro[3]!);
    // ("Zoo managing director Marcus Heywood joined our presenter": the role before the name.)
    ctx.guest = known && known.index === 0 ? known.person : registerPerson(ctx, intro[3]!, intro[4] ?? intro[2] ?? (intro[1] ? 'Councillor' : null));
  }
  // "Its managing director, Gareth Molloy, said …. The driver, 61, has worked for the company
  // for 14 years. He was arrested …": a person the sentence is about but does not name is whom
  // a next "he" or "she" stands for, not the last person named.
  // (The tagger finds no subject before an aside of age: "The driver, 61, …".)
  // ("The driver" is then what the "he" stands for in a claim's words: "The driver was arrested …".)
  const unnamedSubject = subjectPerson ? '' : np ? subject : text.slice(0, Math.max(0, text.indexOf(',')));
  if (unnamedSubject && UNNAMED_PERSON.test(unnamedSubject)) {
    ctx.lastPerson = null;
    ctx.referent = /^the\s/i.test(unnamedSubject) && unnamedSubject.split(/\s+/).length <= 4 ? { name: `the ${unnamedSubject.slice(4).trim()}`, role: null } : null;
  }
  const anon = subjectPerson ? null : ANON_SINGULAR.exec(np ? subject : text);
  // (When that person spoke in the sentence, the speaker found keeps the whole description: "a
  // check-in supervisor at Wexley who asked not to be identified".)
  const aside = anon ? /^,\s+(who\s[^,;“”"]{3,80}),/.exec((np ? subject : text).slice(anon[0].length)) : null;
  const unnamed = anon ? lowerFirstWord(aside && UNNAMED_BY_REQUEST.test(aside[1]!) ? `${anon[0]} ${aside[1]!}` : anon[0]) : '';
  if (anon && !/^[’']/.test((np ? subject : text).slice(anon[0].length)) && !personIn(ctx, anon[0]) && !ctx.unnamedPerson?.speaker?.startsWith(lowerFirstWord(anon[0]))) ctx.unnamedPerson = make(unnamed, null, 'anonymous', null);
}

/** Words of a name: capitalised, or the small words inside one ("Friends of the Wendle", "Wexcombe and Tarrow Hospitals Trust"). */
const NAME_RUN = /(?<![\p{L}’'])\p{Lu}[\p{L}’'&.-]*(?:\s+(?:(?:of|and|for|the|de|du|del)\s+)*\p{Lu}[\p{L}’'&.-]*)*/gu;
/** Last words that make a name a company's, whatever it calls itself ("Corvane Agrochemicals", "Sollan Ferries"). */
const COMPANY_ENDINGS = lexicon.companyEndings;
const COMPANY_END = new Set(COMPANY_ENDINGS);
/** A company's name with its ending: "Calder Brightwell Engineering". Group 1: the name before the ending. */
const NAME_WITH_ENDING = new RegExp(`((?:\\p{Lu}[\\p{L}’'-]+\\s+){1,3})(?:${COMPANY_ENDINGS.join('|')})\\b`, 'gu');

/**
 * The names the article gives companies without their endings ("Calder Brightwell" of "Calder
 * Brightwell Engineering"), and no person of those names: "Calder Brightwell said it believed …"
 * is the company, whose "it" is its own. (learnFromText reads the article's names before its
 * bodies; resolveSpeaker asks before it takes an unknown name for a person's.)
 */
export function noteCompanyNames(ctx: SpeakerContext, text: string): void {
  for (const m of text.matchAll(NAME_WITH_ENDING)) (ctx.companyNames ??= new Set()).add(m[1]!.trim());
  if (!ctx.companyNames) return;
  // (A person is kept under each key it is known by: its full name, its surname.)
  for (const [key, person] of ctx.persons) if (!person.role && ctx.companyNames.has(person.name)) ctx.persons.delete(key);
}

/** A capitalised word that may end a body's name or open "University of …": a kind, or a company's ending. */
const BODY_WORD = new RegExp(`\\b(?:${[...[...lexicon.orgNouns].map((n) => `${n[0]!.toUpperCase()}${n.slice(1)}s?`), ...COMPANY_ENDINGS].join('|')})\\b`);

/**
 * Learn the bodies a sentence names, by their kind: a name whose last word is an organisation's
 * noun ("Ellisford District Council" → council, "Wexcombe General Hospital" → hospital), a
 * company's ending ("Corvane Agrochemicals", "Sollan Ferries" → company, firm), "University of
 * Halberton" (its first word). For a later "the council said …": the body of that kind named
 * most often. (Not a kind before a name, "Portuguese club Sporting Vellmar": a body named in
 * passing so, while "the club" is the one the article is about, whose name says no kind.)
 */
function learnBodies(ctx: SpeakerContext, text: string): void {
  // Each body named is counted in every sentence its first word is in ("Fenmore" of "Fenmore
  // General Hospital"): the one the article is about is "the hospital", not one named in passing.
  for (const named of ctx.bodies?.values() ?? []) {
    for (const [name, told] of named) if (text.includes(told.word)) named.set(name, { ...told, count: told.count + 1 });
  }
  // (Most sentences name no body of a kind: one test of the capitalised kind words first.)
  if (!BODY_WORD.test(text)) return;
  const note = (kind: string, name: string): void => {
    const bodies = (ctx.bodies ??= new Map());
    let named = bodies.get(kind);
    if (!named) bodies.set(kind, (named = new Map()));
    if (!named.has(name)) named.set(name, { word: name.split(/\s+/)[0]!, count: 1 });
  };
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/);
    if (words.length < 2 || (m.index === 0 && words.length < 3 && !COMPANY_END.has(words.at(-1)!))) continue;
    const last = words.at(-1)!.replace(/[’']s$/, '');
    // ("Northmoor Ambulance Service and Northmoor Fire and Rescue Service": two bodies of a kind
    // joined, no one body's name; each is learnt where it is named alone.)
    if (words.slice(0, -1).includes(last)) continue;
    const head = last.toLowerCase().replace(/s$/, '');
    const name = m[0].replace(/^The\s+/, '').replace(/[’']s$/, '');
    if (lexicon.orgNouns.has(head) || lexicon.orgNouns.has(last.toLowerCase())) note(lexicon.orgNouns.has(head) ? head : last.toLowerCase(), name);
    else if (words.length >= 3 && words[1] === 'of' && lexicon.orgNouns.has(words[0]!.toLowerCase())) note(words[0]!.toLowerCase(), name);
    if (COMPANY_END.has(last)) {
      note('company', name);
      note('firm', name);
    }
  }
}

/** The body of a kind the article names most often (the last named, on a tie), or null. */
function bodyOfKind(ctx: SpeakerContext, kind: string, word?: string): string | null {
  let best: string | null = null;
  let most = 0;
  const holds = word ? new RegExp(`(?:^|\\s)${word.charAt(0).toUpperCase()}${word.slice(1)}(?:\\s|$)`, 'u') : null;
  for (const [name, told] of ctx.bodies?.get(kind) ?? []) {
    if (holds && !holds.test(name)) continue;
    if (told.count >= most) {
      best = name;
      most = told.count;
    }
  }
  return best;
}

/** A body's name in the form "X of Y": "The Journal of Translational Metabolism", "University of Halberton" (no person, whatever person-like name it holds). */
export const BODY_OF = /^(?:the\s+)?(?:\p{Lu}\p{L}*\s+)*(?:Journal|University|Ministry|Department|Office|Bank|Board|Council|Institute|Association|Federation|Society|Church|Court|Academy|College|School|Museum|Agency|Commission|Authority|Union|Party|Republic|Kingdom|Government|Centre|Center|Laboratory|Foundation)\s+of\s+(?:the\s+)?\p{Lu}[^,;]*$/u;

/** A body's name as a sentence's subject: capitalised words, maybe after "The" ("The Journal of Translational Metabolism", "Ridgeline Power"). */
const NAMED_BODY = /^(?:The\s+)?(?!(?:He|She|It|They|We|I|This|That|These|Those|There)\b)\p{Lu}[\p{L}’'&.-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}’'&.-]*))*$/u;
