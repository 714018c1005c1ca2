/**
 * Numbers for lists (src/ingest/matching/list-ids.ts) and feature identities
 * (feature-ids.ts): equal lists, equal numbers; different lists, different numbers.
 */
import { describe, expect, it } from 'vitest';
import { ListIds } from '../../../src/ingest/matching/list-ids.ts';
import { FeatureIds } from '../../../src/ingest/matching/feature-ids.ts';
import type { ClaimFeatures } from '../../../src/ingest/matching/features.ts';

describe('ListIds', () => {
  it('numbers lists as a map keyed by the joined list would, first come first numbered', () => {
    // Deterministic pseudo-random lists over a small vocabulary: many repeats, many near-misses.
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const words = ['a', 'b', 'c', 'dd', 'e', '', 'a b', 'ab'];
    const lists = Array.from({ length: 3000 }, () => Array.from({ length: next() % 5 }, () => words[next() % words.length]!));
    const ids = new ListIds();
    const reference = new Map<string, number>();
    for (const list of lists) {
      const key = JSON.stringify(list);
      if (!reference.has(key)) reference.set(key, reference.size);
      expect(ids.id(list)).toBe(reference.get(key));
    }
    expect(ids.lists.length).toBe(reference.size);
  });

  it('tells apart lists that only differ in order, length or in where strings split', () => {
    const ids = new ListIds();
    const numbers = [['a', 'b'], ['b', 'a'], ['a'], ['ab'], ['a', 'b', ''], []].map((l) => ids.id(l));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(ids.id(['b', 'a'])).toBe(numbers[1]);
  });
});

describe('ListIds at scale', () => {
  it('gives 400,000 different lists 400,000 numbers, the same again when asked again', () => {
    // A list's 32-bit hash picks its bucket: this many lists share some buckets (about 19 pairs are
    // expected to), and lists that share one must still get numbers of their own.
    const ids = new ListIds();
    const list = new Int32Array(3);
    const numberOf = (i: number): number => {
      list[0] = i % 1000;
      list[1] = Math.floor(i / 1000);
      list[2] = i % 7;
      return ids.idOfNumbers(list);
    };
    let wrong = 0;
    for (let i = 0; i < 400_000; i++) if (numberOf(i) !== i) wrong++;
    for (let i = 0; i < 400_000; i += 7) if (numberOf(i) !== i) wrong++;
    expect(wrong).toBe(0);
    expect(ids.lists.length).toBe(400_000);
  });

  it('numbers lists longer than its scratch space', () => {
    const ids = new ListIds();
    const long = Array.from({ length: 150 }, (_, i) => `w${i}`);
    const id = ids.id(long);
    expect(ids.id([...long])).toBe(id);
    expect(ids.id(long.slice(1))).not.toBe(id);
    expect(ids.lists[id]).toHaveLength(150);
  });
});

describe('FeatureIds', () => {
  const f = (terms: string[], participants: string[] = [], negated = false, modal = false, predicates: string[] = []): ClaimFeatures => ({
    terms,
    participants,
    negated,
    modal,
    predicates,
  });

  it('gives equal feature sets one identity, whatever their predicates', () => {
    const ids = new FeatureIds();
    expect(ids.identity(f(['w:x'], ['p'], false, false, ['w:go']))).toBe(ids.identity(f(['w:x'], ['p'])));
  });

  it('separates polarity, modality, people and terms', () => {
    const ids = new FeatureIds();
    const all = [f(['w:x']), f(['w:x'], [], true), f(['w:x'], [], false, true), f(['w:x'], ['p']), f(['w:y']), f([], ['w:x'])];
    expect(new Set(all.map((x) => ids.identity(x))).size).toBe(all.length);
  });
});
