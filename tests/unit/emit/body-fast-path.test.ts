import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { serializeBody, summaryToMdast } from '../../../src/ingest/emit/claim-mdx.ts';
import { isInertProse, renderSummaryBody } from '../../../src/ingest/merge/render-body.ts';

/** The serialiser's own rendering of a summary, as renderSummaryBody did before its fast path. */
const slow = (paragraphs: string[]): string => {
  const ps = paragraphs.map((p) => p.trim()).filter((p) => p !== '');
  return ps.length === 0 ? '' : `\n${serializeBody(summaryToMdast(ps))}`;
};

const chars = fc.constantFrom(
  ...'abcxyzABCXYZ0129 ,.;:\'’‘“”"()?/%$–—_-éÜß記事ـ'.split(''),
  'import', 'export', 'i', 'e', '__', ' _', '_ ', '*', '<', '{', '[', ']', '!', '#', '&', '|', '~', '`', '\\', '>', '=', '+', '\t', '\u00a0',
);
const paragraph = fc.array(chars, { maxLength: 25 }).map((cs) => cs.join(''));

describe('summary bodies: inert prose is written as it is', () => {
  it('matches the serialiser whenever the fast path applies', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 3 }), (ps) => {
        if (ps.map((p) => p.trim()).filter((p) => p !== '').every(isInertProse)) taken++;
        expect(renderSummaryBody(ps)).toBe(slow(ps));
      }),
      { numRuns: 5000 },
    );
    expect(taken).toBeGreaterThan(200);
  });

  it('covers real summaries', () => {
    const summary = [
      'Unattributed: nobody on record stands behind this claim; it rests on anonymous or vague sourcing or on one outlet alone. Stated by one outlet only (article 00019_bda23262), with no source given. No source on record contradicts it.',
      'The claim appears in 1 article from 1 source, attributed to Dmitry Peskov, Kremlin spokesman.',
    ];
    expect(summary.every(isInertProse)).toBe(true);
    expect(renderSummaryBody(summary)).toBe(slow(summary));
  });
});
