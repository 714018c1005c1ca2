import { describe, expect, it } from 'vitest';
import { negatedInOwnClause, withoutAppositives } from '../../../src/ingest/pipeline/article-claims.ts';
import { claimFeatures, learnAliases } from '../../../src/ingest/matching/features.ts';
import { tokenize } from '../../../src/ingest/nlp/tokens.ts';

const words = (text: string) => withoutAppositives(tokenize(text)).map((t) => t.text).join(' ');

describe('features leave out appositives', () => {
  it('", the reigning champion," after a name says again who she is, not what the claim says', () => {
    expect(words('Dara Velasquez, the reigning Continental 200 metres champion, has been suspended.')).toBe('Dara Velasquez has been suspended .');
    expect(words('The steakhouse, a family business since 1982, said its beef was safe.')).toBe('The steakhouse said its beef was safe .');
  });

  it('keeps what is no appositive: a clause between commas, a list, a phrase at the end', () => {
    for (const text of ['The report, the council said, was wrong.', 'They visited Paris, the Louvre and Rome.', 'The award went to Dara Velasquez, the reigning champion.']) {
      expect(words(text)).toBe(tokenize(text).map((t) => t.text).join(' '));
    }
  });
});

describe('a claim told with a second reported clause', () => {
  const features = (text: string) => claimFeatures(text, learnAliases([], []));
  const negated = (full: string) => negatedInOwnClause(features(full), full).negated;

  it('is not negated by the second clause’s “without”: what it tells happened', () => {
    expect(negated('bundles of ballot papers had been counted twice at Eastgate, and that a tray of postal ballots had been added to the totals without being checked')).toBe(false);
    // (Alone, "without" still negates for matching: "paid without cabinet approval" is no "paid with it".)
    expect(negated('the money was paid without cabinet approval')).toBe(true);
  });

  it('stays negated by a negation of its own, or by a second clause that negates what it tells', () => {
    expect(negated('the authority did not test the water, and that staff had worked without a permit')).toBe(true);
    expect(negated('the money was paid without approval, and that the board was told')).toBe(true);
    // "…, and that no aircraft already in the air had been affected": its words would read as told.
    expect(negated('the fault began at about 4:50 a.m., and that no aircraft already in the air had been affected without warning')).toBe(true);
  });
});
