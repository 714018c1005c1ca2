/**
 * Sourcing forms of the sixteenth story (tests/fixtures/recall: an infant-formula recall told
 * by a wire, a regional paper, a radio phone-in, the company's statement and a blog), each as a
 * paragraph through the same analysis the ingest runs.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

describe('who speaks', () => {
  it('a specialist’s occupation is a role: “Dr. Marcus Lindqvist, the Alder State epidemiologist, said …”', () => {
    expect(rows(seedUnits(['Dr. Marcus Lindqvist, the Alder State epidemiologist, said five of the 14 infants sickened nationwide live in Alder State.']))).toEqual([
      ['Five of the 14 infants sickened nationwide live in Alder State', 'Marcus Lindqvist', 'named', 'asserts'],
    ]);
  });

  it('“one of the workers” after the company spoke is an unnamed worker, and “the worker” after it too', () => {
    const units = seedUnits([
      'The company has said it halted production at the plant on March 28. But one of the workers said Line 2 kept running until April 2. "We were still filling cans on the Thursday," the worker said.',
    ]);
    expect(rows(units).filter((r) => r[2] !== 'none')).toEqual([
      ['It halted production at the plant on March 28', 'the company', 'named', 'asserts'],
      ['Line 2 kept running until April 2', 'one of the workers', 'anonymous', 'asserts'],
      ['We were still filling cans on the Thursday', 'the worker', 'anonymous', 'asserts'],
    ]);
  });
});

describe('what is said and denied', () => {
  it('a hedged number opens a clause: “said at least three samples … tested positive”, “said at least 12 people were killed”', () => {
    expect(rows(seedUnits(['Officials said at least 12 people were killed. Two people familiar with the testing said at least three environmental samples taken in early February tested positive.']))).toEqual([
      ['At least 12 people were killed', 'officials', 'anonymous', 'asserts'],
      ['At least three environmental samples taken in early February tested positive', 'two people familiar with the testing', 'anonymous', 'asserts'],
    ]);
  });

  it('a complaint “alleging that …” with no comma reports what it alleges, and “according to X” after it ends the allegation', () => {
    expect(rows(seedUnits(['A former quality technician filed a complaint with the agency in October 2025 alleging that managers had falsified sanitation records, according to two people familiar with the complaint.']))).toEqual([
      ['A former quality technician filed a complaint with the agency in October 2025', 'two people familiar with the complaint', 'anonymous', 'asserts'],
      ['Managers had falsified sanitation records', 'a former quality technician', 'anonymous', 'asserts'],
    ]);
  });

  it('““That is false,” X said when asked whether Y” denies Y, with or without a comma before “when”', () => {
    for (const paragraph of ['“That is false,” Tanya Brennan, a company spokeswoman, said when asked whether the plant had positive tests in February.', '“That is false,” Tanya Brennan, a company spokeswoman, said, when asked whether the plant had positive tests in February.']) {
      expect(seedUnits([paragraph]).map((u) => u.denial?.target), paragraph).toEqual(['the plant had positive tests in February']);
    }
  });

  it('“X put the number of recalled cans at 1.8 million and said …”: the figure is X’s, and so is what X said after it', () => {
    expect(rows(seedUnits(['The company put the number of recalled cans at 1.8 million and said it was aware of 11 reported illnesses.']))).toEqual([
      ['The company put the number of recalled cans at 1.8 million', 'the company', 'named', 'asserts'],
      ['It was aware of 11 reported illnesses', 'the company', 'named', 'asserts'],
    ]);
  });

  it('“the agency” with no news agency named is no outlet: the paper’s own voice does not decline for the regulator', () => {
    const units = seedUnits(['Workers told the Tolland Valley Gazette that they were warned. An FFSA spokesman, Colin Marsh, confirmed that the agency received a complaint about the plant in October but declined to discuss its contents.'], 'The Tolland Valley Gazette');
    expect(units.find((u) => u.stance === 'declines')?.attribution).toMatchObject({ speaker: 'the agency', via: null });
  });

  it('“…,” said a worker who asked not to be named because …: the whole relative clause is who speaks, past its “to” and “at”', () => {
    const units = seedUnits(['"Everybody on second shift knew something was wrong in February," said a worker who asked not to be named because she still works at the plant.']);
    expect(units.map((u) => [u.text, u.attribution.speaker, u.attribution.kind])).toEqual([
      ['Everybody on second shift knew something was wrong in February', 'a worker who asked not to be named because she still works at the plant', 'anonymous'],
    ]);
  });

  it('a frame inside a time clause (“weeks before the company says …”) is part of what “according to X” at the end tells', () => {
    expect(rows(seedUnits(['Workers at the plant were warned in February not to discuss swab tests, weeks before the company says it first learned of the bacteria, according to three current and former employees.']))).toEqual([
      ['Workers at the plant were warned in February not to discuss swab tests', 'three current and former employees', 'anonymous', 'asserts'],
    ]);
  });

  it('advice told of is no claim (“Lindqvist urged parents … to talk to their pediatrician”); an order carried out is one', () => {
    expect(rows(seedUnits(['Lindqvist urged parents who cannot find formula to talk to their pediatrician and not to water formula down.', 'The university encourages anyone with concerns to contact the office in confidence.']))).toEqual([]);
    expect(rows(seedUnits(['Police told residents to leave their homes on Sunday night.']))).toEqual([['Police told residents to leave their homes on Sunday night', null, 'none', 'asserts']]);
  });
});
