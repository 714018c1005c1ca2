/** The review state's list of new claims: read back tolerantly, kept while the claims await review. */
import { describe, expect, it } from 'vitest';
import type { PageSummary } from '../../../src/ingest/merge/merge-page.ts';
import { awaitsReview, buildReviewState, readNewClaims } from '../../../src/ingest/merge/review-state.ts';

const page = (slug: string, over: Partial<PageSummary> = {}): PageSummary => ({
  slug,
  title: slug,
  verdict: 'confirmed',
  status: 'active',
  engine: { verdict: 'confirmed', confidence: 0.9 },
  verdictByAuthor: false,
  ...over,
});

describe('new claims in the review state', () => {
  it('reads the slugs a state lists, and nothing from a missing, damaged or odd one', () => {
    expect(readNewClaims(JSON.stringify({ version: 1, newClaims: [{ slug: 'a' }, { slug: 'b', title: 'B' }] }))).toEqual(new Set(['a', 'b']));
    expect(readNewClaims(null)).toEqual(new Set());
    expect(readNewClaims('{bad')).toEqual(new Set());
    expect(readNewClaims('null')).toEqual(new Set());
    expect(readNewClaims(JSON.stringify({ newClaims: 'a' }))).toEqual(new Set());
    expect(readNewClaims(JSON.stringify({ newClaims: [null, 3, { slug: 7 }, { slug: 'ok' }] }))).toEqual(new Set(['ok']));
  });

  it('lists this build\'s and earlier new claims that still await review, by slug', () => {
    const pages: PageSummary[] = [
      page('c-new'),
      page('b-earlier'),
      page('a-reviewed', { verdictByAuthor: true }),
      page('d-retired', { status: 'retired' }),
      { slug: 'e-hand-written', title: 'Hand', verdict: 'disputed', status: 'active', verdictByAuthor: true }, // no engine block
      page('f-old'),
    ];
    const state = buildReviewState(pages, new Set(['c-new', 'e-hand-written']), new Set(['b-earlier', 'a-reviewed', 'd-retired', 'gone']));
    expect(state.newClaims.map((e) => e.slug)).toEqual(['b-earlier', 'c-new']);
    expect(pages.filter(awaitsReview).map((p) => p.slug)).toEqual(['c-new', 'b-earlier', 'f-old']);
  });
});
