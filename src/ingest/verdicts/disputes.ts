/**
 * Who disputes which cluster: the speakers on record behind a cluster of denials, and the
 * clusters a denied event reaches as its details (README, "Verdict policy": if a call is denied
 * on record, what a report says was said in that call is disputed too).
 */
import type { Attribution, Stance } from '../types.ts';
import type { DenialDispute, Dispute } from './decide.ts';
import { speakersOnRecord, type OnRecord } from './speakers-on-record.ts';

/** What the dispute rules read of the claim units, by unit index. */
export interface DisputeUnits {
  article(i: number): string;
  attribution(i: number): Attribution;
  stance(i: number): Stance;
  participants(i: number): readonly string[];
}

/** The named speakers of the `denials` (unit indexes), most articles first (then by name), each with the articles they deny it in. */
export function disputesFrom(denials: readonly number[], units: DisputeUnits, how: DenialDispute['how']): DenialDispute[] {
  const rows: OnRecord[] = [];
  for (const i of denials) {
    const a = units.attribution(i);
    if (a.kind === 'named' && a.speaker) rows.push({ speaker: a.speaker, role: a.role, article: units.article(i) });
  }
  return speakersOnRecord(rows)
    .sort((a, b) => b.articles.size - a.articles.size || a.speaker.localeCompare(b.speaker))
    .map((s) => ({ ...s, how }));
}

/** Who carries a unit: the outlet it is reached through, and a speaker on record who reports it. */
export function reportersOf(attribution: Attribution, stance: Stance): readonly string[] {
  const speaker = stance === 'reports' && attribution.speaker && attribution.kind !== 'anonymous' ? attribution.speaker.toLowerCase() : null;
  const via = attribution.via ? attribution.via.toLowerCase() : null;
  // Most units have neither: they share one empty list (a corpus has hundreds of thousands).
  if (via === null) return speaker === null ? NONE : [speaker];
  return speaker === null ? [via] : [via, speaker];
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * The event disputes: for each denied cluster (in `denied` order, target → its denial cluster),
 * every other cluster that tells a detail of the same report — a unit by one of the denied
 * report's reporters naming one of its people — gets the event disputes of the denial cluster.
 * A cluster that holds a denial, or is stated independently (asserted without anonymous
 * sourcing) is not a mere detail, nor is a cluster of another story (`sameStory`); one that the
 * same denials dispute already directly (`disputedBy`) gets nothing twice, while one denied
 * directly by others also gets the event's deniers: both say the report is wrong. `add`
 * receives (cluster, dispute, by).
 */
export function eventDisputes(
  clusters: readonly (readonly number[])[],
  units: DisputeUnits & { length: number },
  denied: ReadonlyMap<number, number>,
  disputedBy: (c: number, by: number) => boolean,
  add: (c: number, d: Dispute, by: number) => void,
  sameStory: (c: number, target: number) => boolean = () => true,
): void {
  const reporters = Array.from({ length: units.length }, (_, i) => reportersOf(units.attribution(i), units.stance(i)));
  // Only clusters with a unit by one of the reporters can be a detail: found through an index
  // (reporter → clusters, ascending), instead of looking at every cluster for every denial.
  const byReporter = clustersByReporter(clusters, reporters);
  const traits = clusterTraits(clusters, units, reporters);
  const found = new Map<number, Dispute[]>();
  for (const [target, dc] of [...denied]) {
    const by = new Set(clusters[target]!.flatMap((i) => reporters[i]!));
    const people = new Set(clusters[target]!.flatMap((i) => units.participants(i)));
    if (by.size === 0) continue;
    const candidates = [...new Set([...by].flatMap((r) => byReporter.get(r) ?? []))].sort((a, b) => a - b);
    for (const c of candidates) {
      if (c === target || disputedBy(c, dc) || traits.hasDenial[c] === 1 || !sameStory(c, target)) continue;
      // A claim someone also states independently (on record, or as an outlet's own fact) is
      // more than a detail of the denied report: the denial of the event does not reach it.
      if (traits.independent[c] === 1) continue;
      if (!traits.names(c, by, people)) continue;
      let disputes = found.get(dc);
      if (!disputes) {
        disputes = disputesFrom(clusters[dc]!, units, 'event');
        found.set(dc, disputes);
      }
      for (const d of disputes) add(c, d, dc);
    }
  }
}

/** Reporter (as reportersOf gives it) → ascending ids of the clusters with a unit by that reporter. */
function clustersByReporter(clusters: readonly (readonly number[])[], reporters: readonly (readonly string[])[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  clusters.forEach((members, c) => {
    for (const i of members) {
      for (const r of reporters[i]!) {
        const list = out.get(r);
        if (!list) out.set(r, [c]);
        else if (list[list.length - 1] !== c) list.push(c);
      }
    }
  });
  return out;
}

/**
 * What the event rule asks of a cluster, worked out once per cluster instead of once per denied
 * event that might reach it (a large cluster meets many such events).
 */
interface ClusterTraits {
  /** 1 when a member is a denial. */
  hasDenial: Uint8Array;
  /** 1 when a member asserts it without anonymous sourcing (stated independently). */
  independent: Uint8Array;
  /** Is a member by one of `reporters` and does it name one of `people`? */
  names(c: number, reporters: ReadonlySet<string>, people: ReadonlySet<string>): boolean;
}

function clusterTraits(clusters: readonly (readonly number[])[], units: DisputeUnits, reporters: readonly (readonly string[])[]): ClusterTraits {
  const hasDenial = new Uint8Array(clusters.length);
  const independent = new Uint8Array(clusters.length);
  clusters.forEach((members, c) => {
    for (const i of members) {
      const stance = units.stance(i);
      if (stance === 'denies') hasDenial[c] = 1;
      if (stance === 'asserts' && units.attribution(i).kind !== 'anonymous') independent[c] = 1;
    }
  });
  // Per cluster: reporter → the people its members by that reporter name. A member by reporter
  // r naming person p puts p under r, so "some member is by one of R and names one of P" is
  // "some r of R has one of P under it".
  const people = new Map<number, Map<string, Set<string>>>();
  const peopleByReporter = (c: number): Map<string, Set<string>> => {
    let byReporter = people.get(c);
    if (!byReporter) {
      byReporter = new Map();
      for (const i of clusters[c]!) {
        for (const r of reporters[i]!) {
          let set = byReporter.get(r);
          if (!set) byReporter.set(r, (set = new Set()));
          for (const p of units.participants(i)) set.add(p);
        }
      }
      people.set(c, byReporter);
    }
    return byReporter;
  };
  return {
    hasDenial,
    independent,
    names(c, reporters, named) {
      const byReporter = peopleByReporter(c);
      for (const r of reporters) {
        const set = byReporter.get(r);
        if (set) for (const p of set) if (named.has(p)) return true;
      }
      return false;
    },
  };
}
