/**
 * Who stands behind a telling, as the conflict rules (figure-disputes.ts, rival-accounts.ts)
 * read it: whether it is on record, how a reason names it, and who a dispute names.
 */
import type { Attribution, Stance } from '../types.ts';
import { surnameOf } from '../attribution/people.ts';
import { wordTerm } from '../matching/features.ts';
import type { DisputeBase } from './decide.ts';

/** What the rules read of a unit, by unit index. */
export interface SourcedUnits {
  article(i: number): string;
  outlet(i: number): string | null;
  attribution(i: number): Attribution;
  stance(i: number): Stance;
  /** Told, then withdrawn by its own speaker ("… That was incorrect."): no side of a conflict. */
  withdrawn?(i: number): boolean;
  /**
   * Which readers of tellingsOf can find something in unit i (unit-hints.ts), when that was
   * worked out with its features: a reader whose bit is unset is not asked. Absent: every
   * reader reads every unit.
   */
  hints?(i: number): number;
}

/** On record: a named speaker, or the outlet's own assertion (the outlet stands behind it). */
export const onRecord = (a: Attribution, stance: Stance): boolean => (a.kind === 'named' && !!a.speaker) || (a.kind === 'none' && stance === 'asserts');

/** Who stands behind a telling, for a reader: "Omar Haddad, Daily Post", "Daily Post", "unnamed sources, Daily Post". */
export function label(units: SourcedUnits, i: number): string {
  const a = units.attribution(i);
  const where = units.outlet(i) ?? units.article(i);
  // (A press release speaks for its issuer: "Vellmoor Combined Authority", not twice.)
  if (a.kind === 'named' && a.speaker) return a.speaker === where ? where : `${a.speaker}, ${where}`;
  if (a.kind === 'none') return where;
  return `${a.speaker ?? 'unnamed sources'}, ${where}`;
}

/** Who states a telling, as a dispute names its source: the speaker on record, else the outlet. */
export function disputant(units: SourcedUnits, i: number): DisputeBase {
  const a = units.attribution(i);
  return {
    speaker: a.kind === 'named' && a.speaker ? a.speaker : (units.outlet(i) ?? units.article(i)),
    role: a.kind === 'named' ? a.role : null,
    articles: new Set([units.article(i)]),
  };
}

/** One of two tellings that contradict each other: its claim, its unit, whether it is on record. */
export interface Side {
  c: number;
  i: number;
  onRecord: boolean;
}

/**
 * Two tellings that cannot both be true, at least one on record: on one claim's page, the claim
 * is disputed once (by the later telling when it is on record: `by` -1); on two, each page is
 * disputed by the other's telling on record, and links to it. Once per pair of claims (`done`
 * keeps the pairs seen). `make(one, other, by)`: the dispute of `one`'s claim, told against
 * `other`, stated by `by`.
 */
export function disputeEachOther<S extends Side, D>(
  done: Set<string>,
  a: S,
  b: S,
  make: (one: S, other: S, by: S) => D,
  dispute: (c: number, d: D, by: number) => void,
): void {
  const pair = a.c === b.c ? `${a.c}` : a.c < b.c ? `${a.c},${b.c}` : `${b.c},${a.c}`;
  if (done.has(pair)) return;
  done.add(pair);
  if (a.c === b.c) {
    dispute(a.c, make(a, b, b.onRecord ? b : a), -1);
    return;
  }
  if (b.onRecord) dispute(a.c, make(a, b, b), b.c);
  if (a.onRecord) dispute(b.c, make(b, a, a), a.c);
}

/**
 * The tellings a conflict rule reads, in unit order: the units of the claims `eligible` that state
 * or report something (not denials, refusals or questions), with what `read` finds in each (null:
 * nothing of the rule's kind), its claim and whether it is on record. `hint`: the reader's bit
 * in the units' hints (unit-hints.ts), when it has one: units without it are not read.
 */
export function tellingsOf<T extends object>(
  clusters: ReadonlyArray<readonly number[]>,
  units: SourcedUnits,
  eligible: (c: number) => boolean,
  read: (i: number) => T | null,
  hint = 0,
): Array<T & Side> {
  const out: Array<T & Side> = [];
  const hinted = hint !== 0 && units.hints ? (i: number): boolean => (units.hints!(i) & hint) !== 0 : null;
  clusters.forEach((members, c) => {
    if (!eligible(c)) return;
    for (const i of members) {
      if (hinted && !hinted(i)) continue;
      const stance = units.stance(i);
      if ((stance !== 'asserts' && stance !== 'reports') || units.withdrawn?.(i)) continue;
      const found = read(i);
      if (found) out.push({ ...found, c, i, onRecord: onRecord(units.attribution(i), stance) });
    }
  });
  return out;
}

/**
 * Compares tellings pairwise (few claims tell a date or a time of their kind) and has each pair
 * that `conflicts` dispute each other (disputeEachOther): one of them at least on record, of one
 * story (`sameStory`, by unit), and not one source's two tellings in one article (a correction).
 */
export function disputeConflicting<S extends Side, D>(
  sides: readonly S[],
  units: SourcedUnits,
  sameStory: (i: number, j: number) => boolean,
  conflicts: (a: S, b: S) => boolean,
  make: (one: S, other: S, by: S) => D,
  dispute: (c: number, d: D, by: number) => void,
): void {
  const done = new Set<string>();
  for (let y = 1; y < sides.length; y++) {
    const b = sides[y]!;
    for (let x = 0; x < y; x++) {
      const a = sides[x]!;
      if ((!a.onRecord && !b.onRecord) || !conflicts(a, b)) continue;
      if (units.article(a.i) === units.article(b.i) && label(units, a.i) === label(units, b.i)) continue;
      if (!sameStory(b.i, a.i)) continue;
      disputeEachOther(done, a, b, make, dispute);
    }
  }
}

/** Words of a role that say nothing of whom the speaker speaks for ("chief executive", "boss"). */
const GENERIC_ROLE = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'at', 'its', 'his', 'her', 'their', 'chief', 'executive', 'head', 'boss', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'officer', 'senior', 'deputy', 'general', 'secretary', 'manager', 'official', 'press', 'former', 'acting', 'vice', 'member', 'chair', 'chairman', 'chairwoman']);

/**
 * The terms naming a named speaker and what their role says they speak for: "Federation boss
 * Helen Marchbank" → e:marchbank, w:federation, e:federation. What "the claims" a denier answers
 * are about (relations.ts), and who "we" or "it" is in what they say (date-disputes.ts).
 */
export function speakerTerms(a: Attribution): string[] {
  if (a.kind !== 'named' || !a.speaker) return [];
  const out = [`e:${surnameOf(a.speaker)}`];
  for (const w of `${a.speaker} ${a.role ?? ''}`.toLowerCase().split(/[^\p{L}]+/u)) {
    if (w.length < 3 || GENERIC_ROLE.has(w)) continue;
    // As a word and as a name: "Federation bosses" opening a sentence reads as a name.
    for (const t of [wordTerm(w), `e:${w}`]) if (!out.includes(t)) out.push(t);
  }
  return out;
}
