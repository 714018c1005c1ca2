import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, sameJson } from '../../../src/ingest/merge/json-equal.ts';

const leaf = fc.oneof(
  fc.constantFrom(null, true, false, 0, -0, 1, 0.5, NaN, Infinity, undefined, '', 'a', '1', 'null', '2024-12-02'),
  fc.constantFrom(new Date('2024-12-02T00:00:00Z')),
  fc.string({ maxLength: 3 }),
  fc.integer({ min: -2, max: 2 }),
);
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    { weight: 4, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 }) },
  ),
})).value;

describe('sameJson', () => {
  it('agrees with comparing canonical JSON', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
        expect(sameJson(a, structuredClone(a))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('ignores key order and tells values apart', () => {
    expect(sameJson({ a: 1, b: [{ c: 'x' }] }, { b: [{ c: 'x' }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameJson({ a: null }, {})).toBe(false);
    expect(sameJson({ a: undefined }, {})).toBe(true);
    expect(sameJson([NaN], [null])).toBe(true);
  });
});
