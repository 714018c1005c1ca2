/**
 * Conflicting dates: when someone was told of something. "The Chronicle understands that the
 * federation was told of the result in early May" and the federation's "we were notified on May
 * 30" cannot both be true: being told of a thing happens once, and the two dates do not meet
 * (dates.ts). Like a conflicting figure, each telling on record disputes the other, on one page
 * or across two.
 *
 * Only being told is read — "was informed", "were notified", "had been told", or notifying
 * someone, "she had notified Sollan Ferries in writing on 3 March", or coming to know, "the board
 * first learned of the fault on 12 August", "became aware of it on …" — and only when
 * both tellings name the same one told (the federation; "we" and "it" are the speaker and whom
 * their role speaks for: stands-behind.ts, speakerTerms) and, when both say of what, something
 * in common of it ("of the result"). Other dated events happen again: a minister who "met the
 * president on May 3" may meet him again on May 10, and a board "briefed on Monday" may be
 * briefed each week. And the last inspection of a thing (one last time): "last inspected our
 * Ellisford works in March 2025" / "had last visited the Ellisford works in October 2022".
 */
import { datesConflict, datesIn, type DateSpan } from './dates.ts';
import type { DateDispute } from './decide.ts';
import { disputant, disputeConflicting, label, speakerTerms, tellingsOf, type Side, type SourcedUnits } from './stands-behind.ts';
import { HINT_DATE } from './hint-bits.ts';

/** What the rule reads of the claim units, by unit index. */
export interface DateUnits extends SourcedUnits {
  /** The article's date (ISO), which gives a date without a year its year. */
  date(i: number): string | null;
  /** The claim's own words (frame removed). */
  text(i: number): string;
  /** The unit's matching terms (features.terms). */
  terms(i: number): readonly string[];
  /** Is the claim negated ("was not told until May 30")? */
  negated(i: number): boolean;
  /** A word's matching term ("federation" → "w:federation"). */
  term(word: string): string;
}

/** Being told, in the passive: "was told of", "were notified", "had been informed". */
const TOLD = /\b(?:was|were|is|are|been|being)\s+(?:(?:first|only|not|never|formally|officially|\p{L}+ly)\s+)*(?:informed|notified|told)\b/iu;

/**
 * Coming to know, which happens once too: "first learned of the fault on 12 August", "became
 * aware of the fault on 12 August", "found out on 8 August", "was made aware of it on …".
 */
const LEARNED = /\b(?:(?:first|only)\s+)?(?:learned|learnt|became\s+aware|found\s+out|(?:was|were|been)\s+(?:first\s+)?made\s+aware)\b/iu;

/**
 * Telling someone, in the active: "she had notified Sollan Ferries in writing on 3 March", "the
 * lab informed the federation on May 2" (not "told": "Marchbank told the federation on May 30" is
 * speech, which may be said again). Group 1: whom (up to a preposition, "that" or a comma).
 */
const TOLD_WHOM = /\b(?:notified|informed)\s+((?:the\s+)?(?-i:\p{Lu})[\p{L}’'-]*(?:\s+(?:of\s+)?(?-i:\p{Lu})[\p{L}’'-]*){0,4})(?=\s+(?:in\s+writing|by\s+(?:letter|email|phone)|on|in|at|that|about|of)\b|[,.;]|$)/iu;

/** What one was told of: "of the result", "about the finding" (up to a date, a comma or the end). */
const TOLD_OF = /^\s*(?:of|about)\s+([^,;]+?)(?=\s+(?:on|in|at|during|early|late|mid|before|after|since|until|by|several|weeks?|days?)\b|[,;.]|$)/iu;

/** Words that name nobody: who "it" or "we" is comes from the speaker. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'it', 'we', 'they', 'he', 'she', 'i', 'you', 'its', 'our', 'their', 'his', 'her', 'that', 'this', 'and', 'had', 'has', 'have', 'also', 'already', 'said', 'says']);

/** One dated telling of being told, or of the last inspection of something. */
export interface BeingTold {
  /** Being told, or a last inspection ("last inspected our Ellisford works in March 2025"). */
  kind: 'told' | 'last';
  date: DateSpan;
  /** Terms naming who was told. */
  who: string[];
  /** Terms of what they were told of (empty: the claim does not say). */
  of: string[];
}

/** The dated telling of being told in unit i, or null. */
function toldIn(units: DateUnits, i: number): BeingTold | null {
  if (units.negated(i)) return null;
  const text = units.text(i);
  const informed = units.terms(i).includes('c:inform');
  const m = (informed ? TOLD.exec(text) : null) ?? LEARNED.exec(text);
  const active = m || !informed ? null : TOLD_WHOM.exec(text);
  if (!m && !active) return null;
  const date = datesIn(text, units.date(i))[0];
  if (!date) return null;
  const words = (s: string): string[] => (s.match(/\p{L}[\p{L}\p{M}’'-]*/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length > 1 && !NOT_NAMES.has(w));
  if (active) {
    // (Of what is not read here: what was said comes after "that", or in the sentence before.)
    const whom = words(active[1]!);
    return whom.length > 0 ? { kind: 'told', date, who: [...new Set(whom.flatMap((w) => [units.term(w), `e:${w}`]))], of: [] } : null;
  }
  const subject = words(text.slice(0, m!.index));
  // "It had been informed", "We were notified": whoever speaks, and whom their role speaks for.
  const who = subject.length > 0 ? [...new Set(subject.flatMap((w) => [units.term(w), `e:${w}`]))] : speakerTerms(units.attribution(i));
  if (who.length === 0) return null;
  const of = TOLD_OF.exec(text.slice(m!.index + m![0].length));
  return { kind: 'told', date, who, of: of ? words(of[1]!).map((w) => units.term(w)) : [] };
}

/**
 * The last inspection of something, and when: "The Hazardous Sites Inspectorate last inspected our
 * Ellisford works in March 2025", "inspectors had last visited the Ellisford works in October
 * 2022", "The site was last inspected in March 2025". There is one last time: two dates that do
 * not meet, for the same thing inspected, conflict. Group 1 (active): what was inspected; group 2
 * (passive): what was.
 */
const LAST_INSPECTED = /\blast\s+(?:inspected|visited|checked|audited|examined|serviced)\s+(.+?)(?=\s+(?:in|on|at|during|before|back\s+in)\b|[,;.]|$)|^(.+?)\s+(?:was|were|had\s+been|has\s+been)\s+last\s+(?:inspected|visited|checked|audited|examined|serviced)\b/iu;

/** The dated last inspection in unit i, or null. */
function lastInspectedIn(units: DateUnits, i: number): BeingTold | null {
  const text = units.text(i);
  if (!/\blast\b/i.test(text) || units.negated(i)) return null;
  const m = LAST_INSPECTED.exec(text);
  if (!m) return null;
  const date = datesIn(text, units.date(i))[0];
  if (!date) return null;
  const what = (m[1] ?? m[2]!).match(/\p{L}[\p{L}\p{M}’'-]*/gu) ?? [];
  const who = [...new Set(what.map((w) => w.toLowerCase()).filter((w) => w.length > 1 && !NOT_NAMES.has(w) && !OWNERS.has(w)).flatMap((w) => [units.term(w), `e:${w}`]))];
  return who.length > 0 ? { kind: 'last', date, who, of: [] } : null;
}

/** The dated telling in unit i of being told of something, or of a last inspection, or null. */
export function dateToldIn(units: DateUnits, i: number): BeingTold | null {
  return toldIn(units, i) ?? lastInspectedIn(units, i);
}

/** Whose a thing inspected is, which says nothing of what it is ("our works", "your site"). */
const OWNERS = new Set(['our', 'your', 'my']);

/**
 * Finds tellings of being told whose dates conflict among the claims `eligible`, and reports each
 * dispute: `dispute(c, d, by)`, claim `c` disputed by claim `by` (-1 when both tellings are on
 * claim `c`'s own page). Only tellings of one story (`sameStory`, by unit), by different sources
 * or in different articles, one of them at least on record. Once per claim pair (and once per claim for its own tellings).
 */
export function dateDisputes(
  clusters: ReadonlyArray<readonly number[]>,
  units: DateUnits,
  eligible: (c: number) => boolean,
  sameStory: (i: number, j: number) => boolean,
  dispute: (c: number, d: DateDispute, by: number) => void,
): void {
  // Few claims say when someone was told: they are compared pairwise.
  const told = tellingsOf(clusters, units, eligible, (i) => dateToldIn(units, i), HINT_DATE);
  // One article may set one source's date against another's ("several weeks before the May 30
  // date it has given publicly"); the same one told, of the same thing when both say of what.
  const conflicts = (a: BeingTold, b: BeingTold): boolean =>
    a.kind === b.kind && datesConflict(a.date, b.date) && a.who.some((w) => b.who.includes(w)) && !(a.of.length > 0 && b.of.length > 0 && !a.of.some((w) => b.of.includes(w)));
  const shown = (t: BeingTold & Side) => ({ text: t.date.text, by: label(units, t.i) });
  disputeConflicting(told, units, sameStory, conflicts, (one, other, by): DateDispute => ({ ...disputant(units, by.i), how: 'date', dates: { one: shown(one), other: shown(other) } }), dispute);
}
