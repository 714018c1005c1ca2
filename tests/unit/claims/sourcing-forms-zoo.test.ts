/**
 * Forms the thirty-fifth audit story (wolves escape from a regional zoo; tests/fixtures/zoo)
 * brought: visitors and keepers as unnamed sources, one by one and as a group at a named place,
 * and "the keeper said" with no keeper named.
 */
import { describe, expect, it } from 'vitest';
import { seedUnits } from './seed-units.ts';

const sources = (paragraphs: string[], outlet?: string) => seedUnits(paragraphs, outlet).map((u) => [u.attribution.speaker, u.attribution.kind]);

describe('people by what they are', () => {
  it('“One visitor said …”, “Keepers at Brackenfold Zoo said …” are unnamed sources, not the zoo on record', () => {
    expect(sources(['One visitor said a teenage girl had been injured near the café.', 'Keepers at Brackenfold Zoo said the lock on the service gate had been broken for weeks.'], 'The Daily Meridian')).toEqual([
      ['one visitor', 'anonymous'],
      ['keepers at Brackenfold Zoo', 'anonymous'],
    ]);
  });

  it('“…, the keeper said” with no keeper named is one person unnamed; an office of more than one word, or a company’s kind, stays on record', () => {
    expect(sources(['Only six keepers were on duty at Brackenfold Zoo, the keeper said.'])).toEqual([['the keeper', 'anonymous']]);
    expect(sources(['Only six keepers were on duty, the injured visitor said.'])).toEqual([['the injured visitor', 'anonymous']]);
    expect(sources(['Turnout was 38.6 per cent, the returning officer said.'])[0]![1]).toBe('named');
    expect(sources(['Sailings would resume on Monday, the port operator said.'])[0]![1]).toBe('named');
  });
});
