/**
 * A unit's hints (src/ingest/verdicts/unit-hints.ts): which of the date, time and state rules can
 * read something in it, worked out once with its features so that every later run asks each rule
 * only about those units — and finds the very same conflicts.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unitHints, type HintedUnit } from '../../../src/ingest/verdicts/unit-hints.ts';
import { HINT_DATE, HINT_STATE, HINT_TIME } from '../../../src/ingest/verdicts/hint-bits.ts';
import { claimFeatures, learnAliases } from '../../../src/ingest/matching/features.ts';
import { seedRecord } from '../../../src/ingest/pipeline/analyse-seed.ts';
import { articleClaims, claimsFromFeatures, corpusAliases, featureArticle, type FeaturedArticle } from '../../../src/ingest/pipeline/build-claims.ts';
import type { Attribution, Stance } from '../../../src/ingest/types.ts';

const named: Attribution = { kind: 'named', speaker: 'Ailsa Brand', role: 'harbour master', via: null };
const unit = (text: string, stance: Stance = 'asserts', attribution: Attribution = named, quote = text): HintedUnit => ({
  text,
  quote,
  stance,
  attribution,
  features: claimFeatures(text, learnAliases([], [])),
});

describe('the hints of one unit', () => {
  it('sets the bit of each rule that reads something in it', () => {
    expect(unitHints(unit('The harbour board first learned of the fault on 12 August'), '2025-09-01')).toBe(HINT_DATE);
    expect(unitHints(unit('The ferry ran aground at about 6.40 a.m.'), '2025-09-01') & HINT_TIME).toBe(HINT_TIME);
    expect(unitHints(unit('The ship’s radar was working'), '2025-09-01')).toBe(HINT_STATE);
  });

  it('sets none for a unit no rule reads anything in', () => {
    expect(unitHints(unit('Passengers were taken ashore by lifeboat'), '2025-09-01')).toBe(0);
  });

  it('sets none for a denial or a refusal, which the rules never read', () => {
    expect(unitHints(unit('The ship’s radar was working', 'denies'), '2025-09-01')).toBe(0);
    expect(unitHints(unit('The ship’s radar was working', 'declines'), '2025-09-01')).toBe(0);
  });

  it('sees a date without a year when the article gives none', () => {
    expect(unitHints(unit('The harbour board first learned of the fault on 12 August'), null)).toBe(HINT_DATE);
  });
});

/** The ferry story (tests/fixtures/ferry) holds disputes of all three kinds. */
function ferry(): FeaturedArticle[] {
  const dir = join(import.meta.dirname, '../../fixtures/ferry/seeds');
  const claims = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const r = seedRecord({ file, id: file.replace(/\.txt$/, ''), text: readFileSync(join(dir, file), 'utf8') })!;
      return articleClaims(r.article, r.sentences);
    });
  const aliases = corpusAliases(claims);
  return claims.map((a) => featureArticle(a, aliases));
}

const withHints = (articles: readonly FeaturedArticle[], hints: number): FeaturedArticle[] => articles.map((a) => ({ ...a, units: a.units.map((u) => ({ ...u, hints })) }));
const conflicts = (claims: ReturnType<typeof claimsFromFeatures>, kind: string): number => claims.flatMap((c) => c.reasons).filter((r) => r.startsWith(`Sources disagree on ${kind}`)).length;

describe('a story’s claims, with the hints its units were featured with', () => {
  const featured = ferry();
  const claims = claimsFromFeatures(featured);

  it('are the claims every rule finds reading every unit', () => {
    expect(featured.some((a) => a.units.some((u) => u.hints !== 0))).toBe(true);
    expect(claims).toEqual(claimsFromFeatures(withHints(featured, HINT_DATE | HINT_TIME | HINT_STATE)));
  });

  it('hold date, time and state conflicts, which units without hints would not show', () => {
    for (const kind of ['a date', 'a time', 'its state']) expect(conflicts(claims, kind), kind).toBeGreaterThan(0);
    const unhinted = claimsFromFeatures(withHints(featured, 0));
    for (const kind of ['a date', 'a time', 'its state']) expect(conflicts(unhinted, kind), kind).toBe(0);
  });
});
