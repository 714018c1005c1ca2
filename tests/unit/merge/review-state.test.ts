/** The review state: which pages a build created; which pages await an editor. */
import { describe, expect, it } from 'vitest';
import type { PageSummary } from '../../../src/ingest/merge/merge-page.ts';
import { awaitsReview, buildReviewState } from '../../../src/ingest/merge/review-state.ts';

const page = (slug: string, over: Partial<PageSummary> = {}): PageSummary => ({
  slug,
  title: slug,
  verdict: 'confirmed',
  status: 'active',
  engine: { verdict: 'confirmed', confidence: 0.9 },
  verdictByAuthor: false,
  ...over,
});

describe('the review state', () => {
  it('lists the pages this build created as new, and which pages await review', () => {
    const pages: PageSummary[] = [
      page('c-new'),
      page('b-earlier'),
      page('a-reviewed', { verdictByAuthor: true }),
      page('d-retired', { status: 'retired' }),
      { slug: 'e-hand-written', title: 'Hand', verdict: 'disputed', status: 'active', verdictByAuthor: true }, // no engine block
    ];
    const state = buildReviewState(pages, new Set(['c-new', 'e-hand-written']));
    expect(state.newClaims.map((e) => e.slug)).toEqual(['c-new', 'e-hand-written']);
    expect(state.retired.map((e) => e.slug)).toEqual(['d-retired']);
    expect(pages.filter(awaitsReview).map((p) => p.slug)).toEqual(['c-new', 'b-earlier']);
  });
});
