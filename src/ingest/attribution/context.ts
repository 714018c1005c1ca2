/**
 * The article-level speaker context: who the article has named (people with roles, outlets)
 * and what "he", "the paper" and "the sources" currently point to.
 */
import type { Attribution } from '../types.ts';

export interface Person {
  /** Longest form of the name the article gives ("Omar Haddad"). */
  name: string;
  /** Role given by the article ("Police spokesman"), or null. */
  role: string | null;
  /** The pronoun the article has used for them ("she said" resolved to them), once it has. */
  pronoun?: 'he' | 'she';
}

export type OutletType = 'paper' | 'agency' | 'broadcaster';

export interface Outlet {
  /** Normalised name ("The Northern Gazette", "Bloomberg"). */
  name: string;
  type: OutletType;
  /** Words that can stand for it alone ("Gazette"). */
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
  /** The outlet publishing the article: what it says itself ("The Beacon can reveal") is its own voice. */
  publisher: Outlet | null;
  /** A named body the last sentence was about ("The Journal of … posted the notice."), for a next "It said". */
  lastBody?: string | null;
  /**
   * The bodies the article named, by kind ("council" → "Ellisford District Council"), each with
   * the first word of its name and how many sentences so far hold it: for "the council said".
   */
  bodies?: Map<string, Map<string, { word: string; count: number }>>;
  /** The named thing the last sentence was about, as its subject ("Elm Ward remained open."), for a next "it". */
  lastThing?: string | null;
  /**
   * An unnamed person who spoke since the last person named ("A check-in supervisor, who asked
   * not to be identified, said …"), for a next "she said": the same unnamed source.
   */
  unnamedPerson?: Attribution | null;
  /** Companies' names as the article gives them without their endings ("Calder Brightwell" of "Calder Brightwell Engineering"): no person's. */
  companyNames?: Set<string>;
  /**
   * A person the article speaks of by what they are ("The driver, 61, has worked for the
   * company …"), as a stand-in Person whose name is those words ("the driver"): what a next
   * leading "he" or "she" of a claim's words reads as. Never a speaker.
   */
  referent?: Person | null;
  /** Who a transcript's "GUEST:" is, once a label asked (transcript.ts). */
  guest?: Person | null;
  /** Who wrote in the first person and named themself ("I, Margaret Ondrejka, being …"), for a later "I declare". */
  firstPerson?: Person | null;
  /** The body whose own page the article is (a release, a statement, an open letter): whom its "We reject that." is. */
  issuer?: string | null;
  /**
   * What a speaker said they had told before ("Last week I told the House that Elm Ward had
   * remained open"), for a next "That was incorrect" of theirs: a retraction of it. Kept for the
   * sentence it is in and the one after (`sentences` counts those noted since).
   */
  toldEarlier?: { text: string; speaker: string; sentences: number } | null;
}

/** A context with nothing learnt yet. */
export function emptyContext(): SpeakerContext {
  return { persons: new Map(), outlets: [], lastOutlet: null, lastPerson: null, lastSpeaker: null, lastSourcesVia: null, publisher: null };
}
