/**
 * Groups claim units that state the same claim into clusters, across outlets.
 *
 * Each unit joins the best-scoring existing cluster of its group (weighted Jaccard over IDF-weighted
 * features, best member wins) or starts a new one. Candidates come from an inverted index over
 * the rarer features (blocking), so the cost grows with the number of units, not its square.
 * Units are visited in input order, which the caller keeps deterministic.
 */
import type { ClaimFeatures } from './features.ts';
import { FeatureIds } from './feature-ids.ts';

export interface MatchItem {
  /** Units only meet units of the same group (e.g. denials meet denials). */
  group: string;
  features: ClaimFeatures;
  /**
   * The features' identity number (FeatureIds.identity), when the caller has it already; give
   * it for all items of a call or for none, from one FeatureIds.
   */
  identity?: number;
  /**
   * The exact figures the unit states, as keys ("212 passenger", "38.6 percent"): two tellings
   * that give one such figure are likelier one claim (figureKeys).
   */
  figures?: readonly string[] | undefined;
  /**
   * Items with one `apart` key share a cluster only as twins (the same features): the units of
   * one sentence (article rank and sentence number), each a claim of its own — "47 people were
   * treated, and that seven remain in intensive care" tells two things, and the pair's unit must
   * not pull the second's into its page. Items with one key come one after another.
   */
  apart?: number;
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

/**
 * A line with no action verb meets one with a verb at this similarity: "The authority has 310
 * buses in its fleet" and "The authority operates a fleet of 310 buses" (a light verb such as
 * "has" states no action) say one thing in nearly the same words.
 */
export const VERBLESS_SAME = 0.6;

/**
 * Do the predicates keep a unit out of a cluster it scores `score` against? When they conflict
 * (predicatesConflict), unless one side is verbless and the words are nearly the same.
 */
export function predicatesBlock(a: readonly string[], b: ReadonlySet<string>, score: number): boolean {
  if (!predicatesConflict(a, b)) return false;
  return !(score >= VERBLESS_SAME && (a.length === 0) !== (b.size === 0));
}

/** True when both sides name someone the other does not: Trump–Putin is not Trump–Zelensky. */
export function participantsConflict(a: Iterable<string>, b: ReadonlySet<string>): boolean {
  return participantsConflictSets(new Set(a), b);
}

/** Added to the similarity of two units that tell the same event between the same people. */
const SAME_EVENT_BONUS = 0.25;

/**
 * Added to the similarity of two units that state one exact figure of one thing: "212 passengers
 * and 19 crew had been on board" and "The vessel was carrying 212 passengers and 19 crew" share
 * few words but one count. Like the same event, it lets a verbless line meet one with a verb.
 */
const SAME_FIGURE_BONUS = 0.25;

/** Slack when comparing an upper bound of a score with a score: far above rounding in the sums. */
const BOUND_MARGIN = 1e-9;

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

/**
 * Is one side a single action, and the other that action and another, or that action done by or
 * to someone named? "He's eating again" (eat) and "He stopped eating" (end, eat), "They knew in
 * January" (know) and "They want to know what they can switch to" (want, know, switch), "Nobody
 * told us anything" (inform) and Tomás Herrera's "I was told there was no money" (inform, money,
 * Herrera): one shared word makes a third of a short union, above the threshold, and the other
 * action or the person says the two are not one claim. Such a pair scores nothing (the same event
 * still may). ("No one was killed" and "It's a miracle nobody died" share their one action; "It
 * has not hidden anything" and "We have never hidden any safety signal" too.)
 */
export function tooThin(a: ClaimFeatures, b: ClaimFeatures): boolean {
  const [thin, rich] = a.terms.length === 1 ? [a, b] : [b, a];
  if (thin.terms.length !== 1 || rich.terms.length <= 1) return false;
  const action = thin.terms[0]!;
  return thin.predicates.includes(action) && (rich.predicates.some((p) => p !== action) || rich.terms.some((t) => t.startsWith('e:')));
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

/**
 * The distinct feature sets of the items ("identities": same terms, people, polarity and
 * modality), laid out in flat arrays by identity, so that comparing two of them reads a few
 * contiguous cache lines instead of chasing objects across the heap.
 */
class Identities {
  /** Term ids of identity f: ids[start[f] .. start[f + 1]), in the order of features.terms. */
  readonly start: Int32Array;
  readonly ids: Int32Array;
  /** Weight of each term, aligned with `ids`. */
  readonly weights: Float64Array;
  /** Sum of an identity's weights in order: the union's first part in weightedJaccard. */
  readonly weightSum: Float64Array;
  /** Terms in ascending id order (as claimFeatures sorts them): merge walks apply. */
  readonly sorted: Uint8Array;
  /** Concept term ids (`c:`) of identity f, ascending: concepts[cStart[f] .. cStart[f + 1]). */
  readonly cStart: Int32Array;
  readonly concepts: Int32Array;
  readonly features: ClaimFeatures[];
  /** Per identity: negated, modal, number of participants (sameEvent's cheap early exits). */
  readonly negated: Uint8Array;
  readonly modal: Uint8Array;
  readonly people: Int32Array;
  /** Per identity: the figure keys its units state (MatchItem.figures), or null when none does. */
  readonly figures: Array<readonly string[] | null>;

  constructor(list: readonly ClaimFeatures[], termId: ReadonlyMap<string, number>, termWeight: Float64Array, figures: Array<readonly string[] | null>) {
    const f = list.length;
    this.figures = figures;
    this.features = [...list];
    this.negated = Uint8Array.from(list, (x) => (x.negated ? 1 : 0));
    this.modal = Uint8Array.from(list, (x) => (x.modal ? 1 : 0));
    this.people = Int32Array.from(list, (x) => x.participants.length);
    this.start = new Int32Array(f + 1);
    this.cStart = new Int32Array(f + 1);
    let total = 0;
    let totalConcepts = 0;
    list.forEach((x, k) => {
      total += x.terms.length;
      for (const t of x.terms) if (t.startsWith('c:')) totalConcepts++;
      this.start[k + 1] = total;
    });
    this.ids = new Int32Array(total);
    this.weights = new Float64Array(total);
    this.weightSum = new Float64Array(f);
    this.sorted = new Uint8Array(f);
    const concepts = new Int32Array(totalConcepts);
    let c = 0;
    list.forEach((x, k) => {
      let at = this.start[k]!;
      let sum = 0;
      let sorted = 1;
      const own: number[] = [];
      for (const t of x.terms) {
        const id = termId.get(t)!;
        if (at > this.start[k]! && id <= this.ids[at - 1]!) sorted = 0;
        this.ids[at] = id;
        this.weights[at] = termWeight[id]!;
        sum += this.weights[at]!;
        if (t.startsWith('c:')) own.push(id);
        at++;
      }
      this.weightSum[k] = sum;
      this.sorted[k] = sorted;
      this.cStart[k] = c;
      for (const id of [...new Set(own)].sort((p, q) => p - q)) concepts[c++] = id;
    });
    this.cStart[f] = c;
    this.concepts = concepts.subarray(0, c);
  }

  /**
   * weightedJaccard(features(a).terms, features(b).terms, weight) with the same floating-point
   * operations in the same order: the intersection summed over a's terms in a's order, the union
   * as a's weights in order and then b's other terms in b's order.
   */
  jaccard(a: number, b: number): number {
    let inter = 0;
    let union = this.weightSum[a]!;
    const ids = this.ids;
    const w = this.weights;
    const a0 = this.start[a]!;
    const a1 = this.start[a + 1]!;
    const b0 = this.start[b]!;
    const b1 = this.start[b + 1]!;
    if (this.sorted[a] === 1 && this.sorted[b] === 1) {
      let i = a0;
      let j = b0;
      while (i < a1 && j < b1) {
        const u = ids[i]!;
        const v = ids[j]!;
        if (u === v) {
          inter += w[i]!;
          i++;
          j++;
        } else if (u < v) i++;
        else {
          union += w[j]!;
          j++;
        }
      }
      for (; j < b1; j++) union += w[j]!;
    } else {
      const inA = new Set(ids.subarray(a0, a1));
      const inB = new Set(ids.subarray(b0, b1));
      for (let i = a0; i < a1; i++) if (inB.has(ids[i]!)) inter += w[i]!;
      for (let j = b0; j < b1; j++) if (!inA.has(ids[j]!)) union += w[j]!;
    }
    return union === 0 ? 0 : inter / union;
  }

  /** tooThin(features(a), features(b)) (predicates: those of the first item with each identity). */
  thin(a: number, b: number): boolean {
    const na = this.start[a + 1]! - this.start[a]!;
    const nb = this.start[b + 1]! - this.start[b]!;
    if (na !== 1 && nb !== 1) return false;
    return tooThin(this.features[a]!, this.features[b]!);
  }

  /** Does a unit stating figures `own` state one that units of identity b state? */
  sameFigure(own: readonly string[] | undefined, b: number): boolean {
    const fb = this.figures[b];
    return !!own && !!fb && own.some((k) => fb.includes(k));
  }

  /** sameEvent(features(a), features(b)). */
  sameEvent(a: number, b: number): boolean {
    if (this.negated[a] === 1 || this.negated[b] === 1) return false;
    if (this.people[a]! < 2 || this.people[b]! < 2 || this.modal[a] !== this.modal[b]) return false;
    const fa = this.features[a]!.participants;
    const fb = this.features[b]!.participants;
    const small = fa.length <= fb.length ? fa : fb;
    const large = small === fa ? fb : fa;
    for (let k = 0; k < small.length; k++) if (!large.includes(small[k]!)) return false;
    // Some term of b is one of a's concept terms.
    const c0 = this.cStart[a]!;
    const c1 = this.cStart[a + 1]!;
    const b0 = this.start[b]!;
    const b1 = this.start[b + 1]!;
    if (this.sorted[b] === 1) {
      let i = c0;
      let j = b0;
      while (i < c1 && j < b1) {
        const u = this.concepts[i]!;
        const v = this.ids[j]!;
        if (u === v) return true;
        if (u < v) i++;
        else j++;
      }
      return false;
    }
    const set = new Set(this.concepts.subarray(c0, c1));
    for (let j = b0; j < b1; j++) if (set.has(this.ids[j]!)) return true;
    return false;
  }
}

/**
 * Returns clusters as lists of item indexes, each list ascending, lists ordered by first member.
 *
 * Cost: each unit is scored against at most `maxCandidates` clusters found through the index of
 * rarer features. The average link adds one number per member of a candidate cluster; what a
 * member contributes is computed once per distinct member (same features, same number), so a
 * cluster of a thousand copies of one boilerplate sentence costs one comparison, not a thousand.
 * Sums run over the members in order, so scores are bit-for-bit those of the direct computation.
 */
export function clusterItems(items: readonly MatchItem[], options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): number[][] {
  // Feature identity of every item (same terms, people, polarity and modality), and how many
  // items have each: document frequencies are counted once per identity.
  const numbered = items.every((it) => it.identity !== undefined);
  const ids = numbered ? null : new FeatureIds();
  // (Figures are no part of an identity: a unit with another's words and another figure is still
  // its twin — "Inflation in Dalavia jumped to 8 percent" told twice with two figures is one claim
  // whose figures conflict. Each identity keeps the figures its units give, for SAME_FIGURE_BONUS.)
  const local = new Map<number, number>();
  const distinct: ClaimFeatures[] = [];
  const figuresOf: Array<string[] | null> = [];
  const copies: number[] = [];
  const fidOf = new Int32Array(items.length);
  items.forEach((it, i) => {
    const identity = it.identity ?? ids!.identity(it.features);
    let fid = local.get(identity);
    if (fid === undefined) {
      fid = distinct.length;
      local.set(identity, fid);
      distinct.push(it.features);
      figuresOf.push(null);
      copies.push(0);
    }
    if (it.figures && it.figures.length > 0) {
      const own = (figuresOf[fid] ??= []);
      for (const k of it.figures) if (!own.includes(k)) own.push(k);
    }
    copies[fid]!++;
    fidOf[i] = fid;
  });
  local.clear();
  const df = new Map<string, number>();
  distinct.forEach((f, fid) => {
    for (const t of f.terms) df.set(t, (df.get(t) ?? 0) + copies[fid]!);
  });
  const n = Math.max(items.length, 1);
  // People and places say more about which claim this is than common words do.
  const kindBoost = (t: string): number => (t.startsWith('e:') ? 1.5 : t.startsWith('c:') ? 1.2 : 1);
  // Damped IDF: rarer words say more, but one incidental rare word ("briefly") must not
  // outweigh the shared people, places and concepts of two short claims.
  const weight = (t: string): number => kindBoost(t) * Math.sqrt(Math.log(1 + n / (df.get(t) ?? 1)));
  const maxDf = Math.max(MIN_BLOCK_DF, Math.floor(options.maxBlockShare * n));

  // Term ids in string order (the order claimFeatures sorts terms in), with weights and blocking.
  const termList = [...df.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const termId = new Map<string, number>();
  termList.forEach((t, k) => termId.set(t, k));
  const termWeight = new Float64Array(termList.length);
  const blockable = new Uint8Array(termList.length);
  termList.forEach((t, k) => {
    termWeight[k] = weight(t);
    blockable[k] = (df.get(t) ?? 0) > maxDf ? 0 : 1;
  });

  const ident = new Identities(distinct, termId, termWeight, figuresOf);
  // The current item's contribution per identity (valid while stamp = the item's index).
  const contribution = new Float64Array(distinct.length);
  const sameEventOf = new Uint8Array(distinct.length);
  const stamp = new Int32Array(distinct.length).fill(-1);
  const participantSets = new Map<number, Set<string>>();

  const clusters: Cluster[] = [];
  // Per cluster, its members' identities run-length encoded: [fid, count, fid, count, …].
  const memberRuns: number[][] = [];
  // group → term id → cluster ids containing it
  const index = new Map<string, Array<Set<number> | undefined>>();
  const shared = new Float64Array(items.length);
  const mark = new Uint8Array(items.length);
  const touched: number[] = [];
  // group → identity → the cluster its first item joined (-1: none yet)
  const twinCluster = new Map<string, Int32Array>();
  const byShared = (a: number, b: number): number => shared[b]! - shared[a]! || a - b;
  let candidateBounds = new Float64Array(options.maxCandidates);

  // The clusters the items before this one with its `apart` key joined.
  let apartKey: number | undefined;
  const apartFrom: number[] = [];
  items.forEach((item, i) => {
    if (item.apart === undefined || item.apart !== apartKey) apartFrom.length = 0;
    apartKey = item.apart;
    let byTerm = index.get(item.group);
    if (!byTerm) {
      byTerm = new Array<Set<number> | undefined>(termList.length);
      index.set(item.group, byTerm);
    }
    const x = fidOf[i]!;
    const x0 = ident.start[x]!;
    const x1 = ident.start[x + 1]!;
    // A unit with exactly the features of an earlier one of its group tells the same claim,
    // however common its words are (blocking skips common words, so it must not depend on them).
    // Its twin's cluster already holds its terms and participants: only the member is added.
    let twins = twinCluster.get(item.group);
    if (!twins) twinCluster.set(item.group, (twins = new Int32Array(distinct.length).fill(-1)));
    // (A unit with no terms at all — "It always has been", "There were more than 250" — has no
    // twin: it says nothing another could be matched on, and such units are no one claim.)
    const twin = x1 > x0 ? twins[x]! : -1;
    // (Twins of one sentence are one claim told twice — "reports that X and that Y" and the
    // speaker's own Y — not two claims: they stay together.)
    if (twin >= 0) {
      const cluster = clusters[twin]!;
      cluster.members.push(i);
      const runs = memberRuns[twin]!;
      if (runs[runs.length - 2] === x) runs[runs.length - 1]!++;
      else runs.push(x, 1);
      // Predicates are not part of the identity: a twin may bring new ones.
      for (const p of item.features.predicates) cluster.predicates.add(p);
      if (item.apart !== undefined) apartFrom.push(twin);
      return;
    }
    touched.length = 0;
    // Weight of the unit's terms too common to block on: found in any cluster, for all we know.
    let common = 0;
    for (let k = x0; k < x1; k++) {
      const t = ident.ids[k]!;
      if (blockable[t] === 0) {
        common += ident.weights[k]!;
        continue;
      }
      const set = byTerm[t];
      if (!set) continue;
      const w = ident.weights[k]!;
      for (const c of set) {
        if (mark[c] === 0) {
          mark[c] = 1;
          touched.push(c);
        }
        shared[c] = shared[c]! + w;
      }
    }
    const candidates = topCandidates(touched, options.maxCandidates, byShared);
    // No member of a cluster shares more of the unit's terms than the cluster as a whole does:
    // its similarity to the unit is at most (shared blockable weight + common weight) / the
    // unit's weight, plus the same-event and same-figure bonuses. Candidates come by shared weight, highest first,
    // so once that bound falls below the best score so far (or the threshold), no later
    // candidate can win or tie: they are not scored. (The margin covers rounding in the sums.)
    const ownFigures = item.figures && item.figures.length > 0 ? item.figures : undefined;
    const bonus = (ident.negated[x] === 0 && ident.people[x]! >= 2 ? SAME_EVENT_BONUS : 0) + (ownFigures ? SAME_FIGURE_BONUS : 0);
    const weight = ident.weightSum[x]!;
    const bounds = candidateBounds.length >= candidates.length ? candidateBounds : (candidateBounds = new Float64Array(candidates.length * 2));
    candidates.forEach((c, n) => (bounds[n] = (weight > 0 ? (shared[c]! + common) / weight : 0) + bonus));
    for (const c of touched) {
      shared[c] = 0;
      mark[c] = 0;
    }
    let best = -1;
    let bestScore = options.threshold;
    let xParticipants: Set<string> | undefined;
    for (let n = 0; n < candidates.length; n++) {
      if (bounds[n]! + BOUND_MARGIN < bestScore) break;
      const c = candidates[n]!;
      const cluster = clusters[c]!;
      if (cluster.negated !== item.features.negated || (apartFrom.length > 0 && apartFrom.includes(c))) continue;
      if (cluster.participants.size > 0 && item.features.participants.length > 0) {
        xParticipants ??= participantSet(participantSets, x, item.features.participants);
        if (participantsConflictSets(xParticipants, cluster.participants)) continue;
      }
      // Average link: a unit must resemble the cluster as a whole, not just one member, so
      // loosely related sentences cannot chain two different claims together.
      let score = 0;
      let eventMatch = false;
      const runs = memberRuns[c]!;
      for (let r = 0; r < runs.length; r += 2) {
        const fid = runs[r]!;
        if (stamp[fid] !== i) {
          const same = ident.sameEvent(x, fid);
          const figure = ident.sameFigure(ownFigures, fid);
          contribution[fid] = (ident.thin(x, fid) ? 0 : ident.jaccard(x, fid)) + (same ? SAME_EVENT_BONUS : 0) + (figure ? SAME_FIGURE_BONUS : 0);
          sameEventOf[fid] = same || figure ? 1 : 0;
          stamp[fid] = i;
        }
        if (sameEventOf[fid] === 1) eventMatch = true;
        const v = contribution[fid]!;
        for (let left = runs[r + 1]!; left > 0; left--) score += v;
      }
      score /= cluster.members.length;
      if (!eventMatch && predicatesBlock(item.features.predicates, cluster.predicates, score)) continue;
      if (score > bestScore || (score === bestScore && best >= 0 && c < best)) {
        best = c;
        bestScore = score;
      }
    }
    if (best < 0) {
      best = clusters.length;
      clusters.push({ members: [], participants: new Set(), predicates: new Set(), negated: item.features.negated });
      memberRuns.push([]);
    }
    twins[x] = best;
    if (item.apart !== undefined) apartFrom.push(best);
    const cluster = clusters[best]!;
    cluster.members.push(i);
    const runs = memberRuns[best]!;
    if (runs.length > 0 && runs[runs.length - 2] === x) runs[runs.length - 1]!++;
    else runs.push(x, 1);
    for (const p of item.features.participants) cluster.participants.add(p);
    for (const p of item.features.predicates) cluster.predicates.add(p);
    for (let k = x0; k < x1; k++) {
      const t = ident.ids[k]!;
      if (blockable[t] === 0) continue;
      let set = byTerm[t];
      if (!set) {
        set = new Set<number>();
        byTerm[t] = set;
      }
      set.add(best);
    }
  });
  return clusters.map((c) => c.members);
}

function participantSet(cache: Map<number, Set<string>>, fid: number, participants: readonly string[]): Set<string> {
  let set = cache.get(fid);
  if (!set) {
    set = new Set(participants);
    cache.set(fid, set);
  }
  return set;
}

/**
 * The first `k` of `list` in the order of `compare` (a total order), in that order: what
 * `[...list].sort(compare).slice(0, k)` gives, without sorting all of a long list.
 */
function topCandidates(list: number[], k: number, compare: (a: number, b: number) => number): number[] {
  if (list.length <= k) return list.slice().sort(compare);
  // Keep the best k seen so far in a sorted window; most entries lose to its last one.
  const top = list.slice(0, k).sort(compare);
  for (let i = k; i < list.length; i++) {
    const c = list[i]!;
    if (compare(c, top[k - 1]!) >= 0) continue;
    let at = k - 1;
    while (at > 0 && compare(c, top[at - 1]!) < 0) at--;
    top.splice(at, 0, c);
    top.pop();
  }
  return top;
}

/** participantsConflict with the first side already a set. */
function participantsConflictSets(aSet: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (aSet.size === 0 || b.size === 0) return false;
  // b has someone a lacks exactly when fewer than all of b are in a; a is the small side here
  // (one unit's people), b may be a large cluster's: count from a's side.
  let inB = 0;
  for (const p of aSet) if (b.has(p)) inB++;
  return inB < aSet.size && inB < b.size;
}
