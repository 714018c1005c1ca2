/**
 * Who speaks, and what is no claim, in a festival crowd surge (the twenty-sixth story): a council
 * committee's transcript with its chair labelled by office, a live blog's timestamped correction,
 * an analysis's "What we don't know" list and pull quote, and a wire report's speaker with two
 * asides before the verb.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

describe('who speaks', () => {
  it('“Name, role of a body, what the body is, rejected …” is the named person, not the tail of the body’s name', () => {
    const units = seedUnits([
      'Owen Tasker, managing director of Sentinel Crowd Management, the festival’s security contractor, rejected that account. “Exit 4 was open throughout the event,” he said.',
    ]);
    expect(units.map((u) => u.attribution.speaker)).toEqual(['Owen Tasker', 'Owen Tasker']);
    expect(units[0]!.attribution.role).toBe('managing director of Sentinel Crowd Management');
  });

  it('a pull quote is said by whom its credit line names, even right after an unnamed source’s quote', () => {
    const units = seedUnits(['A steward, who asked not to be named, told the Ledger that “whole teams never turned up”.', '“The council was warned about capacity in black and white.”', '— Councillor Declan Hurst']);
    expect(rows(units)).toEqual([
      ['Whole teams never turned up', 'a steward who asked not to be named', 'anonymous', 'asserts'],
      ['The council was warned about capacity in black and white', 'Declan Hurst', 'named', 'asserts'],
    ]);
  });

  it('“X, the organiser, has put out a statement. It says …” is X’s, not the last speaker’s, and the announcement is no claim', () => {
    const units = seedUnits(['Brenmoor Police say officers will examine the gate in daylight.', 'Tidewave Events, the organiser, has put out a short statement. It says nine people went to hospital.']);
    expect(rows(units)).toEqual([
      ['Officers will examine the gate in daylight', 'Brenmoor Police', 'named', 'asserts'],
      ['Nine people went to hospital', 'Tidewave Events', 'named', 'asserts'],
    ]);
    // (A statement the sentence goes on to give is the claim: "has issued a statement through her lawyer: '…'".)
    expect(rows(seedUnits(["Velasquez has issued a statement through her lawyer: 'I have never knowingly taken a prohibited substance.'"]))).toEqual([['I have never knowingly taken a prohibited substance', 'Velasquez', 'named', 'asserts']]);
  });

  it('“Festivalgoers say …”, “Stewards said …”: people of a kind, none of them named', () => {
    expect(rows(seedUnits(['Festivalgoers say an emergency exit was chained shut.']))).toEqual([['An emergency exit was chained shut', 'festivalgoers', 'anonymous', 'asserts']]);
    expect(rows(seedUnits(['Stewards said whole teams never turned up.']))).toEqual([['Whole teams never turned up', 'stewards', 'anonymous', 'asserts']]);
  });

  it('a committee’s chair labelled by office (“THE CHAIR (CLLR NANDRA):”, then “THE CHAIR:”) is the councillor the list of who was present names', () => {
    const units = seedUnits(
      [
        'Present: Councillor Priya Nandra (Chair), Councillor Declan Hurst, Gavin Pryde (Principal Licensing Officer), Chief Superintendent Alison Kerr (Brenmoor Police).',
        'THE CHAIR (CLLR NANDRA): This committee was never warned about capacity at Halvergate Park.',
        'CH SUPT KERR: Brenmoor Police wrote to this committee on 14 May.',
        'THE CHAIR: I have no record of receiving the letter.',
        'MR PRYDE: The premises licence allows a maximum of 25,000 people.',
      ],
      'Brenmoor City Council',
    );
    const speakerOf = (words: string) => units.find((u) => u.quote.includes(words))?.attribution;
    expect(speakerOf('never warned about capacity')).toMatchObject({ speaker: 'Priya Nandra', role: 'Chair' });
    expect(speakerOf('I have no record')).toMatchObject({ speaker: 'Priya Nandra' });
    expect(units.map((u) => u.text).filter((t) => /CHAIR|NANDRA/.test(t))).toEqual([]);
  });
});

describe('what is no claim', () => {
  it('a live blog’s correction entry, its time taken off, is the newsroom’s note: its “this is not the case” denies nothing', () => {
    const units = seedUnits([
      '01:35 – Ruth Okonjo, the service’s director of operations, said two of them are in a serious condition.',
      '01:10 – Correction: we reported earlier that a child was among those taken to hospital. Northvale Ambulance Service has told us that this is not the case.',
    ]);
    expect(rows(units)).toEqual([['Two of them are in a serious condition', 'Ruth Okonjo', 'named', 'asserts']]);
  });

  it('the items of a “What we don’t know” list are open questions; the paragraph after the list is told again', () => {
    const units = seedUnits(['What we don’t know', '• When exactly the East Gate was closed.', '• Why fewer stewards were on site than the licence required.', 'The licence required 260 stewards.']);
    expect(units.map((u) => u.text)).toEqual(['The licence required 260 stewards']);
  });

  it('a committee chair’s procedure (“Mr Pryde, please set out the licence.”, “That is your right.”, “The meeting is closed.”) and the transcript’s own note make no claims', () => {
    const units = seedUnits(
      [
        'Present: Councillor Priya Nandra (Chair), Councillor Declan Hurst, Gavin Pryde (Principal Licensing Officer).',
        'THE CHAIR (CLLR NANDRA): Councillor Hurst, you will have your turn. Mr Pryde, please set out the licence.',
        'MR PRYDE: The premises licence allows a maximum of 25,000 people.',
        'CLLR HURST: I will be appealing.',
        'THE CHAIR: That is your right. The meeting is closed.',
        'This transcript has not been approved by the committee and may be corrected.',
      ],
      'Brenmoor City Council',
    );
    expect(units.map((u) => u.text)).toEqual(['The premises licence allows a maximum of 25,000 people', 'I will be appealing']);
  });

  it('a wire’s update note (“(Adds police comment, paragraphs 5-6)”) and a live blog’s “More info to follow.” are page furniture', () => {
    const units = seedUnits(['(Adds police comment, paragraphs 5-6; Sentinel denial, paragraph 8)', 'Police said the East Gate was closed before 9.30pm.', 'More info to follow.']);
    expect(units.map((u) => u.text)).toEqual(['The East Gate was closed before 9.30pm']);
  });

  it('a gerund in a list (“for crush injuries, fainting and breathing difficulties”) is no act of the subject’s', () => {
    const units = seedUnits(['The ambulance service said 37 other people were treated at the scene for crush injuries, fainting and breathing difficulties.']);
    expect(units.map((u) => u.text)).toEqual(['37 other people were treated at the scene for crush injuries, fainting and breathing difficulties']);
  });
});
