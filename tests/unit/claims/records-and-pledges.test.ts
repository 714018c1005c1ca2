/**
 * What records show, and what a speaker promises: "State records show inspectors cited the
 * plant …" is the records' claim that inspectors cited it; "We will share what we find" is no
 * claim at all (nothing in it has happened to check).
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

describe('what records show', () => {
  it('“State records show X”: X, on the records’ word', () => {
    expect(rows(seedUnits(['State records show inspectors cited the plant for seven safety violations in 2023.']))).toEqual([
      ['Inspectors cited the plant for seven safety violations in 2023', 'State records', 'named', 'asserts'],
    ]);
  });

  it('a long description of the records, participles and all, before “show that”', () => {
    const [unit, ...more] = seedUnits(['Inspection records filed with the state Public Utilities Commission, and reviewed by the Register, show that the Owl Creek Road line last received a detailed inspection in October 2022.']);
    expect(more).toEqual([]);
    expect(unit!.text).toBe('The Owl Creek Road line last received a detailed inspection in October 2022');
    expect(unit!.attribution.kind).toBe('named');
    expect(unit!.attribution.speaker).toMatch(/^Inspection records filed with the state Public Utilities Commission/);
  });

  it('“…, county records show.”: the records after the clause', () => {
    expect(rows(seedUnits(['But only about 1,900 of the town’s roughly 4,600 residents are registered with TamsenAlert, county records show.']))).toEqual([
      ['Only about 1,900 of the town’s roughly 4,600 residents are registered with TamsenAlert', 'county records', 'named', 'asserts'],
    ]);
  });

  it('papers only the outlet has seen stay unnamed, and so do “the documents” they are called next', () => {
    const units = rows(seedUnits(['Documents seen by the Evening Post also show that Haldane Build asked the council in May 2024 for an extra £37 million. The council agreed to pay £21 million of that sum in October 2024, the documents show.'], 'The Evening Post'));
    expect(units).toEqual([
      ['Haldane Build asked the council in May 2024 for an extra £37 million', 'Documents seen by the Evening Post', 'anonymous', 'asserts'],
      ['The council agreed to pay £21 million of that sum in October 2024', 'the documents', 'anonymous', 'asserts'],
    ]);
  });

  it('what records show may be a thing, not a clause: then the sentence is one claim', () => {
    expect(rows(seedUnits(['City’s most recent accounts show a loss of £31 million for the year to June 2025.']))).toEqual([
      ['City’s most recent accounts show a loss of £31 million for the year to June 2025', null, 'none', 'asserts'],
    ]);
    // ("a PFOA-based additive": the compound's "based" is no verb.)
    const [unit] = seedUnits(['State records show 1,200 pounds of a PFOA-based additive on site in 2021.']);
    expect(unit!.text).toBe('State records show 1,200 pounds of a PFOA-based additive on site in 2021');
  });

  it('“…, a letter seen by the Gazette shows.”: the letter, after the clause, unnamed; so is a headline’s bare “letter shows”', () => {
    expect(rows(seedUnits(['The council warned the owner about water getting into the top deck in 2024, a letter seen by the Gazette shows.'], 'Northmoor Gazette'))).toEqual([
      ['The council warned the owner about water getting into the top deck in 2024', 'a letter seen by the Gazette', 'anonymous', 'asserts'],
    ]);
    expect(rows(seedUnits(['A letter shows that the council warned the owner about water getting into the top deck.']))).toEqual([
      ['The council warned the owner about water getting into the top deck', 'a letter', 'anonymous', 'asserts'],
    ]);
  });

  it('a show is no record: “The video shows X” frames nothing', () => {
    expect(rows(seedUnits(['The video shows a white cloud drifting over the houses on Kestrel Lane.']))[0]![1]).toBeNull();
  });
});

describe('what a speaker promises', () => {
  it.each([
    ['“We will share what we find,” said Adrian Quayle, the site director.'],
    ['“We will not rest until we understand exactly what went wrong,” the company said.'],
    ['We would welcome the chance to meet you in Ellisford.'],
    ['“We will make our own records available to your investigators,” she said.'],
    ['“I will not prejudge any of it,” the minister said.'],
    ['“I would not be surprised if the final number is twice what we know today,” said Dr Lena Marsh, an epidemiologist.'],
    ['“We’ll find out in the after-action review, and we’ll publish it, every page of it,” he said.'],
  ])('is no claim: %s', (text) => {
    expect(seedUnits([text]).filter((u) => u.stance === 'asserts')).toEqual([]);
  });

  it('a plan with substance, or with a figure, is one', () => {
    expect(rows(seedUnits(['“We will close that facility and reduce our global workforce by approximately 1,200 positions,” the company said.'])).map((r) => r[0])).toEqual(['We will close that facility and reduce our global workforce by approximately 1,200 positions']);
    expect(rows(seedUnits(['“We will lodge an election petition,” said Maria Keane, the party’s agent.']))).toEqual([['We will lodge an election petition', 'Maria Keane', 'named', 'asserts']]);
    expect(rows(seedUnits(['“We will publish the 14 pages of the report on Monday,” the council said.'])).map((r) => r[0])).toEqual(['We will publish the 14 pages of the report on Monday']);
    // (A promise held to a time a reader can check it by.)
    expect(rows(seedUnits(['“We will send you our laboratory results today,” the group wrote.'])).map((r) => r[0])).toEqual(['We will send you our laboratory results today']);
  });

  it('a denial in the future tense stays a denial', () => {
    expect(seedUnits(['“We will not accept blame for something our software did not do,” said Quantaris.']).length).toBeGreaterThan(0);
  });
});

describe('a consequence drawn from a condition', () => {
  it.each([
    ['“If that is true, it is in breach of your prohibition notice,” the group wrote.'],
    ['“If the company got this wrong, it must say so,” said Imogen Farrow.'],
    ['“If there were failures, people will be held to account,” the minister said.'],
    ['“If they had concerns, we would have acted on them,” said a spokesman for the airline.'],
  ])('is no claim: %s', (text) => {
    expect(seedUnits([text]).filter((u) => u.stance === 'asserts')).toEqual([]);
  });

  it('a body’s own letter or statement speaks in its own words', () => {
    expect(seedUnits(['If that is true, it is in breach of your prohibition notice.'], 'Friends of the Wendle (open letter)').filter((u) => u.stance === 'asserts')).toEqual([]);
  });

  it('a hedge, a participle’s condition and a figure worked out are claims', () => {
    expect(rows(seedUnits(['If anything, boiling concentrates it slightly.'])).map((r) => r[0])).toEqual(['If anything, boiling concentrates it slightly']);
    expect(seedUnits(['“If approved, it would be the first drug of its class,” the company said.']).length).toBe(1);
    expect(seedUnits(['“If you take them out, you get to £389 million,” he said.']).length).toBe(1);
    // (A reporter's own condition tells a procedure: "If it confirms the first result, the case will go to a tribunal".)
    expect(seedUnits(['If it confirms the first result, the case will go to a disciplinary tribunal.']).length).toBe(1);
  });
});

describe('the writer’s aside', () => {
  it('“I am writing to you as chair of …” and “the worst day … in my lifetime” are no claims', () => {
    expect(seedUnits(['I am writing to you as chair of Friends of the Wendle, on behalf of our 1,400 members.'], 'Friends of the Wendle (open letter)')).toEqual([]);
    expect(seedUnits(['“This is the worst day this town has had in my lifetime,” said Maureen Pell, 71.'])).toEqual([]);
    // (What a life held is another matter: "I've been to Lisbon twice in my life".)
    expect(seedUnits(['“I’ve been to Lisbon twice in my life,” Reljic said.']).length).toBe(1);
  });
});
