/**
 * The review state written next to the content (`content/.crosscheck/review.json`): what an editor
 * should look at after a build. Deterministic: sorted by slug, no timestamps.
 */
import type { PageSummary } from './merge-page.ts';

export const LOW_CONFIDENCE = 0.6;
export const REVIEW_STATE_PATH = '.crosscheck/review.json';

export interface ReviewEntry {
  slug: string;
  title: string;
  verdict: string;
  engineVerdict: string | null;
  confidence: number | null;
}

export interface ReviewState {
  version: 1;
  /**
   * Pages a build created that no editor has reviewed yet (set the verdict, `reviewed` or
   * `reviewedBy`): they stay listed from build to build until then, or until they are retired.
   */
  newClaims: ReviewEntry[];
  /** Active pages whose author-set verdict differs from the engine's current suggestion. */
  disagreements: ReviewEntry[];
  /** Active pages showing the engine's verdict with confidence below 0.6 (not yet decided by an author). */
  lowConfidence: ReviewEntry[];
  /** Pages no seed carries any more. */
  retired: ReviewEntry[];
}

function entry(p: PageSummary): ReviewEntry {
  return {
    slug: p.slug,
    title: p.title,
    verdict: p.verdict,
    engineVerdict: p.engine?.verdict ?? null,
    confidence: p.engine?.confidence ?? null,
  };
}

const bySlug = (a: { slug: string }, b: { slug: string }): number => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

export function isDisagreement(p: PageSummary): boolean {
  return p.status === 'active' && p.engine !== undefined && p.verdictByAuthor && p.verdict !== p.engine.verdict;
}

export function isLowConfidence(p: PageSummary): boolean {
  return p.status === 'active' && p.engine !== undefined && !p.verdictByAuthor && p.engine.confidence < LOW_CONFIDENCE;
}

/** A page still waiting for an editor: active, and its verdict not yet decided or reviewed by one. */
export function awaitsReview(p: PageSummary): boolean {
  return p.status === 'active' && p.engine !== undefined && !p.verdictByAuthor;
}

/**
 * The review state after a build that created the pages `newSlugs`; `earlier`: the new claims the
 * previous state listed (readNewClaims), kept while they still await review.
 */
export function buildReviewState(pages: readonly PageSummary[], newSlugs: ReadonlySet<string>, earlier: ReadonlySet<string> = new Set()): ReviewState {
  const sorted = [...pages].sort(bySlug);
  return {
    version: 1,
    newClaims: sorted.filter((p) => (newSlugs.has(p.slug) || earlier.has(p.slug)) && awaitsReview(p)).map(entry),
    disagreements: sorted.filter(isDisagreement).map(entry),
    lowConfidence: sorted.filter(isLowConfidence).map(entry),
    retired: sorted.filter((p) => p.status === 'retired').map(entry),
  };
}

export function serializeReviewState(state: ReviewState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

/**
 * The slugs of the new claims a review state lists; none when there is no state or it cannot be
 * read (an edited or damaged file loses only this list: the next build starts it again).
 */
export function readNewClaims(text: string | null): Set<string> {
  if (text === null) return new Set();
  try {
    const state = JSON.parse(text) as Partial<ReviewState> | null;
    const list = Array.isArray(state?.newClaims) ? state.newClaims : [];
    return new Set(list.map((e) => (e && typeof e === 'object' ? (e as { slug?: unknown }).slug : undefined)).filter((s): s is string => typeof s === 'string'));
  } catch {
    return new Set();
  }
}
