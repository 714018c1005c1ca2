/**
 * Forms a twenty-third audit story (a patient's death in a crowded emergency department) brought:
 * a trust's statement quoting its chief executive over many paragraphs, a list among them; a
 * union's press release; a national paper's anonymous staff; an inquest report; a Commons debate.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

describe('a quotation over several paragraphs', () => {
  const statement = [
    'Dr Simon Hurrell, Chief Executive of the trust, said:',
    '"Our thoughts remain with Mr Bessant\'s family. We accept the coroner\'s conclusion in full.',
    '"We want to set out the facts about that weekend, because some of what has been reported is not accurate:',
    '• Mr Bessant spent nine hours on a trolley, not 14 as has been reported.',
    '• Nine registered nurses were on duty in the emergency department overnight.',
    '"The suggestion that staff were told not to record corridor waits is simply wrong.',
    '"Our staff have worked 4,000 extra shifts since December. We will learn from Mr Bessant\'s death."',
    'The critical incident was stood down at 6pm on Tuesday.',
  ];

  it('each paragraph opens with a mark and only the last closes: all of it is the speaker’s, the list too', () => {
    const units = seedUnits(statement, 'Wexcombe and Tarrow Hospitals Trust (press statement)');
    const by = (words: string) => units.find((u) => u.quote.includes(words))!;
    for (const words of ['We accept the coroner', 'nine hours on a trolley', 'Nine registered nurses', '4,000 extra shifts']) expect(by(words).attribution.speaker, words).toBe('Simon Hurrell');
    expect(by('simply wrong')).toMatchObject({ stance: 'denies', attribution: { speaker: 'Simon Hurrell', kind: 'named' } });
    // (The paragraph after the closing mark is the statement's own again.)
    expect(by('stood down').attribution.speaker).toBe('Wexcombe and Tarrow Hospitals Trust');
  });

  it('a long denial cut short is told as a denial, not as what it denies', () => {
    const [denial] = rows(seedUnits(['Dr Simon Hurrell, the chief executive, said: "Reports that a senior manager asked for a critical incident to be declared on the Saturday night and was overruled are categorically untrue."']));
    expect(denial).toEqual(['Simon Hurrell denied that a senior manager asked for a critical incident to be declared on the Saturday night', 'Simon Hurrell', 'named', 'denies']);
  });

  it('a text that ends inside such a quotation keeps its speaker', () => {
    const units = rows(seedUnits(['Dr Simon Hurrell, the chief executive, said:', '"Mr Bessant spent nine hours on a trolley.', '"The suggestion that staff were told not to record corridor waits is simply wrong.']));
    expect(units.map((r) => [r[1], r[3]])).toEqual([
      ['Simon Hurrell', 'asserts'],
      ['Simon Hurrell', 'denies'],
    ]);
  });

  it('a stray mark in a paragraph does not lend its speaker to the next, which opens with none', () => {
    const units = seedUnits(['Dr Simon Hurrell, the chief executive, said:', '"Mr Bessant spent nine hours on a trolley.', 'Seventeen ambulances were queued outside the hospital that night.']);
    expect(units.find((u) => u.quote.includes('Seventeen'))!.attribution.speaker).toBeNull();
  });
});

describe('a denial in other words', () => {
  it('“That did not happen.” denies what was just said, on record', () => {
    const units = seedUnits(['One senior nurse, who asked not to be named, said staff had been told not to record corridor waits.', 'The trust’s chief nurse, Angela Fenwick, said: "That did not happen. No member of staff has ever been told not to record where a patient is being cared for."']);
    const denial = units.find((u) => u.quote.includes('That did not happen'))!;
    expect(denial).toMatchObject({ stance: 'denies', attribution: { speaker: 'Angela Fenwick', kind: 'named' } });
    // (What it denies is found where the claims meet: the sentence before.)
    expect(denial.denial?.target ?? null).toBeNull();
    expect(seedUnits(['"None of that happened," the trust said.']).map((u) => u.stance)).toEqual(['denies']);
    // (Not a thing that did not happen of its own: "The meeting did not happen until March".)
    expect(seedUnits(['The meeting with the trust did not happen until March.']).map((u) => u.stance)).toEqual(['asserts']);
  });
});

describe('sources no reader can name', () => {
  it('“speaking on condition of anonymity” between commas keeps the source unnamed', () => {
    expect(rows(seedUnits(['A consultant, speaking on condition of anonymity, said patients had been given oxygen from portable cylinders in the car park.']))).toEqual([
      ['Patients had been given oxygen from portable cylinders in the car park', 'a consultant speaking on condition of anonymity', 'anonymous', 'asserts'],
    ]);
  });

  it('“Members have told us that …”, “A healthcare assistant on duty that night told us that …” are unnamed', () => {
    const units = rows(seedUnits(['Members have told us that agency nurses were sent home mid-shift to save money.', 'A healthcare assistant on duty that night told us that the department ran out of clean bedding by 2am.'], "Health and Care Nurses' Union (press release)"));
    expect(units.map((r) => [r[0], r[2]])).toEqual([
      ['Agency nurses were sent home mid-shift to save money', 'anonymous'],
      ['The department ran out of clean bedding by 2am', 'anonymous'],
    ]);
  });

  it('“I am told by staff that …”: what the staff told the speaker is the staff’s, in a quotation too', () => {
    const units = rows(seedUnits(['Dr Tomasz Wrobel said: "I am told by staff at the hospital that the bereavement office was closed all weekend."', 'Dr Tomasz Wrobel said the hospital had been full for a week.']));
    expect(units).toEqual([
      ['The bereavement office was closed all weekend', 'staff at the hospital', 'anonymous', 'asserts'],
      ['The hospital had been full for a week', 'Tomasz Wrobel', 'named', 'asserts'],
    ]);
    expect(rows(seedUnits(['I have been told by several people who work at the site that Corvane cut the maintenance team from twelve engineers to five.'], 'Friends of the Wendle (open letter)'))[0]!.slice(1, 3)).toEqual(['several people who work at the site', 'anonymous']);
  });
});

describe('who “she”, “he” and a surname are', () => {
  it('“she said” after an unnamed nurse the last sentence was about is that nurse, not the man named before', () => {
    const units = rows(seedUnits(['Harold Bessant, a retired postman, died on 11 January after spending 14 hours on a trolley.', 'One senior nurse, who asked not to be named, described the night as "the worst I have seen in 20 years".', '"We had 17 patients in the corridor at midnight," she said.', 'She said staff had been told not to record corridor waits on the electronic system.']));
    expect(units.slice(-2).map((r) => [r[1], r[2]])).toEqual([
      ['one senior nurse who asked not to be named', 'anonymous'],
      ['one senior nurse who asked not to be named', 'anonymous'],
    ]);
  });

  it('“he said” after a quotation naming someone else is the one the sentence before was about', () => {
    const units = rows(seedUnits(['Harold Bessant, 81, died at Wexcombe General Hospital on 11 January.', 'Dr Simon Hurrell, the trust’s chief executive, apologised to the family. "We failed Mr Bessant, and I am deeply sorry," he said.']));
    expect(units.filter((r) => /failed/.test(String(r[0]))).map((r) => r[1])).toEqual(['Simon Hurrell']);
  });

  it('“Mrs Bessant-Lyle” is Karen Bessant-Lyle, not Harold Bessant', () => {
    const units = rows(seedUnits(['Harold Bessant, 81, died at Wexcombe General Hospital on 11 January.', 'His daughter, Karen Bessant-Lyle, told the inquest that her father asked for water again and again.', 'Speaking outside the court, Mrs Bessant-Lyle said: "Dad worked for this town for 40 years."']));
    expect(units.at(-1)![1]).toBe('Karen Bessant-Lyle');
  });
});

describe('an inquest report and a paper’s own papers', () => {
  it('“… at 10.30pm. “We were …,” he said.” is two sentences, both the paramedic’s', () => {
    expect(rows(seedUnits(['Paramedic Liam Docherty told the inquest that the crew handed Mr Bessant over to hospital staff at 10.30pm. "We were the ninth ambulance in the queue when we arrived," he said.']))).toEqual([
      ['The crew handed Mr Bessant over to hospital staff at 10.30pm', 'Liam Docherty', 'named', 'asserts'],
      ['We were the ninth ambulance in the queue when we arrived', 'Liam Docherty', 'named', 'asserts'],
    ]);
  });

  it('“Mr Bessant’s daughter, Karen Lyle, told the inquest that …” is Karen Lyle’s', () => {
    const [unit] = rows(seedUnits(['Mr Bessant\'s daughter, Karen Lyle, told the inquest that her father asked for water again and again.']));
    expect(unit!.slice(1, 3)).toEqual(['Karen Lyle', 'named']);
  });

  it('data a paper obtained and a rota it saw are the paper’s unnamed sources; an appositive does not hide a clause', () => {
    const units = rows(seedUnits(['Only 48% of patients were seen within four hours, according to data obtained by the Ledger.', 'A rota seen by the Ledger shows that seven registered nurses were on duty in the department overnight.', 'Another nurse said Elm Ward, a 28-bed medical ward, had been closed to new admissions since 9 January.'], 'The National Ledger'));
    expect(units).toEqual([
      ['Only 48% of patients were seen within four hours', 'data obtained by the Ledger', 'anonymous', 'asserts'],
      ['Seven registered nurses were on duty in the department overnight', 'a rota seen by the Ledger', 'anonymous', 'asserts'],
      ['Elm Ward, a 28-bed medical ward, had been closed to new admissions since 9 January', 'another nurse', 'anonymous', 'asserts'],
    ]);
  });
});

describe('a parliamentary record', () => {
  const debate = [
    'Mr Daniel Okafor (Wexcombe North) (Lab): I beg to move,',
    'That this House has considered emergency care at Wexcombe General Hospital.',
    'It is a pleasure to serve under your chairmanship, Sir Edward. This year the Government cut the trust\'s urgent care funding by £4 million.',
    'Mr Okafor: I will give way.',
    'Ms Joanna Reeve (Wexcombe South) (Lab): My hon. Friend is right. The trust has cut 40 nursing posts since April.',
    'The Minister for Health (Ruth Aldane): I thank the hon. Member for Wexcombe North for securing this debate. The hon. Member for Wexcombe South said that the trust has cut 40 nursing posts. That is simply wrong.',
    'The hon. Member for Wexcombe North also said that funding had been cut. We reject that figure. Funding for urgent care at the trust rose by £2.3 million this year.',
    'Question put and agreed to.',
  ];

  it('each turn is its labelled Member’s, the label no part of it; procedure and courtesies are no claims', () => {
    expect(rows(seedUnits(debate, 'Hansard (House of Commons, Westminster Hall debate)')).map((r) => [r[0], r[1], r[3]])).toEqual([
      ["This year the Government cut the trust's urgent care funding by £4 million", 'Daniel Okafor', 'asserts'],
      ['The trust has cut 40 nursing posts since April', 'Joanna Reeve', 'asserts'],
      ['The trust has cut 40 nursing posts', 'Joanna Reeve', 'asserts'],
      ['That is simply wrong', 'Ruth Aldane', 'denies'],
      ['Funding had been cut', 'Daniel Okafor', 'asserts'],
      ['Ruth Aldane rejected that figure', 'Ruth Aldane', 'denies'],
      ['Funding for urgent care at the trust rose by £2.3 million this year', 'Ruth Aldane', 'asserts'],
    ]);
  });

  it('“Hansard (House of Commons, …)” names the record, not a source it credits', async () => {
    const { parseSourceLine } = await import('../../../src/ingest/parse/metadata.ts');
    expect(parseSourceLine('Source: Hansard (House of Commons, Westminster Hall debate)')).toMatchObject({ name: 'Hansard', credits: [] });
  });
});

describe('a union’s release', () => {
  it('a list of demands, a call to join a protest, what someone deserved and “It is time …” are no claims', () => {
    const units = rows(seedUnits(['The HCNU is calling on:', '• The Government to publish corridor-care figures for every hospital every month.', '• The trust to publish its staffing rotas for 10 and 11 January.', 'Join us outside Wexcombe General Hospital at noon on Saturday 7 March. Bring a placard, bring a friend, and bring your story.', 'Harold Bessant gave 40 years to his town. He deserved a bed, a doctor and a nurse who had time to sit with him.', 'It is time ministers listened to the people on the front line.'], "Health and Care Nurses' Union (press release)"));
    expect(units.map((r) => r[0])).toEqual(['Harold Bessant gave 40 years to his town']);
  });

  it('what unnamed people told a speaker who is quoted is theirs, as unnamed as they are', () => {
    const units = rows(seedUnits(['Marcia Oduya, regional secretary, said:', '"Members have told us that agency nurses were sent home mid-shift to save money. Dr Wrobel told us the board knew. Anyone saying otherwise is wrong."']));
    expect(units.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Agency nurses were sent home mid-shift to save money', 'members', 'anonymous'],
      ['The board knew', 'Wrobel', 'named'],
      ['Anyone saying otherwise is wrong', 'Marcia Oduya', 'named'],
    ]);
  });

  it('in a debate, a minister named in full after her first turn (“Ruth Aldane:”) still speaks; “My hon. Friend is making a powerful speech” is a courtesy', () => {
    const units = rows(seedUnits(['Mr Daniel Okafor (Wexcombe North) (Lab): This year the Government cut the trust\'s urgent care funding by £4 million.', 'Ms Joanna Reeve (Wexcombe South) (Lab): My hon. Friend is making a powerful speech. Seventeen ambulances were queued outside the hospital.', 'The Minister for Health (Ruth Aldane): Funding rose by £2.3 million this year.', 'Ruth Aldane: I have seen the email from the chief operating officer.'], 'Hansard (House of Commons)'));
    expect(units.map((r) => [r[0], r[1]])).toEqual([
      ["This year the Government cut the trust's urgent care funding by £4 million", 'Daniel Okafor'],
      ['Seventeen ambulances were queued outside the hospital', 'Joanna Reeve'],
      ['Funding rose by £2.3 million this year', 'Ruth Aldane'],
      ['I have seen the email from the chief operating officer', 'Ruth Aldane'],
    ]);
  });
});

describe('an inquest report', () => {
  it('“The inquest heard that A and B”: both, as evidence the hearing heard; “arrived” takes no passive “was”', () => {
    expect(rows(seedUnits(['The two-day inquest at Carradine Coroner\'s Court heard that Mr Bessant was taken ill with severe abdominal pain and arrived at the hospital by ambulance at 6.40pm on Saturday 10 January.']))).toEqual([
      ['Mr Bessant was taken ill with severe abdominal pain', "evidence heard by the two-day inquest at Carradine Coroner's Court", 'named', 'asserts'],
      ['Mr Bessant arrived at the hospital by ambulance at 6.40pm on Saturday 10 January', "evidence heard by the two-day inquest at Carradine Coroner's Court", 'named', 'asserts'],
    ]);
    expect(rows(seedUnits(['The court was told the defendant had left the country.']))[0]!.slice(1, 3)).toEqual(['evidence heard by the court', 'named']);
  });

  it('“Carradine Coroner’s Court” names no one called Carradine Coroner: the coroner’s “She said” is Alison Maybury’s', () => {
    const units = rows(seedUnits(['The two-day inquest at Carradine Coroner\'s Court heard that Mr Bessant was taken ill.', 'The coroner, Alison Maybury, recorded a narrative conclusion. She said Mr Bessant\'s death had been contributed to by a delay in diagnosis.']));
    expect(units.at(-1)![1]).toBe('Alison Maybury');
  });
});

describe('a quoted secretary’s words', () => {
  it('“That night there were six nurses” keeps its “That”; “The trust says otherwise, but …” is hers, and says nothing of the trust’s to check', () => {
    const units = rows(seedUnits(['Marcia Oduya, regional secretary, said:', '"That night there were six registered nurses in the emergency department, against a planned eleven.', '"Elm Ward was closed all weekend. The trust says otherwise, but our members worked on that ward and they know it was shut."', 'She said that night shifts were the worst.']));
    expect(units.map((r) => [r[0], r[1]])).toEqual([
      ['That night there were six registered nurses in the emergency department, against a planned eleven', 'Marcia Oduya'],
      ['Elm Ward was closed all weekend', 'Marcia Oduya'],
      ['Our members worked on that ward and they know it was shut', 'Marcia Oduya'],
      ['Night shifts were the worst', 'Marcia Oduya'],
    ]);
  });
});

describe('“the council”, “the hospital”, “the company”', () => {
  it('is the body of that kind the article names most', () => {
    const units = rows(seedUnits(['Fenmore General Hospital said its systems were restored on Monday.', 'Fenmore staff wrote charts on paper, and crews took patients to Linwood Community Hospital instead.', 'The hospital said the records of about 40,000 patients were exposed.', 'Ellisford District Council said the school would reopen. The council said the water was safe.', 'Corvane Agrochemicals runs the plant. The company said the leak had been stopped.']));
    expect(units.filter((r) => /40,000|water was safe|leak had been stopped/.test(String(r[0]))).map((r) => r[1])).toEqual(['Fenmore General Hospital', 'Ellisford District Council', 'Corvane Agrochemicals']);
  });

  it('not a body named in passing by its kind (“Portuguese club Sporting Vellmar”): “the club” stays the club', () => {
    const units = rows(seedUnits(['City announced that Kessling had joined from Portuguese club Sporting Vellmar. The club said it had paid £18 million.']));
    expect(units.at(-1)![1]).toBe('the club');
  });
});
