/**
 * Rival accounts: "Maredian soldiers fired first" and "Oshtaran troops fired first" cannot both
 * be true. Each side of a clash, a shooting or a fight says the other started it, in the same
 * words but for the name before the verb, so the matcher puts both on one page, or on two pages
 * that say nothing of each other. Who acted first is one place, and two different names cannot
 * fill it: each account on record contradicts the other.
 *
 * Only accounts that name who acted are read ("They fired first" names nobody the claim itself
 * can tell): a capitalised word before the verb, a name or a demonym. "Russian forces" and
 * "Russia" are one name (sameActor).
 */
import type { AccountDispute } from './decide.ts';
import { disputant, label, onRecord, type SourcedUnits } from './stands-behind.ts';

/** What the rule reads of the claim units, by unit index. */
export interface AccountUnits extends SourcedUnits {
  /** The claim's own words (frame removed): "Maredian soldiers had fired first". */
  text(i: number): string;
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
}

/** Words before the verb that say nothing of who acted: pronouns, determiners, auxiliaries. */
const NOT_ACTORS = new Set([
  'it', 'its', 'the', 'they', 'their', 'them', 'we', 'our', 'us', 'he', 'she', 'his', 'her', 'this', 'that', 'those', 'these', 'then', 'a', 'an', 'i',
  'was', 'were', 'is', 'are', 'had', 'has', 'have', 'been', 'who', 'which', 'whose', 'say', 'says', 'said', 'also', 'only', 'of', 'from', 'by',
]);

/** The act done first and who did it, when the claim says so and names someone; else null. */
export function firstAct(text: string): FirstAct | null {
  for (const [act, pattern] of FIRST_ACTS) {
    const m = pattern.exec(text);
    if (!m) continue;
    // Who: the words before the verb ("Maredian soldiers", "It was Oshtaran troops who"), of
    // which a capitalised one names someone.
    const words = (text.slice(0, m.index).match(/\p{L}[\p{L}\p{M}’'-]*/gu) ?? []).filter((w) => !NOT_ACTORS.has(w.toLowerCase()));
    const key = (w: string): string => w.toLowerCase().replace(/[’']s$/, '');
    const actors = words.filter((w) => /^\p{Lu}/u.test(w)).map(key);
    if (actors.length === 0) return null;
    return { act, says: text.slice(0, m.index + m[0].length), actors: [...new Set(actors)].sort(), who: [...new Set(words.map(key))].sort() };
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
      const first = firstAct(units.text(i));
      if (first) accounts.push({ c, i, first });
    }
  });
  const done = new Set<string>();
  for (let y = 1; y < accounts.length; y++) {
    const b = accounts[y]!;
    for (let x = 0; x < y; x++) {
      const a = accounts[x]!;
      // Rivals name different actors in words that share nothing: "Troops" and "Maredian troops"
      // may be one side; "Maredian soldiers" and "Oshtaran troops" are two.
      if (a.first.act !== b.first.act || a.first.who.some((k) => b.first.who.some((l) => sameActor(k, l)))) continue;
      const [ra, rb] = [onRecord(units.attribution(a.i), units.stance(a.i)), onRecord(units.attribution(b.i), units.stance(b.i))];
      if ((!ra && !rb) || !sameStory(b.i, a.i)) continue;
      const pair = a.c === b.c ? `${a.c}` : a.c < b.c ? `${a.c},${b.c}` : `${b.c},${a.c}`;
      if (done.has(pair)) continue;
      done.add(pair);
      const one = { text: a.first.says, by: label(units, a.i) };
      const other = { text: b.first.says, by: label(units, b.i) };
      if (a.c === b.c) {
        const by = rb ? b.i : a.i;
        dispute(a.c, { ...disputant(units, by), how: 'account', accounts: { one, other } }, -1);
        continue;
      }
      if (rb) dispute(a.c, { ...disputant(units, b.i), how: 'account', accounts: { one, other } }, b.c);
      if (ra) dispute(b.c, { ...disputant(units, a.i), how: 'account', accounts: { one: other, other: one } }, a.c);
    }
  }
}
