/**
 * Sourcing forms of the eighteenth story (tests/fixtures/stadium: a stadium's cost overrun told
 * by a wire, a city-hall press conference with "Q:"/"A:" and "MAYOR NAME:" labels, the
 * contractor's press release, a column and a local paper's investigation), each as a paragraph
 * through the same analysis the ingest runs.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

describe('who speaks', () => {
  it('“Nobody told me in June that …” is no one’s report: the sentence is its speaker’s own word', () => {
    expect(rows(seedUnits(['Nobody told me in June that we were looking at an overrun of this size.']))).toEqual([
      ['Nobody told me in June that we were looking at an overrun of this size', null, 'none', 'asserts'],
    ]);
  });

  it('a reporter’s “Mayor, the leaked audit says …” relays the audit: the one addressed is no part of it', () => {
    expect(rows(seedUnits(['Mayor, the leaked audit says the cost is £412 million.']))).toEqual([['The cost is £412 million', 'the leaked audit', 'named', 'asserts']]);
  });

  it('but “Mayor Helena Marchetti, who appointed him, first learned of it …” addresses no one', () => {
    const units = seedUnits(['Mayor Helena Marchetti, who appointed him in 2021, first learned of the investigation on the morning of the arrest.']);
    expect(units[0]?.text).toMatch(/^Helena Marchetti, who appointed him/);
  });

  it('“according to an internal audit report seen by the Evening Post”: a paper no reader can check is no source on record, and keeps its words', () => {
    expect(rows(seedUnits(['The stadium will cost £412 million, according to an internal audit report seen by the Evening Post.']))).toEqual([
      ['The stadium will cost £412 million', 'an internal audit report seen by the Evening Post', 'anonymous', 'reports'],
    ]);
  });

  it('“I want to start by saying clearly that X”: no wish of the speaker’s, but X, said on record', () => {
    expect(rows(seedUnits(['"I want to start by saying clearly that the Wharfside stadium will be finished in January," Sandra Pryce said.']))).toEqual([
      ['The Wharfside stadium will be finished in January', 'Sandra Pryce', 'named', 'asserts'],
    ]);
  });

  it('a press conference’s “A:” is the one the “Q:” addressed (“Mr Oyelaran, …”), else the one who answered last by name', () => {
    const units = seedUnits([
      'Mayor Sandra Pryce and finance director Martin Oyelaran took questions.',
      'MAYOR SANDRA PRYCE: The final cost of the stadium is £389 million.',
      'Q: Mr Oyelaran, what did you tell the mayor in June?',
      'A: I told cabinet in June that there were risks to the budget.',
      'Q: Will council tax go up?',
      'MAYOR PRYCE: Not one penny of council tax will go on this overrun.',
      'Q: And the rent?',
      'A: The club is paying for the boxes through its rent.',
    ]);
    expect(units.slice(1).map((u) => [u.text, u.attribution.speaker])).toEqual([
      ['The final cost of the stadium is £389 million', 'Sandra Pryce'],
      ['There were risks to the budget', 'Martin Oyelaran'],
      ['Not one penny of council tax will go on this overrun', 'Sandra Pryce'],
      ['The club is paying for the boxes through its rent', 'Sandra Pryce'],
    ]);
  });
});
