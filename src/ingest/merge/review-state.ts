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
  /** Pages created by the last build (npm run review lists every page awaiting review, marking these). */
  newClaims: ReviewEntry[];
  /** Active pages whose author-set verdict differs from the engine's current suggestion. */
  disagreements: ReviewEntry[];
  /** Active pages showing the engine's verdict with confidence below 0.6 (not yet decided by an author). */
  lowConfidence: ReviewEntry[];
  /** Pages no seed carries any more. */
  retired: ReviewEntry[];
  /** Active pages whose author-held title or body the build has generated anew since (engine.outdated). */
  outdated: Array<ReviewEntry & { items: string[] }>;
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

/** An active page with an author-held title or body the build has since generated anew. */
export function isOutdated(p: PageSummary): boolean {
  return p.status === 'active' && (p.outdated?.length ?? 0) > 0;
}

export function isLowConfidence(p: PageSummary): boolean {
  return p.status === 'active' && p.engine !== undefined && !p.verdictByAuthor && p.engine.confidence < LOW_CONFIDENCE;
}

/**
 * A page still waiting for an editor: active, generated, and its verdict not yet decided or
 * reviewed by one. Read from the page itself, so renaming it, losing the review state or a
 * colleague's fresh clone changes nothing.
 */
export function awaitsReview(p: PageSummary): boolean {
  return p.status === 'active' && p.engine !== undefined && !p.verdictByAuthor;
}

export function buildReviewState(pages: readonly PageSummary[], newSlugs: ReadonlySet<string>): ReviewState {
  const sorted = [...pages].sort(bySlug);
  return {
    version: 1,
    newClaims: sorted.filter((p) => newSlugs.has(p.slug)).map(entry),
    disagreements: sorted.filter(isDisagreement).map(entry),
    lowConfidence: sorted.filter(isLowConfidence).map(entry),
    retired: sorted.filter((p) => p.status === 'retired').map(entry),
    outdated: sorted.filter(isOutdated).map((p) => ({ ...entry(p), items: [...p.outdated!] })),
  };
}

export function serializeReviewState(state: ReviewState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

