import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { splitPage } from '../../../src/ingest/merge/yaml-text.ts';
import { editPage, fixtureClaims, readPageText, run, slugsOf, tempContent } from './helpers.ts';

const KREMLIN = 'the-kremlin-denied-plans-to-mobilise-reservists';
const fm = (text: string): Record<string, unknown> => parseDocument(splitPage(text)!.yaml).toJS();

describe('a claim no longer found', () => {
  it('keeps the page with status: retired and the author edits, then un-retires it byte for byte', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    editPage(content, KREMLIN, /^verdict: disputed$/m, 'verdict: confirmed\nreviewedBy: Jane # ok');
    editPage(content, KREMLIN, /\nDisputed:/, '\nEditor: Disputed:');
    run(content, fixtureClaims());
    const before = readPageText(content, KREMLIN);

    const without = fixtureClaims().slice(1);
    const r = run(content, without);
    const retired = readPageText(content, KREMLIN);
    expect(fm(retired)['status']).toBe('retired');
    expect(retired).toContain('reviewedBy: Jane # ok');
    expect(retired).toContain('\nEditor: Disputed:');
    expect(r.report.retired.map((e) => e.slug)).toEqual([KREMLIN]);
    // The relation to the retired claim is gone from the other page (engine-owned), the page stays.
    expect(fm(readPageText(content, 'moscow-plans-to-mobilise-reservists'))['related']).toEqual([]);
    expect(slugsOf(content)).toContain(KREMLIN);
    // Retired pages are not in the disagreement list.
    expect(r.report.disagreements).toEqual([]);

    // Stable while retired.
    for (let i = 0; i < 3; i++) run(content, without);
    expect(readPageText(content, KREMLIN)).toBe(retired);

    // Back again: status removed, the page is exactly as before retirement.
    const back = run(content, fixtureClaims());
    expect(readPageText(content, KREMLIN)).toBe(before);
    expect(back.report.retired).toEqual([]);
    expect(back.report.newClaims).toEqual([]);
  });

  it('gives a new claim whose slug is taken by a retired page a fresh slug', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    run(content, fixtureClaims().slice(1));
    const other = fixtureClaims()[0]!;
    other.appearances = [{ ...other.appearances[0]!, source: '050_other', quote: 'An unrelated sentence about weather.', sentence: 1 }];
    other.title = 'The Kremlin denied plans to mobilise reservists';
    const r = run(content, [...fixtureClaims().slice(1), other]);
    // Title-only fallback would match the retired page: same title → same claim, un-retired.
    expect(r.report.newClaims).toEqual([]);
    // A truly different claim with a colliding slug gets a suffix.
    const distinct = { ...other, title: 'Something else entirely', slug: KREMLIN };
    distinct.appearances = [{ ...other.appearances[0]!, source: '060_x', quote: 'Nothing in common here.', sentence: 3 }];
    const r2 = run(content, [...fixtureClaims().slice(1), other, distinct]);
    expect(r2.report.newClaims.map((e) => e.slug)).toEqual([`${KREMLIN}-1`]);
  });
});
