/**
 * Rival accounts: "Maredian soldiers fired first" and "Oshtaran troops fired first" cannot both
 * be true. Each side of a clash, a shooting or a fight says the other started it, in the same
 * words but for the name before the verb, so the matcher puts both on one page, or on two pages
 * that say nothing of each other. Who acted first is one place, and two different names cannot
 * fill it: each account on record contradicts the other.
 *
 * Only accounts that name who acted are read: a capitalised word before the verb, a name or a
 * demonym ("Russian forces" and "Russia" are one name: sameActor), or "they" pointing back to
 * one named just before (resolveAccounts). Each side gets a page of its own
 * (matching/rival-sides.ts), and each side's page disputes the other's.
 */
import type { AccountDispute } from './decide.ts';
import { disputant, disputeEachOther, label, onRecord, type SourcedUnits } from './stands-behind.ts';

/** What the rule reads of the claim units, by unit index. */
export interface AccountUnits extends SourcedUnits {
  /** The claim's own words (frame removed): "Maredian soldiers had fired first". */
  text(i: number): string;
  /** The unit's account, "they" resolved (resolveAccounts); without it, read from the text alone (firstAct). */
  account?(i: number): FirstAct | undefined;
}

/**
 * Acts only one side can have done first, as the words that say so: "fired first", "opened fire
 * first", "shot first", "struck first", "attacked first". "first" must end the phrase: "fired the
 * first shot" is read elsewhere, "fired first-aid kits" is no act of war.
 */
const FIRST_ACTS: ReadonlyArray<[act: string, pattern: RegExp]> = [
  ['fire', /\b(?:opened\s+fire|fired|shot|shelled)\s+first\b(?![\p{L}-])/iu],
  ['attack', /\b(?:struck|attacked|hit\s+out)\s+first\b(?![\p{L}-])/iu],
];

/** One account: who it says acted first, and how. */
export interface FirstAct {
  act: string;
  /** The claim's words up to the act ("Maredian soldiers had fired first"), for reasons. */
  says: string;
  /** The capitalised words before the verb, lower case: who acted ("maredian"), ascending. */
  actors: string[];
  /** All the words before the verb that say who, lower case ("maredian", "soldiers"), ascending. */
  who: string[];
  /** Who acted was read from an earlier sentence ("They fired first": resolveAccounts). */
  pointsBack?: boolean;
}

/** Words before the verb that say nothing of who acted: pronouns, determiners, auxiliaries. */
const NOT_ACTORS = new Set([
  'it', 'its', 'the', 'they', 'their', 'them', 'we', 'our', 'us', 'he', 'she', 'his', 'her', 'this', 'that', 'those', 'these', 'then', 'a', 'an', 'i',
  'was', 'were', 'is', 'are', 'had', 'has', 'have', 'been', 'who', 'which', 'whose', 'say', 'says', 'said', 'also', 'only', 'of', 'from', 'by',
]);

/**
 * The act done first and who did it, as the claim words it; else null. `actors` is empty when
 * no capitalised word says who ("They fired first"); `pronoun` tells whether "they" or "it"
 * stood before the act, a pointer back to someone named earlier (resolveAccounts).
 */
export function actOf(text: string): (FirstAct & { pronoun: boolean }) | null {
  for (const [act, pattern] of FIRST_ACTS) {
    const m = pattern.exec(text);
    if (!m) continue;
    // Who: the words before the verb ("Maredian soldiers", "It was Oshtaran troops who"), of
    // which a capitalised one names someone.
    const before = text.slice(0, m.index).match(WORD) ?? [];
    const words = before.filter((w) => !NOT_ACTORS.has(w.toLowerCase()));
    const actors = words.filter((w) => /^\p{Lu}/u.test(w)).map(actorKey);
    const pronoun = before.some((w) => POINTERS.has(w.toLowerCase()));
    return { act, says: text.slice(0, m.index + m[0].length), actors: [...new Set(actors)].sort(), who: [...new Set(words.map(actorKey))].sort(), pronoun };
  }
  return null;
}

/** The act done first and who did it, when the claim says so and names someone; else null. */
export function firstAct(text: string): FirstAct | null {
  const found = actOf(text);
  if (!found || found.actors.length === 0) return null;
  const { pronoun: _, ...first } = found;
  return first;
}

const WORD = /\p{L}[\p{L}\p{M}’'-]*/gu;
const actorKey = (w: string): string => w.toLowerCase().replace(/[’']s$/, '');

/** Words standing for someone named before: "They fired first", "It was they who shot first". */
const POINTERS = new Set(['they', 'it']);

/**
 * Are two accounts told by one side? They are when a word saying who is one name in both
 * ("Maredia" and "Maredian soldiers") and capitalised in at least one of them: "Troops fired
 * first" may be anyone's troops, but "Maredian troops" and "Oshtaran troops" share only a
 * common noun, and are two sides.
 */
export function sameSide(a: FirstAct, b: FirstAct): boolean {
  return a.who.some((k) => b.who.some((l) => sameActor(k, l) && (a.actors.includes(k) || b.actors.includes(l))));
}

/** What resolveAccounts reads of the units, by index; one article's units are consecutive, in sentence order. */
export interface ActUnits {
  readonly length: number;
  text(i: number): string;
  article(i: number): string;
  sentence(i: number): number;
}

/** Any act of firing or attacking (not only the first): what "they" may point back to. */
const ANY_ACT = /\b(?:opened\s+fire|fired|shot|shelled|struck|attacked|bombed)\b(?![\p{L}-])/iu;

/** How many sentences back "they" may point. */
const POINTER_REACH = 3;

/** The last words before an act that may say who did it ("… died when Oshtaran guns shelled"). */
const SUBJECT_WORDS = 3;

/**
 * Every unit's account of who acted first (unit index → account), with "they" read as whoever
 * the same article's nearest earlier sentence (at most POINTER_REACH back) says did such an act:
 * "Twelve Maredian soldiers died when Oshtaran guns shelled the frontier post. “They fired first,”
 * the spokesman said" — they are the Oshtaran guns. An account that names nobody and points back
 * to nobody is kept with no actors: it belongs to no side.
 */
export function resolveAccounts(units: ActUnits): Map<number, FirstAct> {
  const out = new Map<number, FirstAct>();
  for (let i = 0; i < units.length; i++) {
    const text = units.text(i);
    if (!/first\b/i.test(text)) continue; // cheap test first: few units tell who acted first
    const found = actOf(text);
    if (!found) continue;
    const { pronoun, ...account } = found;
    if (account.actors.length === 0 && pronoun) {
      const before = antecedent(units, i);
      if (before) {
        account.actors = before;
        account.who = before;
        account.pointsBack = true;
      }
    }
    out.set(i, account);
  }
  return out;
}

/** Who the nearest earlier sentence of unit i's article says fired or attacked; null when none says. */
function antecedent(units: ActUnits, i: number): string[] | null {
  const article = units.article(i);
  const sentence = units.sentence(i);
  for (let j = i - 1; j >= 0 && units.article(j) === article; j--) {
    const s = units.sentence(j);
    if (s >= sentence) continue;
    if (sentence - s > POINTER_REACH) break;
    const text = units.text(j);
    const m = ANY_ACT.exec(text);
    if (!m) continue;
    const words = (text.slice(0, m.index).match(WORD) ?? []).filter((w) => !NOT_ACTORS.has(w.toLowerCase())).slice(-SUBJECT_WORDS);
    const actors = words.filter((w) => /^\p{Lu}/u.test(w)).map(actorKey);
    if (actors.length > 0) return [...new Set(actors)].sort();
  }
  return null;
}

/**
 * One name, however it is written: "Maredia" and "Maredian", "Russia" and "Russian", "Britain"
 * and "British" (four letters in common at the start). Iran and Iraq are two.
 */
export function sameActor(a: string, b: string): boolean {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k === Math.min(a.length, b.length) || k >= 4;
}

/**
 * Finds rival accounts among the claims `eligible` and reports each dispute: `dispute(c, d, by)`,
 * claim `c` disputed by claim `by` (-1 when both accounts are on claim `c`'s own page). Only
 * accounts of one story (`sameStory`, by unit) rival each other; an account disputes another
 * only if it is on record. Once per claim pair (and once per claim for its own accounts).
 */
export function rivalAccounts(
  clusters: ReadonlyArray<readonly number[]>,
  units: AccountUnits,
  eligible: (c: number) => boolean,
  sameStory: (i: number, j: number) => boolean,
  dispute: (c: number, d: AccountDispute, by: number) => void,
): void {
  // Few claims say who acted first: they are compared pairwise.
  const accounts: Array<{ c: number; i: number; first: FirstAct }> = [];
  clusters.forEach((members, c) => {
    if (!eligible(c)) return;
    for (const i of members) {
      if (units.stance(i) !== 'asserts') continue;
      const first = units.account ? units.account(i) : firstAct(units.text(i));
      if (first && first.actors.length > 0) accounts.push({ c, i, first });
    }
  });
  // Accounts that name who acted first: a reason quoting "Oshtaran troops fired first" says more than "They fired first".
  accounts.sort((a, b) => Number(a.first.pointsBack ?? false) - Number(b.first.pointsBack ?? false));
  const done = new Set<string>();
  for (let y = 1; y < accounts.length; y++) {
    const b = accounts[y]!;
    for (let x = 0; x < y; x++) {
      const a = accounts[x]!;
      // Rivals name different actors: "Troops" and "Maredian troops" may be one side;
      // "Maredian soldiers" and "Oshtaran troops" are two (sameSide).
      if (a.first.act !== b.first.act || sameSide(a.first, b.first)) continue;
      const sa = { c: a.c, i: a.i, says: a.first.says, onRecord: onRecord(units.attribution(a.i), units.stance(a.i)) };
      const sb = { c: b.c, i: b.i, says: b.first.says, onRecord: onRecord(units.attribution(b.i), units.stance(b.i)) };
      if ((!sa.onRecord && !sb.onRecord) || !sameStory(b.i, a.i)) continue;
      const shown = (s: typeof sa) => ({ text: s.says, by: label(units, s.i) });
      disputeEachOther(done, sa, sb, (one, other, by): AccountDispute => ({ ...disputant(units, by.i), how: 'account', accounts: { one: shown(one), other: shown(other) } }), dispute);
    }
  }
}
