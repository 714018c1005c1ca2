/**
 * Links denials to what they deny, and denied events to the details reported about them.
 *
 * A denial names its target in one of three ways: as a clause ("denied that A met B"), as a
 * negated event ("there was no such call"), or only by reference ("rejected the report"). The
 * first is matched by features; the other two resolve to the report the article is about.
 */
import type { ClaimFeatures } from '../matching/features.ts';
import { participantsConflict, weightedJaccard } from '../matching/cluster.ts';

export interface UnitView {
  article: string;
  sentence: number;
  stance: string;
  features: ClaimFeatures;
  cluster: number;
  /** Outlets through which the unit is reported (via, or an outlet speaking). */
  reporters: string[];
}

export interface DenialView {
  article: string;
  sentence: number;
  target: ClaimFeatures | null;
  negatedEvent: ClaimFeatures | null;
}

const MIN_TARGET_SIMILARITY = 0.2;
const flat = (_t: string): number => 1;

/**
 * Resolves a denial to the cluster it denies, or -1. Prefers reported claims of the same
 * article; a clause target may also match a claim told elsewhere.
 */
export function resolveDenialTarget(denial: DenialView, units: readonly UnitView[], byArticle: Map<string, number[]>): number {
  const own = (byArticle.get(denial.article) ?? []).map((i) => units[i]!).filter((u) => u.stance !== 'denies');
  const reported = own.filter((u) => u.stance === 'reports');
  const bestBy = (probe: ClaimFeatures, pool: readonly UnitView[]): UnitView | null => {
    let best: UnitView | null = null;
    let bestScore = MIN_TARGET_SIMILARITY;
    for (const u of pool) {
      if (participantsConflict(probe.participants, new Set(u.features.participants))) continue;
      const s = weightedJaccard(probe.terms, u.features.terms, flat);
      if (s > bestScore) {
        best = u;
        bestScore = s;
      }
    }
    return best;
  };
  if (denial.target) {
    const hit = bestBy(denial.target, own) ?? bestBy(denial.target, units.filter((u) => u.stance !== 'denies'));
    if (hit) return hit.cluster;
  }
  if (denial.negatedEvent) {
    const concepts = denial.negatedEvent.terms.filter((t) => t.startsWith('c:') || t.startsWith('w:'));
    const hit = reported.find((u) => concepts.some((c) => u.features.terms.includes(c)));
    if (hit) return hit.cluster;
  }
  // Only a reference ("the report", "this"): the nearest report told before it, else the first.
  // Strictly earlier sentences first: a denial sentence often goes on to restate a detail of the
  // report ("…, following a report suggesting X"), which is not what "the allegations" refers to.
  const earlier = reported.filter((u) => u.sentence < denial.sentence);
  const before = earlier.length > 0 ? earlier : reported.filter((u) => u.sentence === denial.sentence);
  const nearestSentence = before.length > 0 ? Math.max(...before.map((u) => u.sentence)) : -1;
  const nearest = before.find((u) => u.sentence === nearestSentence) ?? reported[0];
  return nearest ? nearest.cluster : -1;
}
