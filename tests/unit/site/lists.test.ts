import { describe, expect, it } from 'vitest';
import { mostClaims, mostFrequent } from '../../../src/site/lists.ts';

const speaker = (name: string, claims: number) => ({ name, claims: Array.from({ length: claims }, (_, i) => i) });

describe('mostClaims', () => {
  const list = [speaker('Ada', 1), speaker('Bo', 5), speaker('Cy', 3), speaker('Di', 5), speaker('Ed', 2)];

  it('keeps the items with the most claims, in the order of the list', () => {
    expect(mostClaims(list, 3).map((s) => s.name)).toEqual(['Bo', 'Cy', 'Di']);
  });

  it('breaks ties by position: the earlier item stays', () => {
    expect(mostClaims(list, 1).map((s) => s.name)).toEqual(['Bo']);
  });

  it('keeps a list that fits as it is', () => {
    expect(mostClaims(list, 5).map((s) => s.name)).toEqual(['Ada', 'Bo', 'Cy', 'Di', 'Ed']);
    expect(mostClaims([], 3)).toEqual([]);
  });
});

describe('mostFrequent', () => {
  it('picks the key counted most, the first counted on a tie, nothing from nothing', () => {
    expect(mostFrequent(new Map([['US', 1], ['U.S.', 3], ['us', 3]]))).toBe('U.S.');
    expect(mostFrequent(new Map<string, number>())).toBeUndefined();
  });
});
