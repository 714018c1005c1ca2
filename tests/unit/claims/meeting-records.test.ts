/**
 * A meeting's minutes, as a council publishes them: numbered paragraphs, officers listed with
 * their roles in brackets and then called by role alone, procedure lines, and members answering
 * one another ("The Chair said …. Cllr Rowe said she rejected that entirely").
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

const MINUTES = 'Brackenford Borough Council (committee minutes)';
const ATTENDANCE = ['Present: Cllr Dev Chauhan (Chair), Cllr Anita Rowe.', 'Officers: Dr Neil Fairbairn (Chief Executive), Martin Pike (Head of Building Control).'];

describe('who speaks in the minutes', () => {
  it('officers called by the role the attendance list gave them are those officers; paragraph numbers are no part of them', () => {
    const units = rows(
      seedUnits(
        [
          ...ATTENDANCE,
          '3.6 The Head of Building Control said the council’s records showed no structural inspection of the upper decks since 2019.',
          '3.7 The Chief Executive said the council has no power to approve a private owner’s inspection regime.',
          '3.9 The Chair said the council had known about the problems on Level 4 for two years.',
        ],
        MINUTES,
      ),
    );
    expect(units.map((u) => u[1])).toEqual(['Martin Pike', 'Neil Fairbairn', 'Dev Chauhan']);
    expect(units[0]![0]).toBe('The council’s records showed no structural inspection of the upper decks since 2019');
  });

  it('“Head of Building Control” with no name after it is an office, and nobody called Building Control', () => {
    const units = seedUnits(['The Head of Building Control said the council’s records showed no structural inspection since 2019.'], MINUTES);
    expect(units.map((u) => u.attribution.speaker)).not.toContain('Building Control');
  });

  it('procedure lines are no claims: apologies, thanks, when the meeting closed', () => {
    expect(rows(seedUnits(['1.1 Apologies were received from Cllr Tom Rudd.', '4.2 The Chair thanked officers for their attendance.', 'The meeting closed at 9.12pm.', 'The minutes of the previous meeting were agreed.'], MINUTES))).toEqual([]);
  });
});

describe('members answering one another', () => {
  it('“Cllr Rowe said she rejected that entirely, and that officers had …”: a denial of what the Chair just said, and a claim of her own', () => {
    const units = seedUnits([...ATTENDANCE, 'The Chair said the council had known about the problems on Level 4 for two years.', 'Cllr Rowe said she rejected that entirely, and that officers had followed the council’s enforcement policy.'], MINUTES);
    const rowe = units.filter((u) => u.attribution.speaker === 'Cllr Anita Rowe');
    expect(rowe.map((u) => [u.text, u.stance])).toEqual([
      ['Cllr Anita Rowe rejected that entirely', 'denies'],
      ['Officers had followed the council’s enforcement policy', 'asserts'],
    ]);
    expect(rowe[0]!.denial).toMatchObject({ target: null, pointsBack: true });
  });

  it('“… said that claim was without foundation” after what unnamed members noted: a denial pointing back, not “Claim was without foundation”', () => {
    const units = seedUnits(['Members noted a public statement that the council had signed off the company’s inspection regime in 2023. The council’s chief executive, Dr Neil Fairbairn, said that claim was without foundation.'], MINUTES);
    const denial = units.find((u) => u.attribution.speaker === 'Neil Fairbairn')!;
    expect(denial.stance).toBe('denies');
    expect(denial.text).toBe('That claim was without foundation');
    expect(denial.denial).toMatchObject({ pointsBack: true });
  });
});

describe('a pointing denial right after the same speaker’s denial', () => {
  it('“X rejected the audit’s figure. “That figure is wrong,” X said.” denies what the first denied, not the line before it', () => {
    const units = seedUnits(['Against the original budget, £389 million would be an increase of about 31%.', 'City finance director Martin Oyelaran rejected the audit’s figure. “That figure is wrong,” Oyelaran said.']);
    const [first, second] = units.filter((u) => u.stance === 'denies');
    expect(first!.denial).toMatchObject({ owner: 'audit' });
    expect(second!.denial).toMatchObject({ goesOn: true });
    expect(second!.denial?.pointsBack).toBeUndefined();
  });
});

describe('“I have seen that figure and it is wrong”', () => {
  it('is the speaker’s denial of what was just told, as “That figure is wrong” would be', () => {
    const units = seedUnits(['SAM OKONJO (presenter): With me is Elaine Marsh, chief executive of Corvane Property Group.', 'OKONJO: The police say there were at least 14 cars on it.', 'ELAINE MARSH: I have seen that figure and it is wrong. The only vehicles up there were three vans belonging to our contractors.'], 'Northmoor Radio (transcript)');
    const denial = units.find((u) => u.quote.includes('I have seen that figure'))!;
    expect(denial.stance).toBe('denies');
    expect(denial.denial).toMatchObject({ pointsBack: true });
    // (Seeing a thing is no denial of it.)
    expect(seedUnits(['The minister said she had seen the report and it was troubling.']).every((u) => u.stance !== 'denies')).toBe(true);
  });
});
