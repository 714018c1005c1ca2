/**
 * A speech act in a sentence: the frame's speaker resolved to an attribution, plus helpers
 * that turn its content into claim text (hearsay adverbs, leading pronouns).
 */
import type { Attribution, Stance } from '../types.ts';
import { lexicon, patterns } from '../attribution/lexicon.ts';
import type { Frame } from '../attribution/frames.ts';
import { outletOfSpan, personIn, resolveSpeaker, type Person, type Resolved, type SpeakerContext } from '../attribution/speakers.ts';
import { capitalise } from './text.ts';
import { pronounFits } from '../attribution/people.ts';

export interface Speech {
  resolved: Resolved;
  attribution: Attribution;
  /** Display name for the denial/decline unit texts ("The ministry", "Omar Haddad"). */
  name: string;
  /**
   * "Her lawyer, X, said she …": whom the speaker's "her"/"his" points to (the person named
   * before the sentence), and the pronoun that stands for that person in the content.
   */
  possessor?: { pronoun: 'he' | 'she' | 'either'; person: Person };
  /** The pronoun of the speaker's "his"/"her" ("His attorney, X, said he …"), known or not whose it is. */
  ownerPronoun?: 'he' | 'she';
  /** The speaker named by a pronoun ("she said he …"): a content pronoun of the other gender is someone else. */
  speakerPronoun?: 'he' | 'she';
  /** "put it to the witness that she …": the content's pronouns are someone else's than the speaker's. */
  othersPronouns?: true;
  /** "“That is false,” said X, when asked whether the line had been inspected": what the question put to them. */
  askedWhether?: string;
}

export function speechOf(ctx: SpeakerContext, frame: Pick<Frame, 'speaker' | 'via' | 'addressee'>, fallback: Speech | null): Speech {
  if (frame.speaker.trim() === '' && fallback) return fallback;
  const owner = /^\s*(her|his)\s/i.exec(frame.speaker);
  const before = ctx.lastPerson;
  const resolved = resolveSpeaker(ctx, frame.speaker);
  const attribution = { ...resolved.attribution };
  if (frame.via) {
    const v = outletOfSpan(ctx, frame.via);
    if (v) attribution.via = v;
    if (attribution.kind === 'anonymous' && attribution.via) ctx.lastSourcesVia = attribution.via;
  }
  if (frame.addressee && !attribution.via) {
    const v = outletOfSpan(ctx, frame.addressee);
    if (v) attribution.via = v;
  }
  // (The page's own name, "Ridgeline Power rejects claims …" in its statement, is the page's voice,
  // with no speaker, but still its name in the texts.)
  const span = frame.speaker.trim();
  const name = attribution.speaker ?? attribution.via ?? (/^\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}*)+$/u.test(span) ? span : 'The report');
  const speech: Speech = { resolved, attribution, name: capitalise(name) };
  if (owner) speech.ownerPronoun = owner[1]!.toLowerCase() === 'her' ? 'she' : 'he';
  const pronoun = /^\s*(he|she)\s*$/i.exec(frame.speaker)?.[1]?.toLowerCase();
  if (pronoun === 'he' || pronoun === 'she') speech.speakerPronoun = pronoun;
  if (owner && before && before !== resolved.person) speech.possessor = { pronoun: speech.ownerPronoun!, person: before };
  // "Van der Berg's lawyer says he was not even in the country": he is the client named.
  const client = owner ? null : personIn(ctx, frame.speaker);
  if (client?.possessive && client.person !== resolved.person) speech.possessor = { pronoun: 'either', person: client.person };
  return speech;
}

/**
 * Whom a leading "he"/"she" of the content stands for: the speaker, unless the speaker was
 * named as someone's ("Her lawyer, Adebayo Fenwick, said she had eaten a steak": she is the
 * client the article spoke of before, or nobody known).
 */
const LEADING_PRONOUN = { he: /^he\s/i, she: /^she\s/i, either: /^(?:he|she)\s/i } as const;

export function pronounPerson(clause: string, speech: Speech, fallback: Person | null): Person | null {
  if (speech.othersPronouns) return null;
  // "she said he has consulted for …": he is not she.
  if (speech.speakerPronoun && LEADING_PRONOUN[speech.speakerPronoun === 'he' ? 'she' : 'he'].test(clause)) return null;
  const p = speech.possessor;
  if (p && LEADING_PRONOUN[p.pronoun].test(clause)) return p.person;
  // "His attorney, Margaret de Vries, said that he …": he is the client, not the attorney,
  // whoever the client is.
  if (speech.ownerPronoun && LEADING_PRONOUN[speech.ownerPronoun].test(clause)) return null;
  // "The harbour master says she told you …": a speaker known by role alone is whom "she" is,
  // not the last person the article named.
  if (!speech.resolved.person && speech.attribution.kind === 'named' && speech.attribution.role && patterns.title.test(speech.attribution.role) && LEADING_PRONOUN.either.test(clause)) return null;
  // "One relative, who did not want to be named, said her mother had been left …": an unnamed
  // speaker's own "she" or "her" is herself, whom no name stands for. Unnamed sources speak of
  // someone else ("Sources familiar with the case have suggested that she was promised …"), but
  // only one the article has called "she" (or "he") is surely who: "The doctors say he may
  // have some hearing loss" is not the mother named last.
  if (speech.attribution.kind === 'anonymous' && /^(?:he|she|his|her)\s/i.test(clause)) return /^(?:a|an|one)\s/i.test(speech.attribution.speaker ?? '') || !fallback?.pronoun ? null : fallback;
  return speech.resolved.person ?? fallback;
}

/** Base stance of content relayed by this speech. */
export function baseStance(s: Speech): Stance {
  if (s.resolved.outlet) return 'reports';
  if (s.attribution.kind === 'anonymous' && s.attribution.via) return 'reports';
  if (s.attribution.kind === 'none') return 'asserts';
  return 'asserts';
}

export const isWholeQuote = (content: string): boolean => /^\s*[,:]?\s*(?:“[^“”]*”|"[^"“”]*")[\s,.;!]*$/.test(content);

/** Replace a leading "He"/"She" (outside quotes) with the person's name, and "His"/"Her" with theirs ("her office will review …"). */
export function resolveLeadingPronoun(clause: string, person: Person | null): string {
  const pronoun = /^(?:he|she|his|her)(?=\s)/i.exec(clause)?.[0];
  return person && (!pronoun || pronounFits(pronoun, person)) ? pronounToName(clause, person.name) : clause;
}

/** A leading "He"/"She" as `name`, "His"/"Her" as `name`’s (with the clause's own apostrophe: "Reyes's company's", not "Reyes’s company's"). */
export function pronounToName(clause: string, name: string): string {
  const apostrophe = /\p{L}'\p{L}/u.test(clause) && !/\p{L}’\p{L}/u.test(clause) ? "'" : '’';
  return clause.replace(/^(?:he|she)(?=\s)/i, name).replace(/^(?:his|her)(?=\s)/i, `${name}${apostrophe}s`);
}

const HEARSAY = new RegExp(`\\s+(?:${[...lexicon.anonAdverbs].join('|')})\\b`, 'gi');

export function stripHearsayAdverb(clause: string): string {
  return clause.replace(HEARSAY, '').replace(/^(?:reportedly|allegedly)\s+/i, '').replace(IMPERSONAL, '').replace(TOLD_TAIL, '');
}

/**
 * "…, the Meridian has been told.", "…, this newspaper has been told": what unnamed people told the paper,
 * hearsay as "reportedly" is. The tail goes (the claim is what it was told).
 */
const TOLD_TAIL = /,\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,3}|this\s+(?:newspaper|paper|programme|station|website)\s+)(?:has|had)\s+been\s+(?:told|informed)\s*[.!]?\s*$/u;

/**
 * "It is understood that …", "It is believed the driver …": hearsay with nobody behind it, as
 * "reportedly" is. The words go (the claim is what is understood), and the claim is unattributed.
 */
const IMPERSONAL = /^\s*it\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+|now\s+|also\s+)?(?:understood|believed|thought|rumou?red|alleged|claimed|reported|said)\s+(?:that\s+)?(?=\S)/i;

/** Does the text open with "It is understood that …" (or believed, thought, said …)? */
export function startsImpersonal(text: string): boolean {
  return IMPERSONAL.test(text);
}

/** Does the clause rest on hearsay: "reportedly", "It is understood that …", "…, the Meridian has been told"? */
export function isHearsay(clause: string): boolean {
  return patterns.anonAdverb.test(clause) || IMPERSONAL.test(clause) || TOLD_TAIL.test(clause);
}

/** The attribution of a report whose source the sentence describes ("a Northern Gazette report"). */
export function reportAttribution(ctx: SpeakerContext, source: string | null): Attribution {
  if (!source) return { speaker: null, role: null, kind: 'none', via: null };
  const outlet = outletOfSpan(ctx, source);
  if (outlet !== null) return { speaker: null, role: null, kind: 'none', via: outlet || null };
  const saved = { lastPerson: ctx.lastPerson, lastSpeaker: ctx.lastSpeaker, unnamedPerson: ctx.unnamedPerson };
  const r = resolveSpeaker(ctx, source);
  ctx.lastPerson = saved.lastPerson;
  ctx.lastSpeaker = saved.lastSpeaker;
  ctx.unnamedPerson = saved.unnamedPerson ?? null;
  return r.attribution;
}
