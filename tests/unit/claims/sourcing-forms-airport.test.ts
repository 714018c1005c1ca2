/**
 * Forms the thirty-second audit story (drones shut an airport; tests/fixtures/airport) brought:
 * an FAQ asker's case before the question, and an update's correction labelled with its date and
 * time in brackets.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

describe('an FAQ asker’s case', () => {
  it('“My flight was cancelled. What should I do?” is a question and its case: no claim; the answer is', () => {
    expect(rows(seedUnits(['My flight was cancelled. What should I do?', 'Please contact your airline directly. Airlines are responsible for rebooking, refunds and hotel accommodation.'], 'Harwick Airport'))).toEqual([
      ['Airlines are responsible for rebooking, refunds and hotel accommodation', 'Harwick Airport', 'named', 'asserts'],
    ]);
  });

  it('a statement of the speaker’s own with a question after it, or one alone, stays a claim', () => {
    expect(rows(seedUnits(['My flight was cancelled.'], 'Harwick Airport'))).toHaveLength(1);
    expect(rows(seedUnits(['My flight was cancelled. I waited six hours. Who will pay?'], 'Harwick Airport')).map((r) => r[0])).toContain('My flight was cancelled');
  });
});

describe('a correction labelled with its date and time', () => {
  it('“Update (7 March, 2.15pm): An earlier version of this update said that three people had been arrested. This was incorrect.” withdraws, and tells nothing', () => {
    const units = seedUnits(['Three people have been arrested on suspicion of endangering the safety of an aircraft.', 'Update (7 March, 2.15pm): An earlier version of this update said that three people had been arrested. This was incorrect. Two men were arrested and remain in custody.'], 'Eastshire Police');
    expect(rows(units).map((r) => r[0])).toEqual(['Two men were arrested and remain in custody']);
  });
});

describe('a body’s FAQ after a person it quoted', () => {
  it('“Has anyone been arrested?” / “… we are unable to comment …”: the body answers, not the chief executive quoted above', () => {
    const units = seedUnits(['Claire Okafor, chief executive of Harwick Airport, said: “Our teams worked closely with the police throughout the evening.”', 'Has anyone been arrested?', 'This is a matter for Eastshire Police, and we are unable to comment on an ongoing investigation.'], 'Harwick Airport');
    expect(rows(units).map((r) => r[1])).toEqual(['Claire Okafor', 'Harwick Airport']);
    // (With no question between, the "we" after her words is still hers, as before.)
    const after = seedUnits(['Claire Okafor, chief executive of Harwick Airport, said: “Our teams worked closely with the police throughout the evening.”', 'We are unable to comment on an ongoing investigation.'], 'Harwick Airport');
    expect(rows(after).map((r) => r[1])).toEqual(['Claire Okafor', 'Claire Okafor']);
  });
});

describe('unnamed people described with a participle after a preposition', () => {
  it('“Passengers on diverted flights said …”, “Residents in flooded homes said …” are unnamed sources', () => {
    expect(rows(seedUnits(['Passengers on diverted flights said they had been told by Skylark Airways to make their own way back to Harwick from Norbridge, more than 60 miles away.', 'Residents in flooded homes said the council had not come.']))).toEqual([
      ['Passengers had been told by Skylark Airways to make their own way back to Harwick from Norbridge', 'passengers on diverted flights', 'anonymous', 'asserts'],
      ['The council had not come', 'residents in flooded homes', 'anonymous', 'asserts'],
    ]);
  });
});

describe('a decline in the first person, told of its speaker', () => {
  it('“we are unable to comment” is “Harwick Airport is unable to comment”; a plural speaker keeps its verb', () => {
    expect(rows(seedUnits(['We are unable to comment on an ongoing investigation.', 'We have no comment on the review.', 'The unions are unable to comment on the talks.'], 'Harwick Airport')).map((r) => r[0])).toEqual([
      'Harwick Airport is unable to comment on an ongoing investigation',
      'Harwick Airport has no comment on the review',
      'The unions are unable to comment on the talks',
    ]);
  });
});

describe('an outlet named with its edition', () => {
  it('“This morning’s Daily Courier says …” relays the Courier, as “The Daily Courier says …” does; “Sunday’s Gazette” is the Gazette', () => {
    const units = seedUnits(['The Daily Courier reported on Saturday that the runway was closed.', 'This morning’s Daily Courier says the detection system was switched off for maintenance.', 'Sunday’s Gazette reported that the mayor had resigned.'], 'Eastshire Today');
    expect(rows(units).slice(1)).toEqual([
      ['The detection system was switched off for maintenance', null, 'none', 'reports'],
      ['The mayor had resigned', 'Gazette', 'named', 'asserts'],
    ]);
    expect(units[1]!.attribution.via).toBe('The Daily Courier');
  });
});
