import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { serializeFrontmatter } from '../../../src/ingest/emit/claim-mdx.ts';
import { readPage } from '../../../src/ingest/merge/read-page.ts';

const text = fc.oneof(
  fc.constantFrom('', 'Claim', 'yes', '2024-12-02', 'a: b', '“Quoted,” he said.', 'maybe', 'disputed', 'x'.repeat(170)),
  fc.string({ maxLength: 12 }),
);
const appearance = fc.record({
  source: text,
  quote: text,
  sentence: fc.oneof(fc.nat(), fc.constant(-1), fc.constant(0.5)),
  outlet: fc.option(text),
  date: fc.option(fc.constantFrom('2023-09-17', '2024-12-02')),
  speaker: fc.option(text),
  role: fc.option(text),
  attribution: fc.constantFrom('named', 'anonymous', 'none', 'bogus'),
  via: fc.option(text),
  stance: fc.constantFrom('asserts', 'reports', 'denies', 'declines', 'shrugs'),
});
const page = fc.record(
  {
    title: text,
    verdict: fc.constantFrom('disputed', 'confirmed', 'unattributed', 'maybe'),
    status: fc.constantFrom('active', 'retired', 'gone'),
    appearances: fc.array(appearance, { maxLength: 3 }),
    reasons: fc.array(text, { maxLength: 2 }),
    related: fc.array(fc.record({ slug: fc.constantFrom('a', 'b', 'nope'), relation: fc.constantFrom('disputes', 'related', 'x') }), { maxLength: 2 }),
    engine: fc.record({
      verdict: fc.constantFrom('disputed', 'confirmed', 'unattributed'),
      confidence: fc.constantFrom(0, 0.6, 1, 2),
      title: text,
      summaryHash: fc.stringMatching(/^[0-9a-f]{16}$/),
    }),
    reviewedBy: text,
  },
  { requiredKeys: ['title', 'verdict'] },
);

/** Everything readPage reports about a page, minus the Document. */
function facts(p: ReturnType<typeof readPage>): unknown {
  return { raw: p.raw, data: p.data, errors: p.errors.map(String), yaml: p.yaml, body: p.body };
}

describe('readPage on pages in the build’s layout', () => {
  it('reports what it reports when the frontmatter is parsed as a Document', () => {
    let fast = 0;
    fc.assert(
      fc.property(page, (fm) => {
        let yaml: string;
        try {
          yaml = serializeFrontmatter(fm);
        } catch {
          return;
        }
        const known = new Set(['a', 'b']);
        const asWritten = readPage('x.mdx', 'x', `---\n${yaml}---\n\nBody.\n`, { knownSlugs: known });
        // A comment at the end keeps the data and line numbers but leaves the build's layout.
        const commented = readPage('x.mdx', 'x', `---\n${yaml}# note\n---\n\nBody.\n`, { knownSlugs: known });
        if (asWritten.asWritten) fast++;
        expect(commented.asWritten).toBeFalsy();
        expect(facts(asWritten)).toEqual({ ...(facts(commented) as object), yaml });
      }),
      { numRuns: 1500 },
    );
    expect(fast).toBeGreaterThan(1000);
  });
});
