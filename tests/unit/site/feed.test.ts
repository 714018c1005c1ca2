import { describe, expect, it } from 'vitest';
import { claimSchema } from '../../../src/schema/claim.ts';
import { FEED_QUOTES, FEED_SIZE, feedItemHtml, latestClaims } from '../../../src/site/feed.ts';
import { buildSiteModel, reasonsForVerdict, type ClaimView } from '../../../src/site/model.ts';
import { article } from './records.ts';

const claim = (title: string, lastDate: string | null): ClaimView => ({ title, lastDate }) as ClaimView;

describe('latestClaims', () => {
  it('puts the most recently reported claims first, undated ones last, equal dates by title', () => {
    const claims = [claim('b', '2024-11-11'), claim('undated', null), claim('c', '2024-12-02'), claim('a', '2024-11-11')];
    expect(latestClaims(claims).map((c) => c.title)).toEqual(['c', 'a', 'b', 'undated']);
  });

  it(`keeps the latest ${FEED_SIZE} of an archive's claims`, () => {
    const claims = Array.from({ length: 250 }, (_, i) => claim(`claim ${i}`, `2024-01-01`.replace('01-01', `${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`)));
    const feed = latestClaims(claims);
    expect(feed).toHaveLength(FEED_SIZE);
    const oldestKept = feed.at(-1)!.lastDate!;
    expect(claims.filter((c) => !feed.includes(c)).every((c) => c.lastDate! <= oldestKept)).toBe(true);
  });

  it('leaves the list it is given as it was', () => {
    const claims = [claim('old', '2020-01-01'), claim('new', '2024-01-01')];
    latestClaims(claims, 1);
    expect(claims.map((c) => c.title)).toEqual(['old', 'new']);
  });
});

describe('feedItemHtml', () => {
  const quoteOf = (i: number) => ['<script>alert(1)</script> & {process.exit(1)}', 'He called it “simply false” -- twice.', 'Third.', 'Fourth.'][i]!;
  const model = buildSiteModel(
    [
      {
        slug: 'the-call',
        data: claimSchema.parse({
          title: 'The call happened',
          verdict: 'disputed',
          reasons: ['Denied on record by Dmitry Peskov, Kremlin spokesman, in 1 of 4 articles.'],
          appearances: [0, 1, 2, 3].map((i) => ({
            source: `a${i}`,
            quote: quoteOf(i),
            sentence: 1,
            speaker: i === 1 ? 'Dmitry Peskov' : null,
            role: i === 1 ? 'Kremlin spokesman' : null,
            attribution: i === 1 ? 'named' : 'none',
            stance: 'asserts',
          })),
        }),
      },
    ],
    [0, 1, 2, 3].map((i) => article(`a${i}`, { date: '2024-12-02', outlet: 'The Daily' })),
  );
  const html = feedItemHtml(model.bySlug.get('the-call')!, 'https://example.org');
  /** The text a feed reader shows: markup dropped, character references decoded. */
  const text = html
    .replace(/<[^>]*>/g, '\n')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&amp;/g, '&');

  it('gives the verdict, its meaning and the reasons', () => {
    expect(html).toContain('<strong>Verdict: Disputed.</strong> Someone on record contradicts this claim.');
    expect(html).toContain('<li>Denied on record by Dmitry Peskov, Kremlin spokesman, in 1 of 4 articles.</li>');
  });

  it(`quotes the first ${FEED_QUOTES} appearances verbatim, with who said them, and links to the rest`, () => {
    const lines = text.split('\n').filter(Boolean);
    for (let i = 0; i < FEED_QUOTES; i++) expect(lines).toContain(quoteOf(i));
    expect(lines).not.toContain(quoteOf(3));
    expect(lines).toContain('— The Daily, Dmitry Peskov (Kremlin spokesman), 2 December 2024');
    expect(html).toContain('<a href="https://example.org/claims/the-call/">All 4 appearances and the notes</a>');
  });

  it('keeps markup in a quote as text', () => {
    expect(html).not.toContain('<script');
    expect(html).toContain('&#x3C;script>');
  });
});

describe('an editor’s verdict that differs from the engine’s', () => {
  const record = (verdict: string, engine: string) => ({
    slug: 'the-call',
    data: claimSchema.parse({
      title: 'The call happened',
      verdict,
      reasons: ['Denied on record by Dmitry Peskov, Kremlin spokesman, in 1 of 4 articles.'],
      appearances: [{ source: 'a0', quote: 'The call happened.', sentence: 1, speaker: null, role: null, attribution: 'none', stance: 'asserts' }],
      engine: { verdict: engine, confidence: 0.8 },
    }),
  });
  const viewOf = (verdict: string, engine: string) => buildSiteModel([record(verdict, engine)], [article('a0', { date: '2024-12-02' })]).bySlug.get('the-call')!;

  it('is not explained by the engine’s reasons: they are given as the engine’s, for its own suggestion', () => {
    const overridden = viewOf('unattributed', 'disputed');
    expect(reasonsForVerdict(overridden)).toEqual([]);
    expect(feedItemHtml(overridden, 'https://example.org')).toContain('Why the engine suggested Disputed (an editor set Unattributed):');
    const agreed = viewOf('disputed', 'disputed');
    expect(reasonsForVerdict(agreed)).toEqual(['Denied on record by Dmitry Peskov, Kremlin spokesman, in 1 of 4 articles.']);
    expect(feedItemHtml(agreed, 'https://example.org')).not.toContain('Why the engine suggested');
  });
});
