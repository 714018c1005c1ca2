/**
 * Whether anyone was hurt, as a claim tells it: "No one was injured" (nobody), "No members of the
 * public were hurt" (nobody of those), against "One firefighter was treated at the scene for heat
 * exhaustion" or "Two workers were taken to hospital" (somebody). The two kinds of telling share
 * no words a matcher could pair them on, and they cannot both be true of one incident: the state
 * rule (state-disputes.ts) pairs them as contrary states.
 *
 * Read narrowly, because an incident's accounts often say both of different people or times:
 * a "nobody" hedged by severity or by what is known so far ("No one was seriously hurt", "No
 * injuries have been reported so far") is not read; a "nobody" of some people only ("No
 * members of the public") excludes only a "somebody" of the same people; a "somebody" must name
 * a person ("The water was treated" is no one hurt).
 */

import { NOT_NOUNS, subjectNouns } from './subject-nouns.ts';

/** Whether anyone was hurt, as told. */
export interface HarmTold {
  /** 0: nobody (of those named) was hurt; 1: somebody was. */
  side: 0 | 1;
  /** Who was, or was not, hurt, as nouns ("firefighter"); empty for everyone ("No one"). */
  nouns: string[];
  /** The words as written ("No one was injured"), for reasons. */
  text: string;
}

/** Being hurt, after a copula: injured, hurt, harmed, bitten, in hospital or treated for it. */
const HURT = String.raw`(?:injured|hurt|harmed|wounded|bitten|mauled|savaged|hospitali[sz]ed|taken\s+to\s+hospital|airlifted\s+to\s+hospital|treated\s+(?:at\s+the\s+scene|in\s+hospital|by\s+(?:paramedics|ambulance\s+(?:crews|staff))|for\s+[\p{L}-]+))`;
const COPULA = String.raw`(?:was|were|has\s+been|have\s+been|had\s+been|is|are)`;

/** A hedge that makes a "nobody" no claim about everyone: by severity, or so far as is known. */
const HEDGED = /\b(?:seriously|badly|critically|severely|serious|life[-\s]threatening|so\s+far|at\s+this\s+(?:stage|time|point)|yet|known|believed|thought|understood|reported|reports?\s+of|initially|at\s+first|in\s+the\s+(?:initial|first))\b/i;

/**
 * "No one was injured", "Nobody was hurt", "None of the staff were harmed", "Neither of the
 * officers on duty was hurt", "No residents were taken to hospital", "There were no injuries".
 * Groups: 1 those of "none of …" or "neither of …", 2 those of "no …".
 */
const NOBODY = new RegExp(
  String.raw`^(?:(?:and|but|thankfully|fortunately|luckily|happily)\s*,?\s+)?(?:(?:no[\s-]?one|nobody|(?:none|neither)\s+of\s+(?:the\s+|our\s+|its\s+|their\s+|his\s+|her\s+)?([\p{L}\s-]{2,40}?)|no\s+((?:other\s+)?[\p{L}-]+(?:\s+of\s+the\s+[\p{L}-]+)?))\s+${COPULA}\s+(?:(?:physically|actually)\s+)?${HURT}|there\s+(?:were|was|have\s+been|had\s+been)\s+no\s+(?:injuries|casualties))\b`,
  'iu',
);

/**
 * "One firefighter was treated at the scene", "Two workers were taken to hospital", "A driver
 * had been injured", "Three people suffered minor burns". Groups: 1 the subject, 2 "not", 3 the
 * subject of "suffered".
 */
const SOMEBODY = new RegExp(
  String.raw`^(?:(.{1,50}?)\s+${COPULA}\s+(?:(not|never)\s+)?(?:(?:also|later|briefly|slightly|lightly|seriously|badly|critically|severely)\s+)?${HURT}|(.{1,50}?)\s+(?:suffered|sustained)\s+(?:(?:minor|serious|severe|slight|life-threatening)\s+)?(?:injuries|burns|smoke\s+inhalation|cuts))\b`,
  'iu',
);

/** Nouns of people (singular, as nounsOf gives them): a subject hurt must be one of them. */
const PEOPLE = new Set([
  'people', 'person', 'man', 'men', 'woman', 'women', 'child', 'children', 'boy', 'girl', 'teenager', 'baby',
  'worker', 'employee', 'staff', 'member', 'firefighter', 'officer', 'resident', 'passenger', 'pupil', 'student',
  'patient', 'driver', 'pedestrian', 'cyclist', 'volunteer', 'visitor', 'fan', 'fans', 'spectator', 'crew',
  'crewman', 'contractor', 'guard', 'nurse', 'doctor', 'paramedic', 'soldier', 'civilian', 'tourist', 'customer',
  'neighbour', 'neighbor', 'casualty', 'casualtie', 'occupant', 'rider', 'player', 'climber', 'walker',
  'keeper', 'zookeeper', 'ranger', 'vet',
]);
/** Nouns of a "nobody" that mean everyone: "No people were hurt", "No other person" ("other" is no noun: NOT_COUNTED). */
const EVERYONE = new Set(['people', 'person', 'one']);

/** Words of a subject that name nothing, and the counts of those hurt ("at least three", "several"). */
const NOT_COUNTED: ReadonlySet<string> = new Set([...NOT_NOUNS, 'at', 'least', 'several', 'number', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'more', 'than', 'other']);

/** The nouns of who was, or was not, hurt ("Two firefighters" → firefighter). */
const nounsOf = (subject: string): string[] => subjectNouns(subject, NOT_COUNTED);

/** A quick test first: few claims tell of anyone hurt. */
const MENTIONS_HARM = /\b(?:injur|hurt|harmed|wounded|bitten|mauled|savaged|hospital|treated|casualt|suffered|sustained)/i;

/** Whether anyone was hurt, as `text` tells it, or null when it tells neither. */
export function harmIn(text: string): HarmTold | null {
  if (!MENTIONS_HARM.test(text)) return null;
  const t = text.trim();
  const nobody = NOBODY.exec(t);
  if (nobody) {
    if (HEDGED.test(t)) return null;
    const scope = nobody[1] ?? nobody[2];
    const nouns = scope ? nounsOf(scope) : [];
    return { side: 0, nouns: nouns.some((n) => EVERYONE.has(n)) ? [] : nouns, text: nobody[0] };
  }
  const somebody = SOMEBODY.exec(t);
  if (!somebody) return null;
  const subject = somebody[1] ?? somebody[3]!;
  const nouns = nounsOf(subject);
  // (A person, and no condition or other incident: "If anyone was hurt", "In a separate crash, two people were injured".)
  if (!nouns.some((n) => PEOPLE.has(n)) || /\b(?:if|whether|unless|separate|another|earlier|previous|last)\b/i.test(subject)) return null;
  if (/^(?:no|none|nobody|no-one|neither)\b/i.test(subject)) return null;
  // "Replacement vehicles for the return of pupils who were not hurt were sent": a relative
  // clause picks out some of them, and tells of nobody's harm (if anything, that others were hurt).
  if (/\b(?:who|whom|that|which)$/i.test(subject)) return null;
  if (somebody[2]) {
    // "The driver was not injured": nobody of those.
    return HEDGED.test(t) ? null : { side: 0, nouns, text: somebody[0] };
  }
  return { side: 1, nouns, text: somebody[0] };
}

/** Do two tellings of harm exclude each other: nobody (of some people) hurt, and one of them hurt? */
export function harmConflicts(a: HarmTold, b: HarmTold): boolean {
  if (a.side === b.side) return false;
  const [nobody, somebody] = a.side === 0 ? [a, b] : [b, a];
  return nobody.nouns.length === 0 || nobody.nouns.some((n) => somebody.nouns.includes(n));
}
