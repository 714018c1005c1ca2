import { describe, expect, it } from 'vitest';
import { FEED_SIZE, latestClaims } from '../../../src/site/feed.ts';
import type { ClaimView } from '../../../src/site/model.ts';

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
