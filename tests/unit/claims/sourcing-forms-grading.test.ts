/**
 * Who speaks in an exam board's grading error (the twenty-fifth story): an assembly's record of a
 * sitting, Hansard style (Members labelled by seat and party with no honorific, a minister by her
 * office alone after her first turn, the chair and the chamber keeping order), and the board's own
 * questions-and-answers page.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

const RECORD = 'Western Counties Assembly (Official Report)';

describe('an assembly’s record of a sitting', () => {
  const sitting = [
    'The Minister for Schools (Rhian Caddick): I understand that around 6,000 students are affected.',
    'Gareth Vell (Harlowe East) (Con): The chief executive was told on 8 August, a full week before results day.',
    'Hon. Members: Shame!',
    'The Minister for Schools: The board has assured me that it first became aware of the fault on 12 August.',
    'Sian Morrow (Tamsford) (Lab): Teachers in my constituency warned the board in May.',
    'Mr Deputy Presiding Officer (Owain Pell): Order. The Minister must be heard.',
    'Gareth Vell: Brackwater University has agreed to nothing of the kind.',
  ];
  const units = seedUnits(sitting, RECORD);
  const speakerOf = (words: string) => units.find((u) => u.quote.includes(words))?.attribution.speaker;

  it('a Member labelled by seat and party with no honorific speaks, and the label is no part of what is said', () => {
    expect(speakerOf('The chief executive was told on 8 August')).toBe('Gareth Vell');
    expect(speakerOf('Teachers in my constituency warned the board')).toBe('Sian Morrow');
    expect(units.map((u) => u.text).filter((t) => /Harlowe East|Tamsford|\(Con\)|\(Lab\)/.test(t))).toEqual([]);
  });

  it('“The Minister for Schools:” is the minister her first label named', () => {
    expect(speakerOf('first became aware of the fault on 12 August')).toBe('Rhian Caddick');
    expect(units.map((u) => u.text).filter((t) => t.startsWith('The Minister for Schools'))).toEqual([]);
  });

  it('the chair’s and the chamber’s turns keep order: no claim, and no one else’s words', () => {
    expect(units.filter((u) => /Minister must be heard|Shame/.test(u.quote))).toEqual([]);
    // (The chair's turn ends what the minister said: the next labelled Member speaks for himself.)
    expect(speakerOf('agreed to nothing of the kind')).toBe('Gareth Vell');
  });

  it('the minister’s correction on a point of order withdraws the figure she told, and the point of order is procedure', () => {
    const record = seedUnits(
      [
        'The Minister for Schools (Rhian Caddick): I understand that around 6,000 students are affected.',
        'The Minister for Schools: On a point of order, Presiding Officer. I wish to correct what I said earlier. I told the Assembly that around 6,000 students were affected. The correct figure, as confirmed by the board, is 3,100.',
      ],
      RECORD,
    );
    expect(record.find((u) => u.stance === 'denies')).toMatchObject({ attribution: { speaker: 'Rhian Caddick' }, denial: { target: 'around 6,000 students were affected', retracts: true } });
    expect(record.filter((u) => /point of order/i.test(u.text))).toEqual([]);
    // (No correction without a telling of hers before it: "The correct figure is 3,100" is then a claim.)
    expect(seedUnits(['The Minister for Schools (Rhian Caddick): The correct figure is 3,100.'], RECORD).map((u) => u.stance)).toEqual(['asserts']);
  });

  it('“(Official Report)” is the record of a sitting, nobody’s statement: a line no one is quoted saying has no speaker', () => {
    const record = seedUnits(['Official Report, Western Counties Assembly, Monday 18 August 2025. Statement by the Minister for Schools.', 'Around 3,100 students received the wrong grade.'], RECORD);
    expect(rows(record).find((r) => String(r[0]).startsWith('Around 3,100'))?.[1]).toBeNull();
    const release = seedUnits(['Around 3,100 students received the wrong grade.'], 'Western Counties Assembly (statement)');
    expect(rows(release)[0]![1]).toBe('Western Counties Assembly');
  });
});

describe('a board’s own questions-and-answers page', () => {
  const BOARD = 'Western Counties Examinations Board';
  const page = [
    'Q: How many students were affected?',
    'A: 3,100 candidates received an incorrect grade.',
    'Q: Is it true you were warned about this in May?',
    'A: No. We received no warning from the Western Teachers’ Union before results day.',
    'Q: Reports say the error was the board’s own fault, not the software’s. Is that right?',
    'A: That is simply untrue. The fault was in the software.',
    'Q: I have received a corrected grade. Is it final?',
    'A: Yes. Corrected grades were sent to all affected candidates by 2pm on Friday.',
  ];
  const units = seedUnits(page, BOARD);

  it('is the board’s, on record: a body whose name ends in “Board” issues its own page', () => {
    expect(units.find((u) => u.text === '3,100 candidates received an incorrect grade')?.attribution).toMatchObject({ kind: 'named', speaker: BOARD });
  });

  it('a reader’s question is no claim of the board’s', () => {
    expect(units.filter((u) => /I have received a corrected grade/.test(u.text))).toEqual([]);
  });

  it('“Is it true you were warned …?” — “No.”: the board denies being warned, on record', () => {
    const no = units.find((u) => u.stance === 'denies' && /warned/.test(u.text));
    expect(no).toMatchObject({ text: `${BOARD} was not warned about this in May`, denial: { target: `${BOARD} was warned about this in May` } });
    expect(no?.attribution.speaker).toBe(BOARD);
  });

  it('“That is simply untrue”, with the question between, denies what the question reports', () => {
    expect(units.find((u) => u.text === 'That is simply untrue')).toMatchObject({ stance: 'denies', attribution: { speaker: BOARD }, denial: { pointsBack: true } });
    expect(units.find((u) => u.stance === 'reports')?.text).toBe('The error was the board’s own fault, not the software’s');
  });

  it('a page’s own “Has the trust paid a ransom?” — “No.” is no denial of anyone’s claim', () => {
    const own = seedUnits(['Q: Has the trust paid a ransom?', 'A: No. The trust has not paid, and will not pay, a ransom.'], 'Northmoor Valley Hospitals NHS Trust (press release)');
    expect(own.filter((u) => /has paid a ransom/.test(u.denial?.target ?? ''))).toEqual([]);
  });
});

describe('a sentence that only introduces the next speaker', () => {
  const brief = [
    'The minister says every university in the region has agreed to hold places until 31 August.',
    'Professor Neil Ashdown, director of admissions at Brackwater University, was blunt.',
    '“That is simply untrue,” he said.',
  ];

  it('is no claim, and the denial after it points back past it, at the minister’s claim', () => {
    const units = seedUnits(brief, 'The Staffroom Brief (newsletter)');
    expect(units.filter((u) => /was blunt/.test(u.text))).toEqual([]);
    expect(units.find((u) => u.text === 'That is simply untrue')).toMatchObject({ stance: 'denies', attribution: { speaker: 'Neil Ashdown' }, denial: { pointsBack: true } });
  });

  it('keeps what it says others claim: “Asked about reports that a ransom had been paid, Marsh was unequivocal.”', () => {
    const units = seedUnits(['Dr Helena Marsh is the trust’s chief executive.', 'Asked about reports that a ransom had been paid, Marsh was unequivocal.', '“No ransom has been paid,” she said.']);
    expect(units.find((u) => u.stance === 'reports')?.text).toBe('A ransom had been paid');
    expect(units.filter((u) => /unequivocal/.test(u.text) && u.stance !== 'reports')).toEqual([]);
  });
});

describe('a local TV station’s web story', () => {
  const TV = 'WCTV News';

  it('“Parents told WCTV News they were asked …”: the outlet’s name is the addressee, whole, and the parents’ “they” is theirs', () => {
    const units = seedUnits(['Parents told WCTV News they were asked to pay the standard £40 fee.'], TV);
    expect(units.map((u) => u.text)).toEqual(['Parents were asked to pay the standard £40 fee']);
  });

  it('a photo’s “Pictured: …” caption is no claim', () => {
    expect(seedUnits(['Pictured: Dr Alan Pryce, chief executive of the board, outside its offices in Harlowe.', 'The board has apologised.'], TV).map((u) => u.text)).toEqual(['The board has apologised']);
  });

  it('“This article was amended on …” and the note after it are the newsroom’s, of its page: no claim, no figure against the story’s', () => {
    const units = seedUnits(['More than 4,000 students at 140 schools were affected.', 'This article was amended on 16 August 2025. An earlier version said Priya Mandal had been awarded an E. She was awarded a D. It also said 180 schools had been affected; the correct figure is 140.'], TV);
    expect(units.map((u) => u.text)).toEqual(['More than 4,000 students at 140 schools were affected']);
  });
});

describe('a newsletter’s analysis', () => {
  const BRIEF = 'The Staffroom Brief (newsletter)';

  it('a pull quote is said by whom its credit line names, and the line is no claim', () => {
    const units = seedUnits(['Markwise has held the contract since 2021.', '"The software did exactly what it was specified to do."\n— Joanne Tell, managing director, Markwise Systems'], BRIEF);
    expect(rows(units)).toEqual([
      ['Markwise has held the contract since 2021', null, 'none', 'asserts'],
      ['The software did exactly what it was specified to do', 'Joanne Tell', 'named', 'asserts'],
    ]);
  });

  it('its “Our view:” and its “What we don’t know” heading are no claims', () => {
    const units = seedUnits(['Our view: a board that runs exams for 48,000 young people should not learn about a fault from a newspaper.', "What we don't know", 'The board has 48,000 candidates.'], BRIEF);
    expect(units.map((u) => u.text)).toEqual(['The board has 48,000 candidates']);
  });

  it('“Three schools told the Brief …”: so many of a kind, none named, is unnamed sourcing', () => {
    expect(seedUnits(['Three schools told the Brief that families had paid the fee.'], BRIEF)[0]!.attribution).toMatchObject({ kind: 'anonymous', speaker: 'three schools' });
  });
});

describe('a body’s denial, then its officer’s in its name', () => {
  it('“Markwise rejected that account. “We reject that characterisation,” managing director Joanne Tell said.”: one denial going on, both pointing back', () => {
    const units = seedUnits(['The board said the fault lay in marking software supplied by its contractor, Markwise Systems Ltd.', 'Markwise rejected that account. "We reject that characterisation," managing director Joanne Tell said in a statement.'], 'Albion Wire');
    const denials = units.filter((u) => u.stance === 'denies');
    expect(denials.map((u) => [u.attribution.speaker, u.denial])).toEqual([
      ['Markwise', { target: null, pointsBack: true }],
      ['Joanne Tell', { target: null, goesOn: true }],
    ]);
  });
});
