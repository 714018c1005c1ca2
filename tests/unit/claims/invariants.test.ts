import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/ingest/claims/extract.ts';
import { sentences } from './article.ts';

const subjects = ['The mayor', 'Officials', 'Police spokesman Omar Haddad', 'He', 'The Northern Gazette', 'According to the paper,', 'Sources close to the club', '“We will appeal,”', 'The company'];
const verbs = ['said', 'denied', 'told reporters that', 'declined to comment on', 'reported that', 'insisted', 'rejected claims that', 'branded the report “false”,', ''];
const contents = [
  'the council had approved the plan',
  'there was no such meeting',
  'a report that the coach met the owner and signed a contract',
  'the plan, including the new bridge, would cost $3 million, according to the ministry',
  '“it is completely untrue”',
  'prices rose sharply in the north, and the government faces hard choices',
];

describe('invariants on generated sentences', () => {
  it('never throws and keeps the unit shape', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...subjects), fc.constantFrom(...verbs), fc.constantFrom(...contents)), { minLength: 1, maxLength: 6 }),
        (parts) => {
          const ss = sentences(parts.map(([s, v, c]) => `${s} ${v} ${c}.`.replace(/\s+/g, ' ')));
          const units = extractClaims(ss);
          for (const u of units) {
            expect(u.text.length).toBeGreaterThan(0);
            expect(u.text.length).toBeLessThanOrEqual(120);
            expect(u.text).toBe(u.text.trim());
            expect(u.text).not.toMatch(/[.,;:]$/);
            expect(u.quote).toBe(ss[u.sentence]!.text);
            if (u.attribution.kind === 'none') expect(u.attribution.speaker).toBeNull();
            if (u.stance === 'denies') expect(u.denial).toBeDefined();
            else expect(u.denial).toBeUndefined();
          }
          expect(extractClaims(ss)).toEqual(units);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('handles an empty article', () => {
    expect(extractClaims([])).toEqual([]);
  });
});
