/**
 * Who speaks, and what is no claim, in a road bridge's closure (the twenty-seventh story): a
 * speaker whose office opens with a participle ("Managing director Simon Reyes said"), unnamed
 * people placed by a named body ("several people at County Hall"), a three-word rejection
 * ("Pryce rejected that."), a figure told as a correction ("nine cracks, not 14"), and a radio
 * breakfast show's time check and host's lines.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

describe('who speaks', () => {
  it('an office that opens with a participle comes before the name: “Managing director Simon Reyes said …”, “Acting chief constable …”', () => {
    expect(rows(seedUnits(['Managing director Simon Reyes said the company had written to the council on 3 March.']))).toEqual([
      ['The company had written to the council on 3 March', 'Simon Reyes', 'named', 'asserts'],
    ]);
    expect(rows(seedUnits(['Acting chief constable Ruth Hale told reporters the bridge was unsafe.']))).toEqual([['The bridge was unsafe', 'Ruth Hale', 'named', 'asserts']]);
    // (After its verb, as before: "…, managing director Simon Reyes said.")
    expect(rows(seedUnits(['The company had written to the council, managing director Simon Reyes said.']))).toEqual([
      ['The company had written to the council', 'Simon Reyes', 'named', 'asserts'],
    ]);
  });

  it('“several people at County Hall”, “two people at Calder Brightwell”, “people close to Simon Reyes”: unnamed, wherever they are', () => {
    const units = seedUnits([
      'Officially, the council says the end of September. Privately, several people at County Hall concede that September was always optimistic.',
      'Two people at Calder Brightwell said the cracks were old.',
      'People close to Simon Reyes said he would resign.',
    ]);
    expect(units.filter((u) => u.attribution.speaker).map((u) => [u.attribution.speaker, u.attribution.kind])).toEqual([
      ['several people at County Hall', 'anonymous'],
      ['two people at Calder Brightwell', 'anonymous'],
      ['people close to Simon Reyes', 'anonymous'],
    ]);
  });

  it('a company named before its director’s title is no person: “He” after “Calder Brightwell managing director Simon Reyes” is Reyes, who puts the reopening at a date', () => {
    const units = seedUnits(['Calder Brightwell managing director Simon Reyes said the company had told the council that a September reopening was "not realistic". He put the likely reopening at spring 2026.']);
    expect(units.at(-1)).toMatchObject({ text: 'Simon Reyes put the likely reopening at spring 2026', attribution: { speaker: 'Simon Reyes', kind: 'named' } });
  });
});

describe('titles', () => {
  it('“his” as the speaker’s name takes the sentence’s own apostrophe: “Simon Reyes\'s company\'s estimate”', () => {
    const units = seedUnits(['Simon Reyes, the managing director, spoke on Monday.', 'Reyes said his company\'s estimate for the same scope was "nearer £2.8m".']);
    expect(units.at(-1)?.text).toBe('Simon Reyes\'s company\'s estimate for the same scope was "nearer £2.8m"');
    expect(seedUnits(['Simon Reyes, the managing director, spoke on Monday.', 'Reyes said his company’s estimate was lower.']).at(-1)?.text).toBe('Simon Reyes’s company’s estimate was lower');
  });
});

describe('whose “it”', () => {
  it('“X says it wrote …”: right after a body’s reporting verb, “it” with what only a body does is the body; an event’s “it” stays', () => {
    // (A company named once with its ending, "Calder Brightwell Engineering", is no person where it is named without.)
    const units = seedUnits([
      'Calder Brightwell said it believed the work could be done for about 2.8 million pounds.',
      'The union says it wrote to the operator on February 3.',
      'The operator says it took place on February 18.',
      'The contractor, Calder Brightwell Engineering, has been resurfacing the deck since January.',
    ]);
    expect(units.map((u) => u.text).slice(0, 3)).toEqual([
      'Calder Brightwell believed the work could be done for about 2.8 million pounds',
      'The union wrote to the operator on February 3',
      'It took place on February 18',
    ]);
  });
});

describe('denials', () => {
  it('“Pryce rejected that.” is a denial on record, in three words, and her next words go on with it', () => {
    const units = seedUnits([
      'Janet Pryce, who chairs the hauliers’ association, said the closure was costing local hauliers thousands of pounds a week.',
      'Councillor Helen Marsh suggested on Tuesday that heavy goods vehicles ignoring the bridge’s weight limit had contributed to the damage.',
      'Pryce rejected that. "The idea that our members have been hammering across that bridge is categorically untrue," she said.',
    ]);
    expect(rows(units).slice(2)).toEqual([
      ['Janet Pryce rejected that', 'Janet Pryce', 'named', 'denies'],
      ['The idea that our members have been hammering across that bridge is categorically untrue', 'Janet Pryce', 'named', 'denies'],
    ]);
    // (Three words that reject nothing are still too short to be a claim.)
    expect(rows(seedUnits(['Pryce said so.']))).toEqual([]);
  });

  it('“That is categorically untrue” right after “I want to deal with what the councillor said … about lorries …” denies what she said about lorries, not the last claim told', () => {
    const units = seedUnits([
      'Councillor Helen Marsh said the signed diversion was 11 miles.',
      'Janet Pryce, who chairs the hauliers’ association, disagreed. "So it\'s 23 miles. And I want to deal with what the councillor said on Tuesday about lorries breaking the weight limit. That is categorically untrue," she said.',
    ]);
    const denial = units.find((u) => u.stance === 'denies');
    expect(denial?.denial).toEqual({ target: 'lorries breaking the weight limit' });
  });

  it('“nine cracks, not 14” after “Reyes disputed the number of cracks” states a figure: it is no denial’s follow-up', () => {
    const units = seedUnits(['Simon Reyes, managing director of the contractor, disputed the number of cracks. "Our engineers logged nine cracks, not 14, and most of them are hairline," he said.']);
    expect(units.find((u) => u.text === 'Our engineers logged nine cracks, not 14')?.stance).toBe('asserts');
    // A negative statement still goes on with the denial.
    const negative = seedUnits(['Simon Reyes, managing director of the contractor, disputed the number of cracks. "We did not find 14 cracks," he said.']);
    expect(negative.find((u) => u.text === 'We did not find 14 cracks')?.stance).toBe('denies');
  });
});

describe('no claim', () => {
  it('a breakfast show’s time check, the host’s vocative lines and what the transcript could not make out', () => {
    const units = seedUnits([
      'PRESENTER: Good morning. It’s ten past eight, and the Harrowford Bridge has now been shut for four days. Martin, you’ve been down at the bridge every day.',
      'PRESENTER: Councillor Marsh, let’s start with you.',
      'MARTIN ODUYA: [inaudible] … kids walking to Kelsey school.',
    ]);
    expect(units.map((u) => u.text)).toEqual(['The Harrowford Bridge has now been shut for four days']);
  });
});
