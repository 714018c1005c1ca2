/**
 * Forms the thirty-third audit story (a school coach crashes on a motorway; tests/fixtures/
 * coachcrash) brought: a "he" after an unnamed person, a quotation that goes on into the next
 * sentence, a speaker's preamble ("I want to be absolutely clear: …"), claims going round on
 * social media, an operator's own statement, a "while …" tail, a correction of a number written
 * in words, and thanks listing people with what they did.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

const texts = (units: ReturnType<typeof seedUnits>) => rows(units).map((r) => r[0]);

describe('a “he” after a person the article does not name', () => {
  it('“The driver, 61, has worked for the company …. He was arrested …” is the driver, not the managing director quoted before', () => {
    const units = seedUnits(['Its managing director, Gareth Molloy, told the Sentinel: "He is an experienced professional."', 'The driver, 61, has worked for the company for 14 years.', 'He was arrested on suspicion of dangerous driving and later released on bail, Westmarch Police said.']);
    expect(texts(units)).toEqual(['He is an experienced professional', 'The driver, 61, has worked for the company for 14 years', 'He was arrested on suspicion of dangerous driving', 'He was later released on bail']);
  });

  it('a named subject still is whom the next “he” stands for', () => {
    const units = seedUnits(['Gareth Molloy has run the company since 2010.', 'He was appointed managing director in 2015.']);
    expect(texts(units)).toContain('Gareth Molloy was appointed managing director in 2015');
  });
});

describe('unnamed people by what they are', () => {
  it('“One mother said …” is an unnamed source, whose “she” is herself', () => {
    expect(rows(seedUnits(["One mother said she had learned of the crash from a friend's social media post."]))).toEqual([
      ["She had learned of the crash from a friend's social media post", 'one mother', 'anonymous', 'asserts'],
    ]);
  });
});

describe('a quotation that goes on into the next sentence', () => {
  it('its first sentence, past a preamble, is the speaker’s claim; its “he” is not the speaker', () => {
    const units = seedUnits(['Mr Molloy said: "I want to be absolutely clear: our driver had not exceeded his driving hours. He began his shift at 7.30am, and he took a 45-minute break in Dunmere."'], 'Pennant Travel');
    expect(rows(units)).toEqual([
      ['Our driver had not exceeded his driving hours', 'Molloy', 'named', 'asserts'],
      ['He began his shift at 7.30am', 'Molloy', 'named', 'asserts'],
      ['He took a 45-minute break in Dunmere', 'Molloy', 'named', 'asserts'],
    ]);
  });
});

describe('a speaker’s preamble', () => {
  it('“I want to reassure you first of all that A, and that B” states A and B', () => {
    expect(texts(seedUnits(['I want to reassure you first of all that every pupil has been accounted for, and that none of the injuries is life-threatening.'], 'Kestrel Vale Academy'))).toEqual(['Every pupil has been accounted for', 'None of the injuries is life-threatening']);
  });

  it('“To be clear, …” and “Let me be clear: …” go; the preamble alone is no claim', () => {
    expect(texts(seedUnits(['To be clear, our driver had not exceeded his driving hours.'], 'Pennant Travel'))).toEqual(['Our driver had not exceeded his driving hours']);
    expect(texts(seedUnits(['Let me be clear: the coach had passed its inspection.'], 'Pennant Travel'))).toEqual(['The coach had passed its inspection']);
    expect(texts(seedUnits(['I want to be absolutely clear.'], 'Pennant Travel'))).toEqual([]);
  });
});

describe('claims going round', () => {
  it('“We are aware of claims circulating on social media that …” reports them, from unnamed sources', () => {
    expect(rows(seedUnits(['We are aware of claims circulating on social media that our driver had exceeded his legal driving hours.'], 'Pennant Travel'))).toEqual([
      ['Our driver had exceeded his legal driving hours', 'social media', 'anonymous', 'reports'],
    ]);
  });
});

describe('an operator’s own statement', () => {
  it('a Source line naming a company by its trade (“Pennant Travel”, “Harlan Coaches”) speaks for itself', () => {
    for (const outlet of ['Pennant Travel', 'Harlan Coaches']) {
      expect(rows(seedUnits(['All our vehicles are fitted with speed limiters set at 100km/h.'], outlet))[0], outlet).toEqual(['All our vehicles are fitted with speed limiters set at 100km/h', outlet, 'named', 'asserts']);
    }
  });
});

describe('a claim for as long as something goes on', () => {
  it('“… have been suspended while the investigation continues” is a claim; “The investigation continues.” alone is not', () => {
    expect(texts(seedUnits(['All further trips with Pennant Travel have been suspended while the investigation continues.'], 'Kestrel Vale Academy'))).toEqual(['All further trips with Pennant Travel have been suspended while the investigation continues']);
    expect(texts(seedUnits(['The investigation continues.'], 'Kestrel Vale Academy'))).toEqual([]);
  });
});

describe('a correction of a number written in words', () => {
  it('“Eleven people were taken to hospital” is withdrawn by “An earlier version … said that 11 people …. This was incorrect.”', () => {
    const units = seedUnits(['Eleven people were taken to hospital in Hallowfield.', 'Update (13 March, 10.20am): An earlier version of this update said that 11 people had been taken to hospital. This was incorrect. Nine people were taken to hospital.'], 'Westmarch Police');
    expect(texts(units)).toEqual(['Nine people were taken to hospital']);
  });
});

describe('thanks to people, with what they did', () => {
  it('“I want to thank every firefighter …, and every resident who left when they were told to” is no claim about the residents', () => {
    expect(texts(seedUnits(['Fire Chief Dana Whitlock said: "I want to thank every firefighter on this line, and every resident who left when they were told to."']))).toEqual([]);
    expect(texts(seedUnits(['I would also like to thank the emergency services, the hospital staff in Hallowfield and Dunmere, and the drivers who stopped to help.'], 'Kestrel Vale Academy'))).toEqual([]);
  });
});
