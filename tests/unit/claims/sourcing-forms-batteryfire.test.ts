/**
 * Forms the thirty-first audit story (a battery plant fire; tests/fixtures/batteryfire) brought:
 * a denial apposed in the active voice, an updates page withdrawing its own figure and giving
 * the right one, outrage and deflection that state nothing.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';
import { skipReason } from '../../../src/ingest/claims/candidates.ts';

describe('a denial apposed to what it denies', () => {
  it('“…, a claim the company denies.” (and “a claim Cellvance strongly denies”) is the denier’s, and no part of the claim', () => {
    expect(rows(seedUnits(['Sources close to the company said managers had been warned last autumn that the yard was overloaded, a claim the company denies.']))).toEqual([
      ['Managers had been warned last autumn that the yard was overloaded', 'sources close to the company', 'anonymous', 'asserts'],
      ['The company denies that managers had been warned last autumn that the yard was overloaded', 'the company', 'named', 'denies'],
    ]);
    expect(rows(seedUnits(['The yard was overloaded last autumn, a claim Cellvance strongly denies.']))).toEqual([
      ['The yard was overloaded last autumn', null, 'none', 'asserts'],
      ['Cellvance denies that the yard was overloaded last autumn', 'Cellvance', 'named', 'denies'],
    ]);
  });

  it('not a claim someone makes, nor one that goes on after the verb', () => {
    // ("a claim they deny": whom "they" are, the sentence does not say.)
    expect(rows(seedUnits(['The yard was overloaded, a claim they deny.'])).some((r) => r[3] === 'denies' && r[1] === 'they')).toBe(false);
    expect(rows(seedUnits(['The yard was overloaded, a claim the company denies in a statement to shareholders.'])).map((r) => r[0])).not.toContain('The company denies that the yard was overloaded');
  });
});

describe('an updates page correcting itself', () => {
  const update = 'Update: In our update at 06:30 on Tuesday we said about 400 people had been evacuated. The correct figure is 260 people from 112 homes. We apologise for the error.';

  it('withdraws its earlier words (and the entry that told them) and tells them again with the right figure', () => {
    expect(rows(seedUnits([update, 'About 400 people have been evacuated from homes near the site.']))).toEqual([['260 people had been evacuated', null, 'none', 'asserts']]);
  });

  it('“The correct figure …” with no figure withdrawn to put it in stays as written', () => {
    expect(rows(seedUnits(['In our earlier update we said the school was closed. The correct figure is 260 pupils. We apologise for the error.'])).map((r) => r[0])).toEqual(['The correct figure is 260 pupils']);
  });
});

describe('what states nothing', () => {
  it('outrage, a right to feel, a hard week, a deflection', () => {
    const units = rows(seedUnits(['“It’s a disgrace that a plant like this was ever allowed so close to homes,” she said.', '“Parents have every right to be furious,” Cllr Vale said.', 'A: That is a matter for the fire service. We alerted the emergency services at once.']));
    expect(units.map((r) => r[0])).toEqual(['We alerted the emergency services at once']);
    // (Per clause: "Pay is a matter for the employer and the union, and the Government will not intervene" keeps its second.)
    expect(rows(seedUnits(['Pay is a matter for the employer and the union, and the Government will not intervene in those negotiations, the minister said.'])).map((r) => r[0])).toEqual(['The Government will not intervene in those negotiations']);
  });
});

describe('a table', () => {
  it('a row of names and readings is no claim; a timeline’s row with a verb is', () => {
    expect(skipReason({ text: 'AQ2       |   Moor Lane                     |   0.7 km               |   64                   |   Tue 03:00', kind: 'paragraph' })).toBe('label');
    expect(skipReason({ text: 'Sun 12 Oct, 19:05  |  Duty officer calls Wyredale District Council  |  Quay Street barrier', kind: 'paragraph' })).toBeNull();
  });
});

describe('a body’s Q&A with its managing director', () => {
  const page = ['Cellvance Recycling Ltd today responds to reports about the fire.', 'Q&A with Neil Ambrose, Managing Director', 'Q: Were you warned about the amount of batteries you were storing?', 'A: No. That is categorically untrue. The system was tested on 2 February.'];

  it('answers are his, on record; the “No.” is the body’s denial of what was put to it, once', () => {
    const units = seedUnits(page, 'Cellvance Recycling Ltd');
    expect(units.find((u) => u.text === 'The system was tested on 2 February')?.attribution.speaker).toBe('Neil Ambrose');
    const denials = units.filter((u) => u.stance === 'denies');
    expect(denials.map((u) => [u.text, u.attribution.speaker])).toEqual([['Cellvance Recycling Ltd was not warned about the amount of batteries it was storing', 'Cellvance Recycling Ltd']]);
    // (The heading is no claim.)
    expect(units.some((u) => u.text.startsWith('Q&A'))).toBe(false);
  });
});

