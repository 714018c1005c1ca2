/**
 * Groups claim units that state the same claim into clusters, across outlets.
 *
 * Each unit joins the best-scoring existing cluster of its group (weighted Jaccard over IDF-weighted
 * features, best member wins) or starts a new one. Candidates come from an inverted index over
 * the rarer features (blocking), so the cost grows with the number of units, not its square.
 * Units are visited in input order, which the caller keeps deterministic.
 */
import type { ClaimFeatures } from './features.ts';

export interface MatchItem {
  /** Units only meet units of the same group (e.g. denials meet denials). */
  group: string;
  features: ClaimFeatures;
}

export interface ClusterOptions {
  /** Minimum weighted Jaccard similarity to join a cluster. */
  threshold: number;
  /** Features carried by more than this share of units are too common to block on. */
  maxBlockShare: number;
  /** At most this many candidate clusters are scored per unit. */
  maxCandidates: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { threshold: 0.3, maxBlockShare: 0.01, maxCandidates: 64 };

/** Below this many units every feature is indexed: blocking only matters for large corpora. */
const MIN_BLOCK_DF = 256;

interface Cluster {
  members: number[];
  participants: Set<string>;
  predicates: Set<string>;
  negated: boolean;
}

/**
 * Both sides say something happened, but not the same thing: "Kyiv was not informed of the
 * call" and "he did not mention the call" share people and an event, not a claim.
 */
export function predicatesConflict(a: readonly string[], b: ReadonlySet<string>): boolean {
  // A verbless line ("No deal with the unions") states no action; it only meets other
  // verbless lines, or a claim about the same event (see sameEvent).
  if (a.length === 0 || b.size === 0) return a.length !== b.size;
  return !a.some((p) => b.has(p));
}

/** True when both sides name someone the other does not: Trump–Putin is not Trump–Zelensky. */
export function participantsConflict(a: Iterable<string>, b: Set<string>): boolean {
  const aSet = new Set(a);
  if (aSet.size === 0 || b.size === 0) return false;
  let aOnly = false;
  for (const p of aSet) if (!b.has(p)) aOnly = true;
  if (!aOnly) return false;
  for (const p of b) if (!aSet.has(p)) return true;
  return false;
}

/** Added to the similarity of two units that tell the same event between the same people. */
const SAME_EVENT_BONUS = 0.25;

/**
 * Two units tell the same event when the same two or more people meet in the same kind of
 * event (one cast may name an extra participant) with the same modality: "A and B held a
 * phone conversation" and "B called A from his estate" share little wording but one event.
 */
export function sameEvent(a: ClaimFeatures, b: ClaimFeatures): boolean {
  // A negated statement ("no calls", "was not informed of any call") tells no event.
  if (a.negated || b.negated) return false;
  if (a.participants.length < 2 || b.participants.length < 2 || a.modal !== b.modal) return false;
  const [small, large] = a.participants.length <= b.participants.length ? [a, b] : [b, a];
  if (!small.participants.every((p) => large.participants.includes(p))) return false;
  const concepts = new Set(a.terms.filter((t) => t.startsWith('c:')));
  return b.terms.some((t) => concepts.has(t));
}

export function weightedJaccard(a: readonly string[], b: readonly string[], weight: (t: string) => number): number {
  const setB = new Set(b);
  let inter = 0;
  let union = 0;
  for (const t of a) {
    const w = weight(t);
    union += w;
    if (setB.has(t)) inter += w;
  }
  const setA = new Set(a);
  for (const t of b) if (!setA.has(t)) union += weight(t);
  return union === 0 ? 0 : inter / union;
}

/** Returns clusters as lists of item indexes, each list ascending, lists ordered by first member. */
export function clusterItems(items: readonly MatchItem[], options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): number[][] {
  const df = new Map<string, number>();
  for (const it of items) for (const t of it.features.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(items.length, 1);
  // People and places say more about which claim this is than common words do.
  const kindBoost = (t: string): number => (t.startsWith('e:') ? 1.5 : t.startsWith('c:') ? 1.2 : 1);
  // Damped IDF: rarer words say more, but one incidental rare word ("briefly") must not
  // outweigh the shared people, places and concepts of two short claims.
  const weight = (t: string): number => kindBoost(t) * Math.sqrt(Math.log(1 + n / (df.get(t) ?? 1)));
  const maxDf = Math.max(MIN_BLOCK_DF, Math.floor(options.maxBlockShare * n));

  const clusters: Cluster[] = [];
  // group → feature → cluster ids containing it
  const index = new Map<string, Map<string, Set<number>>>();

  items.forEach((item, i) => {
    const byTerm = index.get(item.group) ?? new Map<string, Set<number>>();
    index.set(item.group, byTerm);
    const shared = new Map<number, number>();
    for (const t of item.features.terms) {
      if ((df.get(t) ?? 0) > maxDf) continue;
      for (const c of byTerm.get(t) ?? []) shared.set(c, (shared.get(c) ?? 0) + weight(t));
    }
    const candidates = [...shared]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, options.maxCandidates)
      .map(([c]) => c);
    let best = -1;
    let bestScore = options.threshold;
    for (const c of candidates) {
      const cluster = clusters[c]!;
      if (cluster.negated !== item.features.negated) continue;
      if (participantsConflict(item.features.participants, cluster.participants)) continue;
      // Average link: a unit must resemble the cluster as a whole, not just one member, so
      // loosely related sentences cannot chain two different claims together.
      let score = 0;
      let eventMatch = false;
      for (const m of cluster.members) {
        const other = items[m]!.features;
        const same = sameEvent(item.features, other);
        eventMatch ||= same;
        score += weightedJaccard(item.features.terms, other.terms, weight) + (same ? SAME_EVENT_BONUS : 0);
      }
      score /= cluster.members.length;
      if (!eventMatch && predicatesConflict(item.features.predicates, cluster.predicates)) continue;
      if (score > bestScore || (score === bestScore && best >= 0 && c < best)) {
        best = c;
        bestScore = score;
      }
    }
    if (best < 0) {
      best = clusters.length;
      clusters.push({ members: [], participants: new Set(), predicates: new Set(), negated: item.features.negated });
    }
    const cluster = clusters[best]!;
    cluster.members.push(i);
    for (const p of item.features.participants) cluster.participants.add(p);
    for (const p of item.features.predicates) cluster.predicates.add(p);
    for (const t of item.features.terms) {
      if ((df.get(t) ?? 0) > maxDf) continue;
      const set = byTerm.get(t) ?? new Set<number>();
      set.add(best);
      byTerm.set(t, set);
    }
  });
  return clusters.map((c) => c.members);
}
