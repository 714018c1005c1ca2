/**
 * ClaimReview JSON-LD from the site model, validated against the structured-data requirements
 * (the same schema the end-to-end suite applies to every built claim page).
 */
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../src/schema/article.ts';
import { claimSchema } from '../../../src/schema/claim.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { claimOrigin, claimReview, jsonLdText, speakerType } from '../../../src/site/claim-review.ts';
import { buildSiteModel } from '../../../src/site/model.ts';
import { claimReviewSchema } from '../../e2e/helpers/claim-review-schema.ts';

const article = (id: string, extra: Partial<ArticleRecord> = {}): ArticleRecord => ({
  id,
  file: `${id}.txt`,
  title: `Headline ${id}`,
  titleSentences: [],
  date: null,
  dateText: null,
  outlet: null,
  via: null,
  byline: null,
  credits: [],
  blocks: [],
  ...extra,
});

const HOSTILE_TITLE = 'Officials said </script><script>alert(1)</script> and <!-- a comment --> & more {process.exit(1)} \u2028 here';

function model() {
  return buildSiteModel(
    [
      {
        slug: 'hostile',
        data: claimSchema.parse({
          title: HOSTILE_TITLE,
          verdict: 'disputed',
          appearances: [
            { source: 'a', quote: HOSTILE_TITLE, sentence: 1, speaker: 'Dmitry Peskov', role: 'Kremlin spokesman', attribution: 'named', stance: 'asserts' },
            { source: 'a', quote: 'Again.', sentence: 2, speaker: null, attribution: 'none', stance: 'asserts' },
            { source: 'b', quote: 'Elsewhere.', sentence: 4, speaker: 'sources', attribution: 'anonymous', stance: 'reports', date: '2024-12-02' },
            { source: 'not-on-site', quote: 'Gone.', sentence: 1, speaker: null, attribution: 'none', stance: 'asserts' },
          ],
          engine: { verdict: 'disputed', confidence: 0.7 },
        }),
      },
      { slug: 'bare', data: claimSchema.parse({ title: 'Short claim', verdict: 'unattributed' }) },
    ],
    [article('a', { outlet: 'Reuters', date: '2024-11-11' }), article('b')],
  );
}

const options = (m: ReturnType<typeof model>) => ({ site: siteConfig, articles: m.articles, fallbackDate: '2025-01-01' });

describe('ClaimReview structured data', () => {
  it('meets the requirements for a claim with appearances and a named origin', () => {
    const m = model();
    const review = claimReview(m.bySlug.get('hostile')!, null, options(m));
    const parsed = claimReviewSchema.parse(review);
    expect(parsed.claimReviewed.length).toBeLessThan(75);
    expect(parsed.reviewRating).toMatchObject({ alternateName: 'Disputed', ratingValue: 1 });
    expect(parsed.url).toBe(`${siteConfig.baseUrl}/claims/hostile/`);
    expect(parsed.author.name).toBe(siteConfig.publisher.name);
    expect(parsed.datePublished).toBe('2024-12-02');
    // One CreativeWork per article on the site, with what is known about it.
    expect(parsed.itemReviewed.appearance).toEqual([
      { '@type': 'CreativeWork', url: `${siteConfig.baseUrl}/articles/a/`, headline: 'Headline a', datePublished: '2024-11-11', publisher: { '@type': 'Organization', name: 'Reuters' } },
      { '@type': 'CreativeWork', url: `${siteConfig.baseUrl}/articles/b/`, headline: 'Headline b', datePublished: '2024-12-02' },
    ]);
    expect(parsed.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Dmitry Peskov', jobTitle: 'Kremlin spokesman' });
    expect(parsed.itemReviewed.datePublished).toBe('2024-11-11');
  });

  it('meets the requirements for a hand-written claim with no appearances, dated by its review', () => {
    const m = model();
    const parsed = claimReviewSchema.parse(claimReview(m.bySlug.get('bare')!, '2024-12-05', options(m)));
    expect(parsed.itemReviewed.appearance).toBeUndefined();
    expect(parsed.itemReviewed.author).toBeUndefined();
    expect(parsed.datePublished).toBe('2024-12-05');
    expect(parsed.reviewRating.alternateName).toBe('Unattributed');
  });

  it('names the origin only from named speakers who state or report the claim', () => {
    const m = model();
    expect(claimOrigin(m.bySlug.get('hostile')!)).toEqual({ name: 'Dmitry Peskov', role: 'Kremlin spokesman' });
    expect(speakerType('the Kremlin', null)).toBe('Organization');
    expect(speakerType('White House', null)).toBe('Organization');
    expect(speakerType('Putin', null)).toBe('Person');
  });
});

describe('JSON-LD serialisation', () => {
  it('cannot close the script element or open a comment, and parses back to the same data', () => {
    const m = model();
    const review = claimReview(m.bySlug.get('hostile')!, null, options(m));
    const text = jsonLdText(review);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(text)).toEqual(review);
    expect((JSON.parse(text) as { itemReviewed: { name: string } }).itemReviewed.name).toBe(HOSTILE_TITLE);
  });
});
