/**
 * The exact figures the matcher compares (src/ingest/matching/figure-keys.ts).
 */
import { describe, expect, it } from 'vitest';
import { figureKeys } from '../../../src/ingest/matching/figure-keys.ts';
import { figuresIn } from '../../../src/ingest/verdicts/figures.ts';

const keys = (text: string): string[] | undefined => figureKeys(figuresIn(text));

describe('figure keys', () => {
  it('are the exact counts a telling gives, by value and thing counted, in words or digits', () => {
    expect(keys('The vessel was carrying 212 passengers and 19 crew.')).toEqual(['19 crew', '212 passenger']);
    expect(keys('Fourteen people were treated for injuries.')).toEqual(keys('A ferry ran aground, injuring 14 people.'));
    expect(keys('Turnout was 38.6 per cent.')).toEqual(['38.6 percent']);
  });

  it('leave out ranges, small counts, ages and spans of time', () => {
    expect(keys('There were more than 250 passengers on that boat.')).toBeUndefined();
    expect(keys('Three remain in hospital and 2 were discharged.')).toBeUndefined();
    expect(keys('A 47-year-old woman was interviewed under caution.')).toBeUndefined();
    expect(keys('Companies must report a breach within 72 hours, or 14 days in some cases.')).toBeUndefined();
  });
});
