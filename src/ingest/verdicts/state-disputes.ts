/**
 * Contrary states: the same thing said to be in states that exclude each other, in other words
 * and with no negation between them. "The ship's radar was working" (the operator) against "The
 * radar had been out of action for days" (the union); "Our backups were not affected" (the trust)
 * against "some backup servers had been encrypted as well" (unnamed sources). The matcher keeps
 * such tellings apart (their words differ), so the rule pairs them here; like a conflicting
 * figure, each telling on record disputes the other.
 *
 * Only a state told of a subject with a copula ("was", "were", "had been", "remained") is read,
 * from a small lexicon of opposites (STATES), or a level against a limit ("stayed below the safe
 * limit" / "at four times the legal limit"), or a document held valid or lapsed ("had a valid
 * safety certificate" / "the safety certificate had expired"), or a service free or paid for ("Re-marks
 * are free" / "they were charged £40 for a re-mark"), or a rating given in a year ("was rated Good … in
 * 2023" / "was rated “requires improvement” … in 2023"); "not" turns a state into its opposite ("was not
 * working" is out of action, "were not affected" intact). Two tellings speak of one thing when
 * their subjects share a noun ("The ship's radar" / "the radar"; "Our backups" / "some backup
 * servers"), and of one story.
 */
import type { StateDispute } from './decide.ts';
import { disputant, disputeConflicting, label, tellingsOf, type Side, type SourcedUnits } from './stands-behind.ts';
import { HINT_STATE } from './hint-bits.ts';
import { harmConflicts, harmIn } from './harm.ts';
import { subjectNouns } from './subject-nouns.ts';

/** What the rule reads of the claim units, by unit index. */
export interface StateUnits extends SourcedUnits {
  /** The claim's own words (frame removed). */
  text(i: number): string;
}

/**
 * States that exclude each other, two by two: each entry's first list is one state, its second
 * the other. (Phrases, matched whole after the copula.)
 */
const STATES: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [
    ['working', 'operational', 'fully operational', 'functioning', 'in working order', 'in good working order', 'working properly', 'working perfectly', 'working normally', 'working correctly', 'working fine', 'functional', 'fully functional', 'serviceable'],
    ['out of action', 'out of order', 'out of service', 'broken', 'faulty', 'defective', 'inoperable', 'malfunctioning', 'down'],
  ],
  [
    ['unaffected', 'intact', 'undamaged', 'untouched'],
    ['affected', 'encrypted', 'compromised', 'damaged', 'destroyed', 'corrupted', 'wiped'],
  ],
  [
    ['open', 'opened'],
    ['closed', 'shut', 'locked'],
  ],
];

const PHRASES = new Map<string, { state: number; side: 0 | 1 }>();
STATES.forEach(([a, b], state) => {
  for (const p of a) PHRASES.set(p, { state, side: 0 });
  for (const p of b) PHRASES.set(p, { state, side: 1 });
});
const byLength = [...PHRASES.keys()].sort((x, y) => y.length - x.length);

/**
 * A subject, a copula, maybe "not" and an adverb, then a state phrase ending its clause or
 * followed by a time ("for days", "throughout", "on the night of the fire") or whom it is open
 * to ("open to admissions"). Groups: 1 the subject, 2 "not", 3 the state.
 */
const STATE = new RegExp(
  String.raw`^(.{2,60}?)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|remained|remains|stayed|stays)\s+(?:(not|never)\s+)?(?:(?:all|still|fully|completely|already|also|actually|in\s+fact)\s+)?(${byLength.map((p) => p.replace(/\s+/g, '\\s+')).join('|')})(?=\s*$|\s*[,;.]|\s+(?:for|since|throughout|during|on|at|by|before|after|when|as|until|all|to\s+(?:new\s+)?(?:admissions|patients|visitors|the\s+public|traffic|customers|passengers)\b))`,
  'iu',
);

/** A state told of a subject. */
export interface StateTold {
  /** Which pair of opposites (index in STATES), and which side of it. */
  state: number;
  side: 0 | 1;
  /** The nouns of what is in that state. */
  nouns: string[];
  /** The state as written ("out of action", "not affected"), for reasons. */
  text: string;
  /** A state of many values (a rating, with its year: "good 2023"): another value of the same year excludes it. */
  value?: string;
  /** The year a rating was given in. */
  year?: string;
  /** What the two states are a question of, for reasons, when "its state" would not say ("whether anyone was hurt"). */
  about?: string;
}

/**
 * A level against a limit: "ammonia in the river stayed below the safe limit", "samples showed
 * ammonia at four times the legal limit", "levels were well above the limit". Groups: 1 the
 * subject, 2 "not", 3 below or within, 4 above or a multiple of it.
 */
const LIMIT = new RegExp(
  String.raw`^(.{2,80}?)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|remained|remains|stayed|stays|at|reached|measured)\s+(?:(not|never)\s+)?(?:(?:well|far|safely|still|always|comfortably)\s+)?(?:((?:below|under|within)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?limits?)|((?:above|over|beyond)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?limits?|(?:[\p{L}-]+|\d+(?:\.\d+)?)\s+times\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?limits?))(?![\p{L}])`,
  'iu',
);
/** The index of the limit's pair of opposites (after STATES). */
const LIMIT_STATE = STATES.length;

/** A document that holds or lapses: what a "valid" or an "expired" one is (VALIDITY). */
const DOCUMENT_NOUNS = 'certificate|licence|license|permit|registration|accreditation|insurance|approval|warrant';
const DOCUMENT = String.raw`(?:[\p{L}-]+\s+){0,2}?(?:${DOCUMENT_NOUNS})s?`;
/** A quick test first: few claims name such a document. */
const NAMES_DOCUMENT = new RegExp(`\\b(?:${DOCUMENT_NOUNS})`, 'i');

/**
 * A document held valid or lapsed: "The car park had a valid safety certificate" / "the car park's
 * safety certificate had expired in January 2026". Groups: 1 the valid one, or 2 the lapsed one's
 * subject and 3 its verb.
 */
const VALIDITY = new RegExp(
  String.raw`\b(?:had|has|have|held|holds|hold)\s+(?:a\s+|an\s+)?(?:fully\s+)?(?:valid|current|in-date)\s+(${DOCUMENT})\b|^(.{2,80}?${DOCUMENT})\s+(had\s+(?:already\s+)?(?:expired|lapsed)|has\s+(?:already\s+)?(?:expired|lapsed)|(?:was|were|is|are|had\s+been)\s+(?:out\s+of\s+date|invalid|expired|lapsed))\b`,
  'iu',
);
/** The index of the validity's pair of opposites (after the limit's). */
const VALIDITY_STATE = STATES.length + 1;

/**
 * A service told free: "Re-marks are free for affected candidates", "re-marks would be free of
 * charge". Groups: 1 the subject, 2 "not".
 */
const FREE = /^(.{2,60}?)\s+(?:are|is|was|were|will\s+be|would\s+be|remain|remains|remained)\s+(?:(not)\s+)?(?:(?:completely|entirely|still|always)\s+)?free(?:\s+of\s+charge)?(?=\s*$|\s*[,;.]|\s+(?:for|to|of|whatever|regardless|in)\b)/iu;

/**
 * A price paid or asked for something: "they were charged £40 for a re-mark", "asked to pay the
 * standard £40 fee when they applied for a re-mark". Group 1: what it was for.
 */
const CHARGED = /\b(?:charged|paid|pay|paying|asked\s+to\s+pay)\s+(?:a\s+|the\s+)?(?:(?:standard|usual|full)\s+)?[£$€]\s?\d[\d,.]*(?:\s+(?:fee|charge))?\b[^.;]{0,40}?\bfor\s+(?:a\s+|an\s+|the\s+|their\s+|each\s+)?([\p{L}-]+)/iu;
/** A quick test first: few claims name a price. */
const NAMES_PRICE = /[£$€]\s?\d|\bfree\b/i;
/** The index of the price's pair of opposites (after the validity's). */
const PRICE_STATE = STATES.length + 2;

/**
 * An inspection's rating, in a year: "Larchfield House was rated Good by the same regulator in
 * 2023" / "Larchfield House was rated “requires improvement” at its previous inspection in 2023".
 * Ratings are many, not two: any other rating of one subject in one year excludes it (an
 * inspection rates a place once; another year is another inspection). Groups: 1 the subject, 2
 * the rating as written, 3 the rating's words, 4 what follows.
 */
const RATED = /^(.{2,80}?)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:(?:previously|last|also|then|once)\s+)?rated\s+([“"‘']?(outstanding|good|requires\s+improvement|inadequate|satisfactory|unsatisfactory|excellent|poor)[”"’']?)(?![\p{L}])(.*)$/iu;
/** The index of the rating's kind of state (after the price's). */
const RATING_STATE = STATES.length + 3;

/** The index of whether anyone was hurt (after the rating's): see harm.ts. */
const HARM_STATE = STATES.length + 4;

/** The state a claim tells of its subject, or null. */
export function stateIn(text: string): StateTold | null {
  const harm = harmIn(text);
  if (harm) return { state: HARM_STATE, side: harm.side, nouns: harm.nouns, text: harm.text, about: 'whether anyone was hurt' };
  const rated = /\brated\b/i.test(text) ? RATED.exec(text.trim()) : null;
  if (rated) {
    // (Only a dated rating: "was rated inadequate" of this year's visit is no rival of 2023's.)
    const year = /\b(?:19|20)\d{2}\b/.exec(rated[4]!)?.[0];
    if (!year) return null;
    const t = told(rated[1]!, undefined, rated[3]!, RATING_STATE, 0);
    return t && { ...t, value: `${rated[3]!.toLowerCase().replace(/\s+/g, ' ')} ${year}`, year };
  }
  if (NAMES_PRICE.test(text)) {
    const free = FREE.exec(text.trim());
    if (free) return told(free[1]!, free[2], 'free', PRICE_STATE, 0);
    const charged = CHARGED.exec(text);
    if (charged) return told(charged[1]!, undefined, charged[0].trim(), PRICE_STATE, 1);
  }
  const limit = /\blimits?\b/i.test(text) ? LIMIT.exec(text.trim()) : null;
  if (limit) return told(limit[1]!, limit[2], (limit[3] ?? limit[4])!, LIMIT_STATE, limit[3] ? 0 : 1);
  const validity = NAMES_DOCUMENT.test(text) ? VALIDITY.exec(text.trim()) : null;
  if (validity) return validity[1] ? told(validity[1], undefined, 'valid', VALIDITY_STATE, 0) : told(validity[2]!, undefined, validity[3]!.replace(/\s+/g, ' '), VALIDITY_STATE, 1);
  const m = STATE.exec(text.trim());
  const found = m ? PHRASES.get(m[3]!.toLowerCase().replace(/\s+/g, ' ')) : undefined;
  return found ? told(m![1]!, m![2], m![3]!, found.state, found.side) : null;
}

/** State `phrase` (pair `state`, side `side`) told of `subject`, "not" (`not`) turning it over; null when the subject names nothing or is a condition's. */
function told(subject: string, not: string | undefined, phrase: string, state: number, side: 0 | 1): StateTold | null {
  const nouns = subjectNouns(subject);
  if (nouns.length === 0 || /\b(?:if|whether|when|unless)\b/i.test(subject)) return null;
  return { state, side: (not ? 1 - side : side) as 0 | 1, nouns, text: `${not ? `${not} ` : ''}${phrase}` };
}

interface Told extends Side, StateTold {}

/**
 * Finds tellings of contrary states among the claims `eligible`, and reports each dispute:
 * `dispute(c, d, by)`, claim `c` disputed by claim `by` (-1 when both tellings are on claim `c`'s
 * own page). Only tellings of one story, by different sources or in different articles, one of
 * them at least on record. Once per claim pair.
 */
export function stateDisputes(
  clusters: ReadonlyArray<readonly number[]>,
  units: StateUnits,
  eligible: (c: number) => boolean,
  sameStory: (i: number, j: number) => boolean,
  dispute: (c: number, d: StateDispute, by: number) => void,
): void {
  // Few claims tell such a state: they are compared pairwise.
  const told: Told[] = tellingsOf(clusters, units, eligible, (i) => stateIn(units.text(i)), HINT_STATE);
  const conflicts = (a: Told, b: Told): boolean =>
    a.state === HARM_STATE || b.state === HARM_STATE
      ? a.state === b.state && harmConflicts(a, b)
      : a.state === b.state && (a.value === undefined ? a.side !== b.side : a.year === b.year && a.value !== b.value) && a.nouns.some((n) => b.nouns.includes(n));
  const shown = (t: Told) => ({ text: t.text, by: label(units, t.i) });
  disputeConflicting(told, units, sameStory, conflicts, (one, other, by): StateDispute => ({ ...disputant(units, by.i), how: 'state', states: { one: shown(one), other: shown(other) }, ...(one.about ? { about: one.about } : {}) }), dispute);
}
