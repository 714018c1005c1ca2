/**
 * clusterItems against the direct computation it is an optimisation of. clusterItems numbers
 * feature sets, lays them out in flat arrays, scores a cluster's copies of one sentence once,
 * stops scoring candidates once a bound says none can win, and finds candidates through an
 * index; none of that may change a single decision. The reference below is the algorithm as
 * cluster.ts describes it, written the slow and obvious way: every cluster, every member, every
 * score.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimFeatures } from '../../../src/ingest/matching/features.ts';
import {
  clusterItems,
  DEFAULT_CLUSTER_OPTIONS,
  participantsConflict,
  predicatesBlock,
  sameEvent,
  tooThin,
  weightedJaccard,
  type ClusterOptions,
  type MatchItem,
} from '../../../src/ingest/matching/cluster.ts';

const SAME_EVENT_BONUS = 0.25;
/** Below this many units every feature is indexed (cluster.ts MIN_BLOCK_DF). */
const MIN_BLOCK_DF = 256;

function referenceClusters(items: readonly MatchItem[], options: ClusterOptions): number[][] {
  const df = new Map<string, number>();
  for (const it of items) for (const t of it.features.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(items.length, 1);
  const boost = (t: string): number => (t.startsWith('e:') ? 1.5 : t.startsWith('c:') ? 1.2 : 1);
  const weight = (t: string): number => boost(t) * Math.sqrt(Math.log(1 + n / (df.get(t) ?? 1)));
  const maxDf = Math.max(MIN_BLOCK_DF, Math.floor(options.maxBlockShare * n));
  const blockable = (t: string): boolean => (df.get(t) ?? 0) <= maxDf;
  const identity = (f: ClaimFeatures): string => JSON.stringify([f.terms, f.participants, f.negated, f.modal]);

  const firstPredicates = new Map<string, string[]>();
  for (const it of items) if (!firstPredicates.has(identity(it.features))) firstPredicates.set(identity(it.features), it.features.predicates);
  const clusters: Array<{ group: string; members: number[] }> = [];
  const firstOf = new Map<string, number>(); // group + identity → cluster of its first item
  const apartOf = new Map<number, Set<number>>(); // apart key → the clusters its items joined
  items.forEach((item, i) => {
    const f = item.features;
    const apart = item.apart === undefined ? new Set<number>() : (apartOf.get(item.apart) ?? new Set<number>());
    if (item.apart !== undefined) apartOf.set(item.apart, apart);
    const twin = firstOf.get(`${item.group}\u0000${identity(f)}`);
    if (twin !== undefined) {
      clusters[twin]!.members.push(i);
      apart.add(twin);
      return;
    }
    // Candidates: clusters of the group holding a blockable term of the unit, by the weight of
    // those terms (summed in the unit's term order), then by age; the first maxCandidates.
    const shared = new Map<number, number>();
    for (const t of f.terms) {
      if (!blockable(t)) continue;
      clusters.forEach((c, id) => {
        if (c.group === item.group && c.members.some((m) => items[m]!.features.terms.includes(t))) shared.set(id, (shared.get(id) ?? 0) + weight(t));
      });
    }
    const candidates = [...shared.keys()].sort((a, b) => shared.get(b)! - shared.get(a)! || a - b).slice(0, options.maxCandidates);
    let best = -1;
    let bestScore = options.threshold;
    for (const c of candidates) {
      if (apart.has(c)) continue;
      const members = clusters[c]!.members.map((m) => items[m]!.features);
      if (members[0]!.negated !== f.negated) continue;
      const people = new Set(members.flatMap((m) => m.participants));
      if (people.size > 0 && f.participants.length > 0 && participantsConflict(f.participants, people)) continue;
      let score = 0;
      let eventMatch = false;
      for (const m of members) {
        const same = sameEvent(f, m);
        if (same) eventMatch = true;
        // (An action is a predicate of the first item with the member's features: clusterItems scores each feature set once.)
        const firstM = { ...m, predicates: firstPredicates.get(identity(m)) ?? m.predicates };
        const firstF = { ...f, predicates: firstPredicates.get(identity(f)) ?? f.predicates };
        score += (tooThin(firstF, firstM) ? 0 : weightedJaccard(f.terms, m.terms, weight)) + (same ? SAME_EVENT_BONUS : 0);
      }
      score /= members.length;
      if (!eventMatch && predicatesBlock(f.predicates, new Set(members.flatMap((m) => m.predicates)), score)) continue;
      if (score > bestScore || (score === bestScore && best >= 0 && c < best)) {
        best = c;
        bestScore = score;
      }
    }
    if (best < 0) {
      best = clusters.length;
      clusters.push({ group: item.group, members: [] });
    }
    clusters[best]!.members.push(i);
    apart.add(best);
    firstOf.set(`${item.group}\u0000${identity(f)}`, best);
  });
  return clusters.map((c) => c.members).sort((a, b) => a[0]! - b[0]!);
}

// A small vocabulary, so that units share terms, people and events often.
const TERMS = ['c:call', 'c:meet', 'c:war', 'e:kyiv', 'e:putin', 'e:trump', 'p:ukraine', 'w:aid', 'w:border', 'w:talk', 'w:urge', 'w:week'];
const PEOPLE = ['putin', 'trump', 'zelensky'];
const PREDICATES = ['c:call', 'c:meet', 'w:say', 'w:urge'];

const features = (shuffled: boolean): fc.Arbitrary<ClaimFeatures> =>
  fc
    .record({
      terms: fc.uniqueArray(fc.constantFrom(...TERMS), { minLength: 1, maxLength: 6 }),
      participants: fc.uniqueArray(fc.constantFrom(...PEOPLE), { maxLength: 3 }),
      negated: fc.constantFrom(false, false, false, true),
      modal: fc.constantFrom(false, false, false, true),
      predicates: fc.uniqueArray(fc.constantFrom(...PREDICATES), { maxLength: 2 }),
    })
    .map((f) => ({
      ...f,
      // claimFeatures sorts terms and people; clusterItems must also be right when they are not.
      terms: shuffled ? f.terms : [...f.terms].sort(),
      participants: [...f.participants].sort(),
      predicates: [...f.predicates].sort(),
    }));

const item = (shuffled: boolean): fc.Arbitrary<MatchItem> =>
  fc.record({ group: fc.constantFrom('claim', 'claim', 'claim', 'declines'), features: features(shuffled) });

/** Units, some of them repeated (copies of one sentence are common in news). */
const corpus = (shuffled: boolean, max: number): fc.Arbitrary<MatchItem[]> =>
  fc
    .array(item(shuffled), { minLength: 1, maxLength: max })
    .chain((list) => fc.array(fc.nat(list.length - 1), { maxLength: max }).map((copies) => [...list, ...copies.map((k) => list[k]!)]))
    .chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }));

const options = fc.record({
  threshold: fc.constantFrom(0.2, 0.3, 0.45),
  maxBlockShare: fc.constant(DEFAULT_CLUSTER_OPTIONS.maxBlockShare),
  maxCandidates: fc.integer({ min: 1, max: 6 }),
});

describe('clusterItems gives the clusters of the direct computation', () => {
  it('with the default options', () => {
    fc.assert(
      fc.property(corpus(false, 40), (items) => {
        expect(clusterItems(items)).toEqual(referenceClusters(items, DEFAULT_CLUSTER_OPTIONS));
      }),
      { numRuns: 300 },
    );
  });

  it('with few candidates a unit, other thresholds, and terms in any order', () => {
    fc.assert(
      fc.property(corpus(true, 40), options, (items, opts) => {
        expect(clusterItems(items, opts)).toEqual(referenceClusters(items, opts));
      }),
      { numRuns: 300 },
    );
  });

  it('with the units of one sentence kept apart unless twins (runs of items with one `apart` key)', () => {
    const sentences = corpus(false, 40).chain((items) =>
      fc.array(fc.boolean(), { minLength: items.length, maxLength: items.length }).map((sameAsBefore) => {
        let key = 0;
        return items.map((it, i) => ({ ...it, apart: i > 0 && sameAsBefore[i] ? key : ++key }));
      }),
    );
    fc.assert(
      fc.property(sentences, (items) => {
        expect(clusterItems(items)).toEqual(referenceClusters(items, DEFAULT_CLUSTER_OPTIONS));
      }),
      { numRuns: 300 },
    );
  });

  it('when some terms are too common to block on', () => {
    // More than MIN_BLOCK_DF units, most of them carrying "w:talk": it is not indexed, yet it
    // counts in every score, and a unit that shares only it with a cluster cannot find that cluster.
    fc.assert(
      fc.property(fc.array(item(false), { minLength: 300, maxLength: 320 }), (list) => {
        const items = list.map((it, i) =>
          i % 7 === 0 ? it : { ...it, features: { ...it.features, terms: [...new Set([...it.features.terms, 'w:talk'])].sort() } },
        );
        expect(clusterItems(items)).toEqual(referenceClusters(items, DEFAULT_CLUSTER_OPTIONS));
      }),
      { numRuns: 8 },
    );
  });
});
