/**
 * Who speaks, and what is no claim, around a care home rated inadequate (the twenty-ninth story):
 * a radio phone-in with a caller, a councillor and a company's director labelled in capitals, a
 * care group's own statement, a local paper's quote-first sourcing with an age and a town, and a
 * transcript's own notes.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

describe('a phone-in’s turns', () => {
  it('“CALLER (JEAN, ASHBY):” is an unnamed caller, not the presenter who spoke before', () => {
    const units = seedUnits(
      [
        'PRIYA NATT: Good morning. Let’s take some calls.',
        'CALLER (JEAN, ASHBY): Morning, love. They got fined forty grand last year and nothing changed, everybody knows that.',
        'PRIYA NATT: I should say we haven’t been able to confirm any fine of that size.',
      ],
      'Wendlebury Sound',
    );
    const fined = units.find((u) => u.text.startsWith('They got fined forty grand'));
    expect(fined?.attribution).toMatchObject({ speaker: 'a caller, Jean, from Ashby', kind: 'anonymous' });
  });

  it('“CLLR HELEN MARSH:” is Helen Marsh, a councillor, though the home is “in Ashby Marsh”; “MAYOR PRYCE:” is still the mayor named before', () => {
    const units = seedUnits(
      [
        'PRIYA NATT: We’re talking about Larchfield House, the care home in Ashby Marsh. I’ve got Councillor Helen Marsh in the studio.',
        'CLLR HELEN MARSH: We paused new placements at Larchfield House on Friday the 28th of March, as soon as we saw the draft findings.',
        'PRIYA NATT: Thank you.',
      ],
      'Wendlebury Sound',
    );
    expect(units.find((u) => u.text.startsWith('We paused new placements'))?.attribution).toMatchObject({ speaker: 'Helen Marsh', kind: 'named' });
    const mayor = seedUnits(['Mayor Sandra Pryce spoke to the programme.', 'HOST: Good evening.', 'MAYOR PRYCE: The stadium will open in January 2026.', 'HOST: Thank you.'], 'Kestle Radio');
    expect(mayor.find((u) => u.text.startsWith('The stadium will open'))?.attribution.speaker).toBe('Sandra Pryce');
  });

  it('“…, but its operations director, Karen Doyle, has …”: the conjunction is no part of her role', () => {
    const units = seedUnits(['PRIYA NATT: Brightwater has sent us a statement, but its operations director, Karen Doyle, has also agreed to come on.', 'KAREN DOYLE, BRIGHTWATER: We had four staff on the floor that night.', 'PRIYA NATT: Thank you.'], 'Wendlebury Sound');
    expect(units.find((u) => u.text === 'We had four staff on the floor that night')?.attribution).toMatchObject({ speaker: 'Karen Doyle', role: 'operations director' });
  });

  it('the programme’s own lines, a cut-off fragment and the transcript’s notes are no claims', () => {
    const units = seedUnits(
      [
        'PRIYA NATT: We’re talking about Larchfield House this morning. Gary Rudd from United Care Workers is on the line. I’ve got Councillor Helen Marsh in the studio.',
        'GARY RUDD: Agency staff are covering six shifts in ten.',
        'PRIYA NATT: On the line now is Susan Ellison, whose mother died in March. You’re listening to Wendlebury Sound. Brightwater has sent us a statement.',
        'CLLR HELEN MARSH: I haven’t seen —',
        'PRIYA NATT: We’ll have to leave it there.',
        'This transcript was produced automatically and checked by the newsdesk. Some crosstalk has been removed.',
      ],
      'Wendlebury Sound',
    );
    expect(units.map((u) => u.text)).toEqual(['Agency staff are covering six shifts in ten']);
  });
});

describe('what is no claim in a paper', () => {
  it('the newsroom’s own checks, a bracketed chart line, “More from …” furniture and “But I must be clear.” are no claims', () => {
    const units = seedUnits(
      [
        'United Care Workers says it emailed the council’s safeguarding team on 14 November. The Sentinel has seen that email. The Gazette has not been able to verify this.',
        '[Chart: Share of care shifts filled by agency workers, Larchfield House, January 2025]',
        'Mr Greaves said: “But I must be clear. Larchfield House was not understaffed on any night.”',
        'More from The Sentinel — Sign in to comment — Support independent journalism from £1',
      ],
      'The Sentinel',
    );
    expect(units.map((u) => u.text)).toEqual(['United Care Workers emailed the council’s safeguarding team on 14 November', 'Larchfield House was not understaffed on any night']);
    // (What the newsroom saw may say something: "…, which show debts of £71m" is kept.)
    expect(seedUnits(['The Sentinel has seen the company’s accounts, which show debts of £71m.'], 'The Sentinel').length).toBeGreaterThan(0);
  });
});

describe('who speaks', () => {
  it('a utility’s own statement is the utility’s on record (“Source: Leve Valley Water”)', () => {
    const units = seedUnits(['All three pumps operated throughout the night.'], 'Leve Valley Water');
    expect(rows(units)).toEqual([['All three pumps operated throughout the night', 'Leve Valley Water', 'named', 'asserts']]);
  });

  it('a care group’s own statement is the group’s on record', () => {
    const units = seedUnits(['Brightwater operates 19 care homes across the East Midlands, caring for more than 1,100 people.'], 'Brightwater Care Group');
    expect(rows(units)).toEqual([['Brightwater operates 19 care homes across the East Midlands, caring for more than 1,100 people', 'Brightwater Care Group', 'named', 'asserts']]);
  });

  it('““…,” Ms Ellison, 58, from Wendlebury, said”: where she is from is no part of who speaks', () => {
    const units = seedUnits(['Susan Ellison’s mother died in March.', '“Mum lay on the floor for four hours before anyone found her,” Ms Ellison, 58, from Wendlebury, said.', '“She was left there,” Ms Ellison, from Wendlebury, said.']);
    expect(units.filter((u) => u.text.startsWith('Mum lay') || u.text.startsWith('She was left')).map((u) => u.attribution.speaker)).toEqual(['Susan Ellison', 'Susan Ellison']);
  });
});

describe('whose “her”', () => {
  it('an unnamed relative’s “her mother” is hers, not the union’s named before; unnamed doctors’ “he” is no woman named before', () => {
    const units = seedUnits(['Gary Rudd of United Care Workers said nights were unsafe.', 'One relative, who did not want to be named, said her mother had been left in wet bedding overnight on several occasions, a claim denied by Brightwater.']);
    expect(units.find((u) => u.stance === 'asserts' && u.text.includes('wet bedding'))?.text).toBe('Her mother had been left in wet bedding overnight on several occasions');
    const doctors = seedUnits(['Kayla Whitfield, a parent, spoke to us.', 'The doctors say he may have some hearing loss, and we will not know for a while.']);
    expect(doctors.map((u) => u.text)).toContain('He may have some hearing loss');
  });
});

describe('whose “they”', () => {
  it('“Staff told us they had been instructed …”: unnamed staff telling of themselves; “sources said they …” is no one named', () => {
    const units = seedUnits(['Staff told us they had been instructed not to phone the on-call manager between midnight and 6am.', 'Sources familiar with the talks said they expected a deal by Friday.']);
    expect(units.map((u) => u.text)).toEqual(['Staff had been instructed not to phone the on-call manager between midnight and 6am', 'They expected a deal by Friday']);
  });
});

describe('denials', () => {
  it('a group’s Q&A “Were night staff told not to call the on-call manager?” — “No. That is categorically untrue.” is its denial, said once', () => {
    const units = seedUnits(['Q: Were night staff told not to call the on-call manager?', 'A: No. That is categorically untrue. Staff are reminded at every handover that the on-call manager can be called.'], 'Brightwater Care Group');
    expect(rows(units)).toEqual([
      ['Night staff were not told not to call the on-call manager', 'Brightwater Care Group', 'named', 'denies'],
      ['Staff are reminded at every handover that the on-call manager can be called', 'Brightwater Care Group', 'named', 'asserts'],
    ]);
    expect(units[0]!.denial?.target).toBe('night staff were told not to call the on-call manager');
  });

  it('“CLLR HELEN MARSH: We reject that.” is hers, a denial of what was just said, even in a short exchange', () => {
    const units = seedUnits(['PRIYA NATT: The union says it warned you back in November.', 'CLLR HELEN MARSH: We reject that. We did not receive any warning from the union in November.'], 'Wendlebury Sound');
    const rejected = units.find((u) => u.quote.includes('We reject that'));
    expect(rejected).toMatchObject({ stance: 'denies', attribution: { speaker: 'Helen Marsh', kind: 'named' } });
  });
});
