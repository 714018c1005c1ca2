import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { fastFrontmatter } from '../../../src/ingest/emit/claim-mdx.ts';
import { writtenLayoutPairs } from '../../../src/ingest/merge/written-layout.ts';
import { documentPairs } from '../../../src/ingest/merge/yaml-text.ts';

const text = fc.oneof(
  fc.constantFrom('', 'a', 'yes', '2024-12-02', 'a: b', '[]', '{}', '"q"', 'x #y', '- a', '12', 'null', '“Quoted,” he said.', 'a\nb'),
  fc.string({ maxLength: 12 }),
);
const scalar = fc.oneof(text, fc.integer(), fc.constantFrom(0.5, null, true, false));
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    { weight: 4, arbitrary: scalar },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('source', 'quote', 'slug', 'x'), tie('value'), { maxKeys: 3 }) },
  ),
})).value;
const frontmatter = fc.dictionary(
  fc.constantFrom('title', 'verdict', 'status', 'appearances', 'reasons', 'related', 'engine', 'reviewedBy', 'notes'),
  value,
  { minKeys: 1, maxKeys: 6 },
);
const KEYS = ['title', 'verdict', 'status', 'appearances', 'reasons', 'related', 'engine', 'reviewedBy', 'notes', 'absent'];

describe('pairs of frontmatter in the written layout', () => {
  it('are where the Document has them', () => {
    let compared = 0;
    fc.assert(
      fc.property(frontmatter, (fm) => {
        const yaml = fastFrontmatter(fm);
        if (yaml === null) return;
        compared++;
        const byLayout = writtenLayoutPairs(yaml);
        const byDocument = documentPairs(yaml, parseDocument(yaml));
        for (const key of KEYS) {
          expect(byLayout.extent(key)).toEqual(byDocument.extent(key));
          expect(byLayout.scalarRange(key)).toEqual(byDocument.scalarRange(key));
        }
      }),
      { numRuns: 3000 },
    );
    expect(compared).toBeGreaterThan(1000);
  });
});
