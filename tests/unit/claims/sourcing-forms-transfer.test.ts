/**
 * Forms of sourcing a thirteenth audit story (a football transfer scandal) brought: a source
 * unnamed at its own request whatever capitalised words describe it, "the person said", crowds
 * ("people are saying", "some supporters claim"), a name then an aside on how they were reached,
 * "according to X, a lecturer …", a quotation going on in the first person, a fronted time, a
 * presenter's label and introductions, a club's statement.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

const speakers = (paragraphs: string[], outlet?: string) => seedUnits(paragraphs, outlet).map((u) => [u.text, u.attribution.speaker, u.attribution.kind, u.attribution.role]);

describe('unnamed sources', () => {
  it('“A senior figure at another Premier Division club, who spoke on condition of anonymity, said …” is unnamed, and so is “the person said” next', () => {
    expect(rows(seedUnits(['A senior figure at another Premier Division club, who spoke on condition of anonymity, said Halberton had "outbid everyone by a mile" for Kessling. "Nobody else was going above fifteen," the person said.']))).toEqual([
      ['Halberton had "outbid everyone by a mile" for Kessling', 'a senior figure at another Premier Division club who spoke on condition of anonymity', 'anonymous', 'asserts'],
      ['Nobody else was going above fifteen', 'the person', 'anonymous', 'asserts'],
    ]);
  });

  it('“according to documents seen by the Echo”: papers no reader can check are no source on record', () => {
    expect(rows(seedUnits(['Halberton City paid £3.5 million to a Malta-registered company, according to documents seen by the Echo.']))[0]!.slice(1, 3)).toEqual(['documents seen by the Echo', 'anonymous']);
    // A published record is one.
    expect(rows(seedUnits(['The university was paid £3.8 million for the trial, according to the university’s 2024 annual accounts.']))[0]!.slice(1, 3)).toEqual(['the university’s 2024 annual accounts', 'named']);
  });

  it('an “Echo” is a newspaper: what it reported is relayed, and the publisher’s own sources are relayed from no one', () => {
    expect(rows(seedUnits(['The Halberton Echo reported on Wednesday that City paid more than £3 million to Corvina.']))[0]!.slice(1)).toEqual([null, 'none', 'reports']);
    const own = seedUnits(['The Echo can reveal that the fee was £24.5 million.', '"The club knew everything," the source said.'], 'The Halberton Echo');
    expect(own.at(-1)!.attribution).toMatchObject({ speaker: 'the source', kind: 'anonymous', via: null });
  });

  it('“Two people briefed on the talks told reporters that …”: the participle is part of who spoke', () => {
    expect(rows(seedUnits(['Two people briefed on the talks told reporters that prosecutors launched an investigation into the company.']))).toEqual([
      ['Prosecutors launched an investigation into the company', 'two people briefed on the talks', 'anonymous', 'asserts'],
    ]);
  });

  it('crowds are nobody on record: “People are saying …”, “Some supporters claim …”, “The fans claim that …”', () => {
    for (const text of ['People are saying the board knew.', 'Some supporters claim the board knew.', 'The fans claim that the board knew.']) {
      expect(rows(seedUnits([text]))[0]!.slice(0, 3), text).toEqual(['The board knew', expect.any(String), 'anonymous']);
    }
    // A party named for the people is someone on record.
    expect(rows(seedUnits(['The People’s Party said the vote was rigged.']))[0]!.slice(1, 3)).toEqual(['the People’s Party', 'named']);
  });
});

describe('named sources', () => {
  it('“Reljic, reached by telephone in Lisbon, said he had …”: the name, past the aside', () => {
    expect(rows(seedUnits(['Reljic, reached by telephone in Lisbon, said he had never received a single pound that was not declared.']))[0]!.slice(1, 3)).toEqual(['Reljic', 'named']);
  });

  it('“…, according to Anita Ferreira, a lecturer in sports finance.”: her claim, without the role in its words', () => {
    expect(rows(seedUnits(['The investigation could lead to a fine if breaches are found, according to Anita Ferreira, a lecturer in sports finance at the University of Halberton.']))).toEqual([
      ['The investigation could lead to a fine if breaches are found', 'Anita Ferreira', 'named', 'asserts'],
    ]);
  });

  it('a quotation that goes on “I’d simply say …” is still the speaker’s, not “I”’s', () => {
    const units = rows(seedUnits(['"That is simply false," said Harriet Coombs, a spokeswoman for the club.', 'Asked about the fee, she said: "We never comment on transfer fees. I\'d simply say the figure you have is wrong."']));
    expect(units.at(-1)).toEqual(['The figure you have is wrong', 'Harriet Coombs', 'named', 'asserts']);
  });

  it('“Vellmar president Ivo Brandt told …” after “Sporting Vellmar …”: the person named after the title speaks, not the club named before it', () => {
    const units = seedUnits(['Sporting Vellmar declined to comment on the fee.', 'Vellmar president Ivo Brandt told Meridian his club had received every euro that was agreed.']);
    expect(units.at(-1)!.attribution).toMatchObject({ speaker: 'Ivo Brandt', role: 'Vellmar president', kind: 'named' });
  });

  it('“says a fine is the likeliest outcome, and she is probably right”: the writer’s verdict on her is no claim of hers', () => {
    expect(rows(seedUnits(['Anita Ferreira, a sports finance lecturer, says a fine is the likeliest outcome, and she is probably right.']))).toEqual([
      ['A fine is the likeliest outcome', 'Anita Ferreira', 'named', 'asserts'],
    ]);
  });

  it('once the article calls her “she”, a “he” is someone else', () => {
    const rows2 = speakers(['Lena Hartigan is the club’s director of football.', '“We did everything by the book,” she said.', 'He passed his medical last Saturday.']);
    expect(rows2.map((r) => r.slice(0, 2))).toEqual([
      ['Lena Hartigan is the club’s director of football', null],
      ['We did everything by the book', 'Lena Hartigan'],
      ['He passed his medical last Saturday', null],
    ]);
  });

  it('“On Friday afternoon its spokesman told …”: the time is no part of the speaker', () => {
    expect(rows(seedUnits(['On Friday afternoon its spokesman told one outlet that it had opened an investigation.']))[0]!.slice(1, 3)).toEqual(['its spokesman', 'named']);
  });
});

describe('a radio programme', () => {
  it('a presenter’s label with a role in brackets names her, and her surname alone labels her later turns', () => {
    const units = rows(seedUnits(['GEMMA ODUYA (PRESENTER): Good evening. The association has confirmed it is looking at the signing.', 'ODUYA: Some fans booed the striker at the training ground on Thursday.']));
    expect(units.map((r) => r.slice(0, 3))).toEqual([
      ['The association is looking at the signing', 'the association', 'named'],
      ['Some fans booed the striker at the training ground on Thursday', 'Gemma Oduya', 'named'],
    ]);
  });

  it('“Did you meet X in Lisbon last March?” — “No.”: the guest denies meeting X there, on record', () => {
    const units = rows(seedUnits(['GEMMA ODUYA (PRESENTER): Lena Hartigan is the club’s director of football. Lena, first of all: did you meet Marko Reljić in Lisbon last March?', 'LENA HARTIGAN: No. I have been to Lisbon twice in my life.', 'ODUYA: Have you ever paid an agent in cash?', 'HARTIGAN: Never.', 'ODUYA: Is the fee right?', 'HARTIGAN: No.']));
    expect(units.filter((r) => r[3] === 'denies')).toEqual([
      ['Lena Hartigan did not meet Marko Reljić in Lisbon last March', 'Lena Hartigan', 'named', 'denies'],
      ['Lena Hartigan has not paid an agent in cash', 'Lena Hartigan', 'named', 'denies'],
    ]);
    const denial = seedUnits(['GEMMA ODUYA (PRESENTER): Lena Hartigan is the club’s director of football. Did you meet Marko Reljić in Lisbon?', 'LENA HARTIGAN: No.']).find((u) => u.stance === 'denies');
    expect(denial?.denial?.target).toBe('Lena Hartigan met Marko Reljić in Lisbon');
  });

  it('a quotation she relays goes on in the quoted speaker’s voice, not hers', () => {
    const units = rows(seedUnits(['GEMMA ODUYA (PRESENTER): Good evening.', 'ODUYA: We asked the association. A spokesman, Daniel Okafor, told this programme: "We have opened preliminary enquiries. It would be wrong to describe this as a formal investigation at this stage."']));
    expect(units.slice(-2).map((r) => r[1])).toEqual(['Daniel Okafor', 'Daniel Okafor']);
  });

  it('her introductions are no claims, and no part of a guest’s role', () => {
    expect(speakers(['Joining me is the club’s director of football, Lena Hartigan, speaking publicly for the first time.', 'Bev Marchetti joins us now.', 'Hartigan said the club had done nothing wrong.'])).toEqual([
      ['The club had done nothing wrong', 'Lena Hartigan', 'named', 'club’s director of football'],
    ]);
  });
});

describe('what records show', () => {
  it('“City’s most recent accounts show a loss of £31 million” is a claim: the tagger’s noun “show” is the verb', () => {
    expect(rows(seedUnits(['City’s most recent accounts show a loss of £31 million for the year to June 2025.']))).toEqual([
      ['City’s most recent accounts show a loss of £31 million for the year to June 2025', null, 'none', 'asserts'],
    ]);
  });
});

describe('a club’s statement', () => {
  const statement = [
    'Halberton City Football Club is aware of an article published today by the Halberton Echo.',
    'The club rejects the article’s central allegations.',
    'The club did not make any undeclared payment to any intermediary.',
    'The club will make no further comment at this time.',
    'For media enquiries, please contact Harriet Coombs, Head of Communications.',
  ];

  it('speaks on record in one voice: its rejection of “the article’s allegations” answers none of its own lines; its closing lines are no claims', () => {
    expect(rows(seedUnits(statement, 'Halberton City FC'))).toEqual([
      ['Halberton City Football Club is aware of an article published today by the Halberton Echo', 'Halberton City FC', 'named', 'asserts'],
      // ("The club" is the club the statement names, in the issuer's name: one voice.)
      ['Halberton City Football Club rejects the article’s central allegations', 'Halberton City FC', 'named', 'asserts'],
      ['The club did not make any undeclared payment to any intermediary', 'Halberton City FC', 'named', 'asserts'],
    ]);
  });
});
