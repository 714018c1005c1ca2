/**
 * Who speaks, and what is no claim, in a dock strike (the twenty-eighth story): a union's own
 * release with an "Issued by" header and notes to editors, an operator's statement calling the
 * union's claim false, a Commons debate's procedure, and an analysis's standfirst and chart lines.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

describe('who speaks', () => {
  it('a union’s own release is the union’s on record, past its “Issued by …” header', () => {
    const units = seedUnits(
      ['Press release — for immediate use', 'Issued by the DMWU press office, Transport House, Carrow', 'More than 1,400 dockers at the Port of Carrow Sound began an eight-day strike at 6am on Monday 9 June.', 'Notes to editors', 'Spokespeople are available for interview.'],
      "Dockers' and Maritime Workers' Union",
    );
    expect(rows(units)).toEqual([['More than 1,400 dockers at the Port of Carrow Sound began an eight-day strike at 6am on Monday 9 June', "Dockers' and Maritime Workers' Union", 'named', 'asserts']]);
  });

  it('a clause before “the Minister for Ports, Fiona Ashdown,” is no role of hers, and “she said” after the sentence is whom it tells the words of', () => {
    const units = seedUnits([
      'Ros Kettering, general secretary of the DMWU, spoke on Monday.',
      'Kettering also welcomed an offer by the Minister for Ports, Fiona Ashdown, to convene talks, and said the union had accepted it on Friday. "The operator refused the Minister\'s invitation. That tells you everything," she said.',
    ]);
    const refused = units.find((u) => u.text === "The operator refused the Minister's invitation");
    expect(refused?.attribution).toMatchObject({ speaker: 'Ros Kettering', kind: 'named' });
    expect(units.some((u) => /welcomed an offer/.test(u.attribution.role ?? ''))).toBe(false);
  });
});

describe('denials', () => {
  it('“The union’s claim that we have … is simply false”, in the operator’s statement, is the operator’s denial of the union’s claim', () => {
    const units = seedUnits(["The union's claim that we have brought in agency workers to replace striking staff is simply false."], 'Carrow Sound Port Holdings');
    expect(units).toMatchObject([{ stance: 'denies', attribution: { speaker: 'Carrow Sound Port Holdings', kind: 'named' }, denial: { target: 'we have brought in agency workers to replace striking staff', owner: 'union' } }]);
  });

  it('“£148m, not £212m” states £148m: the rejected figure is no figure of its own, and the amount’s stop ends the sentence', () => {
    const units = seedUnits(["CSPH's operating profit last year was £148m, not £212m. Most of it was reinvested in new cranes."], 'Carrow Sound Port Holdings');
    expect(units.map((u) => u.text)).toEqual(["CSPH's operating profit last year was £148m, not £212m", 'Most of it was reinvested in new cranes']);
  });
});

describe('an operator’s FAQ with no labels', () => {
  it('“Did CSPH refuse the Minister’s offer of talks?” — “No. … Any suggestion that we refused it is untrue.” is its denial of the question', () => {
    const units = seedUnits(["Did CSPH refuse the Minister's offer of talks?", "No. We accepted the Minister's offer on the same day it was made. Any suggestion that we refused it is untrue."], 'Carrow Sound Port Holdings');
    expect(units.find((u) => u.quote === 'No.')).toMatchObject({ text: "CSPH did not refuse the Minister's offer of talks", stance: 'denies', attribution: { speaker: 'Carrow Sound Port Holdings' }, denial: { target: "CSPH refused the Minister's offer of talks" } });
    // (A "No." that calls nothing untrue answers with what follows: "No. Nobody will be asked to leave.")
    const plain = seedUnits(['Will residents have to move?', 'No. Nobody living at the home will be asked to leave.'], 'Brightwater Care Group');
    expect(plain.filter((u) => u.stance === 'denies')).toEqual([]);
  });
});

describe('a newsroom’s correction', () => {
  it('withdraws the entry that said what it corrects: “we said 32 ships had been diverted … That was wrong.”', () => {
    const units = seedUnits(
      [
        '17:55',
        "Correction: In an entry at 09:10 this morning we said 32 ships had been diverted from Carrow Sound. That was wrong. The union's figure is 23 ships; the port operator says 11.",
        '09:10',
        'At least 32 ships have now been diverted from Carrow Sound to other ports, according to the union.',
        '08:40',
        'Fourteen ships have been diverted to other UK ports since Monday, the harbour master said.',
      ],
      'Carrow Evening Post',
    );
    expect(units.map((u) => u.text)).toEqual(['Fourteen ships have been diverted to other UK ports since Monday']);
    // Another number is another telling: “We earlier reported that nine people …” withdraws no “six people”.
    const six = seedUnits(['6.31pm: Correction. We earlier reported that nine people had been taken to hospital. This was wrong. The ambulance service says six people were taken to hospital.', '6.02pm: We are getting reports that nine people have been taken to hospital.']);
    expect(six.map((u) => u.text)).toEqual(['Six people were taken to hospital']);
  });

  it('“Correction” / “An earlier version of this page said the river peaked at 4.2 metres. … We apologise for the error.” withdraws 4.2, and keeps the figure given instead', () => {
    const units = seedUnits(['16:10', 'Correction', 'An earlier version of this page said the river peaked at 4.2 metres. The agency’s figure is 3.2 metres. We apologise for the error.', '08:30', 'The river peaked at 4.2 metres at Hollinbridge Bridge, the agency said.'], 'Dales TV News');
    expect(units.map((u) => u.text)).toEqual(['The agency’s figure is 3.2 metres']);
  });
});

describe('no claim', () => {
  it('a debate’s procedure and a written question’s form', () => {
    expect(rows(seedUnits(['The Minister for Ports (Fiona Ashdown): I give way to the right hon. Member.', 'Kate Dunmore (Carrow and Leith Sands) (Lab): To ask the Secretary of State for Transport if she will make a statement on industrial action at the Port of Carrow Sound.']))).toEqual([]);
  });

  it('a standfirst, a chart’s line, a service line and a line that announces a quotation', () => {
    expect(
      rows(
        seedUnits([
          'Standfirst: Both sides say the figures are on their side. Neither is entirely right.',
          'Chart: Ballot turnout claimed by each side — DMWU 62%, CSPH 51%, legal threshold 50%.',
          'Our customer service team is available 24 hours a day on 0300 555 0199.',
          "The page's source code, sent to the Ledger by a reader, began:",
        ]),
      ),
    ).toEqual([]);
  });
});

describe('a body’s own letter', () => {
  it('“The Riverways Agency has said that … We reject that.”: the letter’s “we” is the council that wrote it; a person it quotes keeps their words', () => {
    const units = seedUnits(['From Cllr Janet Okafor, Leader of Wyredale District Council', 'The Riverways Agency has said that putting up the Quay Street barrier was the council’s responsibility. We reject that.'], 'Wyredale District Council');
    expect(units.find((u) => u.quote === 'We reject that.')).toMatchObject({ stance: 'denies', attribution: { speaker: 'Wyredale District Council' } });
    const quoted = seedUnits(['Martin Greaves, Chief Executive of Brightwater Care Group, said: “We categorically reject the suggestion that Larchfield House was understaffed.”'], 'Brightwater Care Group');
    expect(quoted.find((u) => u.stance === 'denies')?.attribution.speaker).toBe('Martin Greaves');
  });
});
