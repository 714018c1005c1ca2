/**
 * One page per side of a rival account. "Maredian soldiers fired first" and "Oshtaran troops
 * fired first" differ by one word, so the matcher puts them in one cluster, and the page then
 * titles one side's account while quoting both. A cluster holding accounts of two or more
 * sides (verdicts/rival-accounts.ts: sameSide) is split, one cluster per side; the rival-account
 * rule then has each side's page dispute the other's.
 *
 * The members that tell no account stay with the side the cluster's first account tells (what
 * the cluster was about before the split). An account naming nobody ("They fired first" with
 * nothing to point back to) cannot be put on either side: such accounts get a cluster of their
 * own, so that no one's words are quoted under the other side's claim.
 *
 * The other way round, one side's account told in other words ("Oshtaran guns opened fire
 * first", "They fired first, without any provocation" after "Oshtaran guns shelled the post")
 * is one claim however it is worded: clusters made only of one side's accounts of one act, in
 * one story, are joined.
 */
import { sameSide, type FirstAct } from '../verdicts/rival-accounts.ts';

/**
 * `clusters` with one cluster per side: every cluster holding rival sides split (its first side
 * keeps its place, the other sides and the accounts of no side are appended after all clusters,
 * in order), then clusters of one side's accounts joined into the first of them.
 * `account(i)`: unit i's account of who acted first, if it tells one; `sameStory(i, j)`: may
 * units i and j tell one story.
 */
export function splitRivalSides(
  clusters: ReadonlyArray<readonly number[]>,
  account: (i: number) => FirstAct | undefined,
  sameStory: (i: number, j: number) => boolean,
): number[][] {
  const out: number[][] = [];
  const appended: number[][] = [];
  for (const members of clusters) {
    const sides = sidesOf(members, account);
    if (!sides) {
      out.push([...members]);
      continue;
    }
    out.push(sides[0]!);
    appended.push(...sides.slice(1));
  }
  return joinSides(out.concat(appended), account, sameStory);
}

/** Clusters made only of accounts of one side of one act, joined when they tell one story. */
function joinSides(clusters: number[][], account: (i: number) => FirstAct | undefined, sameStory: (i: number, j: number) => boolean): number[][] {
  const named = (i: number): FirstAct | undefined => {
    const a = account(i);
    return a && a.actors.length > 0 ? a : undefined;
  };
  // Clusters of accounts only, by act: few clusters are, so they are compared pairwise.
  const open: Array<{ act: string; accounts: FirstAct[]; members: number[] }> = [];
  const out: number[][] = [];
  for (const members of clusters) {
    const accounts = members.map(named);
    const act = accounts[0]?.act;
    if (!act || !accounts.every((a) => a?.act === act) || !accounts.every((a, k) => accounts.every((b, l) => l <= k || sameSide(a!, b!)))) {
      out.push(members);
      continue;
    }
    const mine = accounts as FirstAct[];
    const into = open.find((o) => o.act === act && o.accounts.every((b) => mine.every((a) => sameSide(a, b))) && sameStory(o.members[0]!, members[0]!));
    if (into) {
      into.members.push(...members);
      into.members.sort((x, y) => x - y);
      into.accounts.push(...mine);
      continue;
    }
    const joined = { act, accounts: [...mine], members: [...members] };
    open.push(joined);
    out.push(joined.members);
  }
  return out;
}

/** The sides of one cluster (first side first, nobody's accounts last), or null when it holds fewer than two. */
function sidesOf(members: readonly number[], account: (i: number) => FirstAct | undefined): number[][] | null {
  if (members.length < 2) return null;
  const sides: Array<{ act: string; accounts: FirstAct[]; members: number[] }> = [];
  const sideOf = new Map<number, number>();
  for (const i of members) {
    const a = account(i);
    if (!a || a.actors.length === 0) continue;
    let s = sides.findIndex((side) => side.act === a.act && side.accounts.some((b) => sameSide(a, b)));
    if (s < 0) {
      s = sides.length;
      sides.push({ act: a.act, accounts: [], members: [] });
    }
    sides[s]!.accounts.push(a);
    sideOf.set(i, s);
  }
  // Two sides of one act; accounts of different acts ("fired first", "struck first") are not rivals.
  if (!sides.some((x, k) => sides.some((y, l) => l > k && x.act === y.act))) return null;
  const nobody: number[] = [];
  for (const i of members) {
    const s = sideOf.get(i);
    if (s !== undefined) sides[s]!.members.push(i);
    else if (account(i)) nobody.push(i);
    else sides[0]!.members.push(i);
  }
  const split = sides.map((s) => s.members);
  if (nobody.length > 0) split.push(nobody);
  return split;
}
