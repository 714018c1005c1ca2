/**
 * Titles and slugs of generated claims: a cluster is titled by the text of its most central
 * member (its representative), a denial cluster by who denied what; slugs come from titles.
 */
import GithubSlugger from 'github-slugger';
import type { Stance } from '../types.ts';

/** Longest slug part kept from a title: URLs stay readable, and stable across small edits. */
const MAX_SLUG = 72;

export function proposeSlug(slugger: GithubSlugger, title: string): string {
  let base = new GithubSlugger().slug(title);
  if (base.length > MAX_SLUG) base = base.slice(0, MAX_SLUG).replace(/-[^-]*$/, '');
  return slugger.slug(base || 'claim');
}

export const lowerFirst = (s: string, asWritten = ''): string =>
  /^(The|A|An|Any|This|That|These|Those|There|It|Its|He|She|They|We|Our|Their|His|Her|No|Nobody|None|Nothing|Some|Most|All|Every|Each|Several|Many|Both|Neither|Staff|Workers|Employees|Residents|Families|Relatives|Parents|Patients|Passengers|Nurses|Carers|Teachers|Drivers|Tenants|Neighbours|Pupils|Students)\b/.test(s) || writtenLower(s, asWritten) ? s[0]!.toLowerCase() + s.slice(1) : s;

/**
 * Is the first word of `s` written in lower case in `asWritten` (the sentence it comes from)?
 * "…alleging that managers had falsified records" gives the claim "Managers had falsified
 * records": after "denied that" the word is "managers" again; a name is capitalised everywhere.
 */
function writtenLower(s: string, asWritten: string): boolean {
  const first = /^\p{Lu}\p{Ll}+(?=\s)/u.exec(s)?.[0];
  if (!first || asWritten === '') return false;
  // Found by indexOf, its edges checked by hand: a regex per title (with \p{L}) costs more to
  // compile than the whole search, and a large corpus has thousands of denial titles.
  const word = first.toLowerCase();
  for (let at = asWritten.indexOf(word); at >= 0; at = asWritten.indexOf(word, at + 1)) {
    if (!WORDLIKE.test(asWritten.charAt(at - 1)) && !WORDLIKE.test(asWritten.charAt(at + word.length))) return true;
  }
  return false;
}

/** A character that would make a match part of a longer word: a letter or a hyphen. */
const WORDLIKE = /[\p{L}-]/u;

/** A title is a sentence: capitalised, at most `max` characters, cut at a word boundary. */
export function clip(text: string, max: number): string {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  if (capital.length <= max) return capital;
  return `${capital.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** The most frequent value (ties: the first in string order), or undefined for none. */
export function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** What choosing a representative reads of a unit. */
export interface TitleUnit {
  text: string;
  stance: Stance;
  /** From a headline or subheading: a title only when no sentence of the articles tells the claim. */
  heading?: boolean;
}

/**
 * The representative of each cluster, as a unit index (computed on first use, then kept: a
 * denied cluster's is asked for again by the title of its denial). `termsOf` numbers each unit's
 * term list (equal lists, equal numbers; `lists` holds each list's terms as numbers), so a
 * cluster's members are compared by number and each distinct pair of term lists once.
 */
export function representatives(
  clusters: readonly (readonly number[])[],
  unit: (i: number) => TitleUnit,
  termsOf: Int32Array,
  lists: readonly Int32Array[],
): (c: number) => number {
  const known = new Map<number, number>();
  return (c) => {
    let i = known.get(c);
    if (i === undefined) {
      const members = clusters[c]!;
      i = members[representative(members.map((m) => termsOf[m]!), lists, (k) => unit(members[k]!))]!;
      known.set(c, i);
    }
    return i;
  };
}

/** A claim whose subject is a pronoun: who "they" are is in another sentence. */
const OPENS_WITH_PRONOUN = /^(?:they|he|she|we|i)\b(?![’'-])/i;

/**
 * The member closest to all others of its cluster (its index among `ids`): its text becomes the
 * claim's title. `ids` number the members' term lists (`lists`, terms as numbers); `member`
 * gives the unit at an index. Two lists overlap by the share of the shorter one's terms they
 * have in common.
 */
export function representative(ids: readonly number[], lists: readonly Int32Array[], member: (k: number) => TitleUnit): number {
  // Large clusters repeat the same wording. A member's score is the sum, in member order, of its
  // overlaps with every other member; members with the same terms next to each other (a run)
  // add up exactly the same sequence of numbers, so each run's score is computed once, and each
  // pair of distinct term lists is compared once. Same scores, bit for bit, as computing each.
  const m = ids.length;
  if (m === 1) return 0;
  const local = new Map<number, number>();
  const fid = Int32Array.from(ids, (id) => {
    let f = local.get(id);
    if (f === undefined) local.set(id, (f = local.size));
    return f;
  });
  // A run's row is kept only when another run of the same list will ask for it again (a
  // cluster of thousands of wordings would otherwise hold millions of numbers).
  const runsOf = new Int32Array(local.size);
  for (let k = 0; k < m; k++) if (k === 0 || fid[k] !== fid[k - 1]) runsOf[fid[k]!]!++;
  const rows = overlapRows(
    [...local.keys()].map((id) => lists[id]!),
    (f) => runsOf[f]! > 1,
  );
  let best = 0;
  let bestUnit = member(0);
  let bestScore = -1;
  let runScore = 0;
  for (let k = 0; k < m; k++) {
    const u = member(k);
    if (k === 0 || fid[k] !== fid[k - 1]) {
      // First member of a run: its sum, skipping itself (skipping any member of the run is the same).
      const row = rows(fid[k]!);
      runScore = 0;
      for (let j = 0; j < k; j++) runScore += row[fid[j]!]!;
      for (let j = k + 1; j < m; j++) runScore += row[fid[j]!]!;
    }
    let score = runScore;
    // Prefer what is reported or asserted over a denial's wording, and shorter over longer.
    if (u.stance === 'denies') score -= 0.5;
    // "They fired first" says nothing out of its article: a title names who, when a member does.
    if (OPENS_WITH_PRONOUN.test(u.text)) score -= m;
    // A headline's wording ("Transit board approves bus deal") only titles a claim no sentence tells.
    if (u.heading) score -= m;
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && u.text.length < bestUnit.text.length)) {
      best = k;
      bestUnit = u;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Overlaps of one term list with each of `lists` (made on first use, and kept if `keep` says it
 * will be asked for again; otherwise the row is only valid until the next call): the number of
 * its terms (counted as often as it lists them) found in the other list, over the length of the
 * shorter list (at least 1). Terms are counted through an index of which lists hold them,
 * instead of comparing every pair of lists term by term.
 */
function overlapRows(lists: readonly Int32Array[], keep: (f: number) => boolean): (f: number) => Float64Array {
  const holders = new Map<number, number[]>();
  lists.forEach((list, g) => {
    for (let k = 0; k < list.length; k++) {
      const t = list[k]!;
      const h = holders.get(t);
      if (!h) holders.set(t, [g]);
      else if (h[h.length - 1] !== g) h.push(g);
    }
  });
  const d = lists.length;
  const shared = new Int32Array(d);
  const rows = new Map<number, Float64Array>();
  const scratch = new Float64Array(d);
  return (f) => {
    let row = rows.get(f);
    if (!row) {
      const a = lists[f]!;
      shared.fill(0);
      for (let k = 0; k < a.length; k++) for (const g of holders.get(a[k]!)!) shared[g]!++;
      row = keep(f) ? new Float64Array(d) : scratch;
      for (let g = 0; g < d; g++) row[g] = shared[g]! / Math.max(1, Math.min(a.length, lists[g]!.length));
      if (row !== scratch) rows.set(f, row);
    }
    return row;
  };
}
