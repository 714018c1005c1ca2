/**
 * Forms the thirty-fourth audit story (a night-time burglary at a regional museum; tests/fixtures/
 * museum) brought: a security contractor's own statement (a name ending in "Services"), someone
 * of another's by what they are ("its organiser"), …
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

describe('a company’s own statement, whatever its name ends with', () => {
  it('“Source: Bastion Guard Services” speaks for the company, on record, and its notes to editors are no claims', () => {
    const units = seedUnits(['We had two officers on site that night, as our contract with the museum requires.', 'Reports that our guards were asleep are completely untrue.', 'Notes to editors', 'Bastion Guard Services Ltd is a private security company founded in 2004.'], 'Bastion Guard Services');
    expect(rows(units)).toEqual([
      ['We had two officers on site that night, as our contract with the museum requires', 'Bastion Guard Services', 'named', 'asserts'],
      ['Reports that our guards were asleep are completely untrue', 'Bastion Guard Services', 'named', 'denies'],
    ]);
  });
});

describe('someone of another’s, by what they are to them', () => {
  it('“…, its organiser said” and “her family said” are unnamed; “its spokesman” and “its published accounts” are not', () => {
    expect(rows(seedUnits(["One of the children's groups that uses the museum every week has moved its sessions to the library, its organiser said."]))[0]!.slice(1)).toEqual(['its organiser', 'anonymous', 'asserts']);
    expect(rows(seedUnits(['She had worked at the station for 30 years, her family said.']))[0]!.slice(1)).toEqual(['her family', 'anonymous', 'asserts']);
    expect(rows(seedUnits(['The company made a loss of £3m last year, its published accounts show.']))[0]![2]).not.toBe('anonymous');
    expect(rows(seedUnits(['The plant will reopen on Monday, its spokesman said.']))[0]![2]).toBe('named');
  });
});

describe('a quotation and the paragraph after it', () => {
  it('a quotation over two sentences, then one of its own paragraph: all the speaker’s', () => {
    const units = seedUnits(['Detective Inspector Marcus Penhale said: "This was a targeted burglary. The thieves knew exactly what they were looking for."', '"The gang had visited the museum twice in the week before the burglary."'], 'Eastmere Gazette');
    expect(rows(units).map((r) => r[1])).toEqual(['Marcus Penhale', 'Marcus Penhale', 'Marcus Penhale']);
  });

  it('“Our managing director, Colin Marsh, said” gives him the role “managing director”', () => {
    const units = seedUnits(['Our managing director, Colin Marsh, said: “We have never before lost an object on our watch.”'], 'Bastion Guard Services');
    expect(units[0]!.attribution).toMatchObject({ speaker: 'Colin Marsh', role: 'managing director', kind: 'named' });
  });
});

describe('markup pasted as text', () => {
  it('“<b>The museum says 14 items were taken …</b>” reads the museum’s words, and keeps the quote as written', () => {
    const units = seedUnits(['<b>The museum says 14 items were taken, with an insurance value of £850,000.</b>'], 'Eastmere FM');
    expect(rows(units)).toEqual([['14 items were taken, with an insurance value of £850,000', 'the museum', 'named', 'asserts']]);
    expect(units[0]!.quote).toBe('<b>The museum says 14 items were taken, with an insurance value of £850,000.</b>');
  });
});

describe('lines with nothing to check', () => {
  it('opinion, hope, sentiment, cooperation, an appeal and the programme’s own narration are no claims', () => {
    const lines = [
      "It is hard to escape the conclusion that Britain's smaller museums are being asked to guard irreplaceable heritage on a shoestring.",
      'If an alarm can sit broken for a week in a building holding treasures like these, something has gone badly wrong, and ministers should be asking why.',
      'I have to believe we will.',
      'They mean a great deal to all of us.',
      'Their value to our community cannot be measured in money.',
      'These arrests are an important step, but our work is far from over.',
      'We are cooperating fully with Eastmere Constabulary and with the museum.',
      'We will not be commenting further while the police investigation continues.',
      "We'll hear from the museum's director on the morning show after the ten o'clock news.",
      'Dr Helena Crowther spoke to our presenter Tom Hadley on the morning show.',
      '"It\'s like someone has robbed the whole town," said one shop owner.',
      'I would urge anyone who has been offered antique jewellery or gold items in unusual circumstances to come forward.',
    ];
    for (const line of lines) expect(rows(seedUnits([line], 'Eastmere FM')), line).toEqual([]);
    // (What a sentence states besides stays: "We are cooperating fully with police, who arrested two men on Tuesday".)
    expect(rows(seedUnits(['Two men were arrested on Tuesday, and we are cooperating fully with the police.'], 'Eastmere FM')).map((r) => r[0])).toEqual(['Two men were arrested on Tuesday']);
  });
});

describe('a correction note', () => {
  it('the right fact someone told after the words withdrawn is theirs, and a claim; an elliptical one is none', () => {
    const note = 'Correction: An earlier version of this appeal stated that the stolen items were worth an estimated £1.2 million. The museum has since told us that the estimated value of the items is £850,000, not £1.2 million.';
    expect(rows(seedUnits([note], 'Eastmere Constabulary'))).toEqual([['The estimated value of the items is £850,000, not £1.2 million', 'the museum', 'named', 'asserts']]);
    expect(rows(seedUnits(['Correction: An earlier version of this article said seven infants had been hospitalized. The state Department of Health says five have been.']))).toEqual([]);
  });
});
