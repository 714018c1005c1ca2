/**
 * Forms the thirty-third audit story (a school coach crashes on a motorway; tests/fixtures/
 * coachcrash) brought: a "he" after an unnamed person, a quotation that goes on into the next
 * sentence, a speaker's preamble ("I want to be absolutely clear: …"), claims going round on
 * social media, an operator's own statement, a "while …" tail, a correction of a number written
 * in words, and thanks listing people with what they did.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

const texts = (units: ReturnType<typeof seedUnits>) => rows(units).map((r) => r[0]);

describe('a “he” after a person the article does not name', () => {
  it('“The driver, 61, has worked for the company …. He was arrested …” is the driver, not the managing director quoted before', () => {
    const units = seedUnits(['Its managing director, Gareth Molloy, told the Sentinel: "He is an experienced professional."', 'The driver, 61, has worked for the company for 14 years.', 'He was arrested on suspicion of dangerous driving and later released on bail, Westmarch Police said.']);
    expect(texts(units)).toEqual(['He is an experienced professional', 'The driver, 61, has worked for the company for 14 years', 'The driver was arrested on suspicion of dangerous driving', 'The driver was later released on bail']);
    // (A person named as the subject since is the "he" again.)
    const named = seedUnits(['The driver, 61, has worked for the company for 14 years.', 'Gareth Molloy has run the company since 2010.', 'He was appointed in 2015.']);
    expect(texts(named)).toContain('Gareth Molloy was appointed in 2015');
  });

  it('a named subject still is whom the next “he” stands for', () => {
    const units = seedUnits(['Gareth Molloy has run the company since 2010.', 'He was appointed managing director in 2015.']);
    expect(texts(units)).toContain('Gareth Molloy was appointed managing director in 2015');
  });
});

describe('unnamed people by what they are', () => {
  it('“One mother said …” is an unnamed source, whose “she” is herself', () => {
    expect(rows(seedUnits(["One mother said she had learned of the crash from a friend's social media post."]))).toEqual([
      ["She had learned of the crash from a friend's social media post", 'one mother', 'anonymous', 'asserts'],
    ]);
  });
});

describe('a quotation that goes on into the next sentence', () => {
  it('its first sentence, past a preamble, is the speaker’s claim; its “he” is not the speaker', () => {
    const units = seedUnits(['Mr Molloy said: "I want to be absolutely clear: our driver had not exceeded his driving hours. He began his shift at 7.30am, and he took a 45-minute break in Dunmere."'], 'Pennant Travel');
    expect(rows(units)).toEqual([
      ['Our driver had not exceeded his driving hours', 'Molloy', 'named', 'asserts'],
      ['He began his shift at 7.30am', 'Molloy', 'named', 'asserts'],
      ['He took a 45-minute break in Dunmere', 'Molloy', 'named', 'asserts'],
    ]);
  });
});

describe('a speaker’s preamble', () => {
  it('“I want to reassure you first of all that A, and that B” states A and B', () => {
    expect(texts(seedUnits(['I want to reassure you first of all that every pupil has been accounted for, and that none of the injuries is life-threatening.'], 'Kestrel Vale Academy'))).toEqual(['Every pupil has been accounted for', 'None of the injuries is life-threatening']);
  });

  it('“To be clear, …” and “Let me be clear: …” go; the preamble alone is no claim', () => {
    expect(texts(seedUnits(['To be clear, our driver had not exceeded his driving hours.'], 'Pennant Travel'))).toEqual(['Our driver had not exceeded his driving hours']);
    expect(texts(seedUnits(['Let me be clear: the coach had passed its inspection.'], 'Pennant Travel'))).toEqual(['The coach had passed its inspection']);
    expect(texts(seedUnits(['I want to be absolutely clear.'], 'Pennant Travel'))).toEqual([]);
  });
});

describe('claims going round', () => {
  it('“We are aware of claims circulating on social media that …” reports them, from unnamed sources', () => {
    expect(rows(seedUnits(['We are aware of claims circulating on social media that our driver had exceeded his legal driving hours.'], 'Pennant Travel'))).toEqual([
      ['Our driver had exceeded his legal driving hours', 'social media', 'anonymous', 'reports'],
    ]);
  });
});

describe('an operator’s own statement', () => {
  it('a Source line naming a company by its trade (“Pennant Travel”, “Harlan Coaches”) speaks for itself', () => {
    for (const outlet of ['Pennant Travel', 'Harlan Coaches']) {
      expect(rows(seedUnits(['All our vehicles are fitted with speed limiters set at 100km/h.'], outlet))[0], outlet).toEqual(['All our vehicles are fitted with speed limiters set at 100km/h', outlet, 'named', 'asserts']);
    }
  });
});

describe('a claim for as long as something goes on', () => {
  it('“… have been suspended while the investigation continues” is a claim; “The investigation continues.” alone is not', () => {
    expect(texts(seedUnits(['All further trips with Pennant Travel have been suspended while the investigation continues.'], 'Kestrel Vale Academy'))).toEqual(['All further trips with Pennant Travel have been suspended while the investigation continues']);
    expect(texts(seedUnits(['The investigation continues.'], 'Kestrel Vale Academy'))).toEqual([]);
  });
});

describe('a correction of a number written in words', () => {
  it('“Eleven people were taken to hospital” is withdrawn by “An earlier version … said that 11 people …. This was incorrect.”', () => {
    const units = seedUnits(['Eleven people were taken to hospital in Hallowfield.', 'Update (13 March, 10.20am): An earlier version of this update said that 11 people had been taken to hospital. This was incorrect. Nine people were taken to hospital.'], 'Westmarch Police');
    expect(texts(units)).toEqual(['Nine people were taken to hospital']);
  });
});

describe('thanks to people, with what they did', () => {
  it('“I want to thank every firefighter …, and every resident who left when they were told to” is no claim about the residents', () => {
    expect(texts(seedUnits(['Fire Chief Dana Whitlock said: "I want to thank every firefighter on this line, and every resident who left when they were told to."']))).toEqual([]);
    expect(texts(seedUnits(['I would also like to thank the emergency services, the hospital staff in Hallowfield and Dunmere, and the drivers who stopped to help.'], 'Kestrel Vale Academy'))).toEqual([]);
  });
});

describe('appeals, requests and questions told as statements', () => {
  it('are no claims: “If you saw the crash …, please still get in touch”, “We are appealing for anyone who …”, “You can also submit footage …”, “I would ask you, please, not to …”, “We would ask others to do the same”', () => {
    const appeals = [
      'If you saw the crash but do not have footage, please still get in touch.',
      'If you have any concerns, or if you think your child may need extra support, please contact the school office.',
      'We are appealing for anyone who was travelling on the M47 between junctions 13 and 15, and who has dashcam footage, to contact us.',
      'You can also submit footage through our online public portal.',
      'I would ask you, please, not to share speculation about the crash on social media.',
      'We will not speculate on the cause, and we would ask others to do the same.',
    ];
    for (const text of appeals) expect(texts(seedUnits([text], 'Westmarch Police')).filter((t) => !String(t).startsWith('We will not')), text).toEqual([]);
  });

  it('are no claims: a letter’s “I am writing to update you on …”, a live page’s “Here is part of that conversation.”, a presenter’s “Parents want to know how many …”, “People are asking whether …”', () => {
    expect(texts(seedUnits(['I am writing to update you on yesterday’s accident involving the coach.'], 'Kestrel Vale Academy'))).toEqual([]);
    expect(texts(seedUnits(['Here is part of that conversation.']))).toEqual([]);
    expect(texts(seedUnits(['Parents want to know how many children were hurt.', 'People are asking whether that stretch of the M47 has a problem with flooding.']))).toEqual([]);
    // (A statement of what someone wants is still one: "Parents want answers from the company".)
    expect(texts(seedUnits(['Parents want a meeting with the company.']))).toEqual(['Parents want a meeting with the company']);
  });
});

describe('a programme’s guest by role alone', () => {
  it('“GUEST:” is the guest a line introduced to the host (“Councillor Alan Trewin, …, spoke to our presenter Becky Hale”)', () => {
    const units = seedUnits([
      'Councillor Alan Trewin, cabinet member for highways at Westmarch County Council, spoke to our presenter Becky Hale on the drive-time show.',
      'PRESENTER: Should the coach company be worried?',
      'GUEST: It is not for me to prejudge a police investigation.',
      'PRESENTER: How many were hurt?',
      'GUEST: My understanding is that nine people went to hospital.',
    ], 'Brindleford Sound');
    const guest = rows(units).filter((r) => r[0] === 'It is not for me to prejudge a police investigation' || r[0] === 'Nine people went to hospital');
    expect(guest).toEqual([
      ['It is not for me to prejudge a police investigation', 'Alan Trewin', 'named', 'asserts'],
      ['Nine people went to hospital', 'Alan Trewin', 'named', 'asserts'],
    ]);
  });
});

describe('a company speaking', () => {
  it('its “its” is its own and its “he” is nobody it names but its driver: “Pennant Travel has said … that its driver had not … and that he had taken a break”', () => {
    expect(texts(seedUnits(['Pennant Travel has said in a statement that its driver had not exceeded his driving hours and that he had taken a break in Dunmere before setting off.'], 'Brindleford Sound'))).toEqual([
      'Pennant Travel’s driver had not exceeded his driving hours',
      'Pennant Travel’s driver had taken a break in Dunmere before setting off',
    ]);
  });
});

describe('a long subject after a verb of saying', () => {
  it('“Road safety experts say the stretch of the M47 between junctions 14 and 15 is notorious …” is the experts’ (vague sourcing); a relative clause’s verb is no subject’s', () => {
    expect(rows(seedUnits(['Road safety experts say the stretch of the M47 between junctions 14 and 15 is notorious for standing water.']))).toEqual([
      ['The stretch of the M47 between junctions 14 and 15 is notorious for standing water', 'Road safety experts', 'anonymous', 'asserts'],
    ]);
    expect(rows(seedUnits(['Several festivalgoers said an emergency exit on the Quarry Lane side of the arena, known as Exit 4, was locked.']))[0]).toEqual(['An emergency exit on the Quarry Lane side of the arena, known as Exit 4, was locked', 'several festivalgoers', 'anonymous', 'asserts']);
    expect(texts(seedUnits(["Haldane Build reported every cost pressure to the council's stadium project board within the month in which it arose."]))).toEqual(["Haldane Build reported every cost pressure to the council's stadium project board within the month in which it arose"]);
  });
});

describe('a question put in two steps', () => {
  const interview = (question: string, answer: string) =>
    rows(seedUnits(['Councillor Alan Trewin, cabinet member for highways at Westmarch County Council, spoke to our presenter Becky Hale.', `PRESENTER: ${question}`, `GUEST: ${answer} The drainage was completely rebuilt in 2024.`]));

  it('“People are asking whether X. Does it?” — “No, I don’t accept that.”: the guest denies X, on record, and the rejection is no claim of its own', () => {
    const units = interview('People are asking whether that stretch of the M47 has a problem with flooding. Does it?', 'No, I don’t accept that.');
    expect(units[0]).toEqual(['That stretch of the M47 does not have a problem with flooding', 'Alan Trewin', 'named', 'denies']);
    expect(units.map((r) => r[0])).not.toContain('No, I don’t accept that');
    const denial = seedUnits(['Councillor Alan Trewin spoke to our presenter Becky Hale.', 'PRESENTER: Parents want to know if the school coach was overloaded. Was it?', 'GUEST: No.']).find((u) => u.stance === 'denies');
    expect(denial?.denial?.target).toBe('the school coach was overloaded');
  });

  it('a question that asks nothing again, or a sentence before it that puts nothing, is no denial', () => {
    expect(interview('The drainage is new. Does it work?', 'No, I don’t accept that.').filter((r) => r[3] === 'denies')).toEqual([]);
    expect(interview('That stretch of the M47 floods. Does it?', 'No.').filter((r) => r[3] === 'denies')).toEqual([]);
  });
});
