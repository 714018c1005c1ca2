/**
 * Forms of sourcing a twelfth audit story (a drug trial's disputed results) brought: unnamed
 * sources set off by commas, the same source named again by its noun, the paper speaking of
 * itself, "responds:", an interviewer's "you've said", a list of verbs, a name with "de la".
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

describe('who stands behind a claim', () => {
  it('“A clerk, who asked not to be named, said …” is unnamed, and so is “The auditor said …” after “A senior auditor who asked not to be named …”', () => {
    expect(rows(seedUnits(['A clerk, who asked not to be named, said the budget had been cut by a third.']))).toEqual([
      ['The budget had been cut by a third', 'a clerk who asked not to be named', 'anonymous', 'asserts'],
    ]);
    const units = rows(
      seedUnits([
        'A senior auditor who worked on the review, who asked not to be named because they were not authorised to speak to the press, tells the Courier that the mayor signed the report in January.',
        'The auditor said the finance committee overruled the auditors.',
      ]),
    );
    expect(units.map((r) => r[2])).toEqual(['anonymous', 'anonymous']);
    // A definite role after a named source is that role's holder, on record.
    expect(rows(seedUnits(['A source close to the mayor said she would resign.', 'The mayor said she would not stand down.']))[1]!.slice(1, 3)).toEqual(['the mayor', 'named']);
  });

  it('“Dales TV understands that …” in Dales TV News’s own article is its own voice; “The Gazette has learned that …” is the Gazette’s reporting, relayed', () => {
    // (A broadcaster's name without its "News": the publisher still, not a body on record.)
    expect(rows(seedUnits(['Dales TV understands that about 250 homes have been affected.'], 'Dales TV News'))).toEqual([['About 250 homes have been affected', null, 'none', 'asserts']]);
    const [gazette] = seedUnits(['The Gazette has learned that the sprinklers had been switched off for maintenance.']);
    expect(gazette).toMatchObject({ text: 'The sprinklers had been switched off for maintenance', attribution: { speaker: null, kind: 'none', via: 'The Gazette' }, stance: 'reports' });
    // Police, a council, a person: what they understand or learned stays theirs.
    expect(rows(seedUnits(['Police understand that the man was known to the victim.']))[0]!.slice(1, 3)).toEqual(['Police', 'named']);
    // ("Sky" alone is not "Sky News": too little of the name to be the publisher.)
    expect(rows(seedUnits(['Sky said the fire was out.'], 'Sky News'))[0]!.slice(1, 3)).not.toEqual([null, 'none']);
  });

  it('“as far as this newspaper can tell” is the paper’s own voice, not a named source', () => {
    expect(rows(seedUnits(['Nobody, as far as this newspaper can tell, disputes that the mayor misled the council about the roof.']))[0]!.slice(1, 3)).toEqual([null, 'none']);
  });

  it('“Hale responds: ‘…’” frames the quotation, every sentence of it', () => {
    expect(rows(seedUnits(['Tom Hale responds: ‘I have never been paid by Brightwater. I sat on one panel in 2019, unpaid.’']))).toEqual([
      ['I have never been paid by Brightwater', 'Tom Hale', 'named', 'asserts'],
      ['I sat on one panel in 2019, unpaid', 'Tom Hale', 'named', 'asserts'],
    ]);
    expect(rows(seedUnits(['The company did not respond to requests for comment.']))[0]![3]).toBe('declines');
  });

  it('“In an email to PulseLine she said he …”: she speaks after the opening phrase, and “he” is not she', () => {
    // (That she hit back at him is no claim; she is still whom "she" is next.)
    expect(rows(seedUnits(['Acme’s spokeswoman, Lena Berg, has hit back at Dr. Reyes-Marín.', 'In an email to PulseLine she said he “has consulted for a rival firm.”']))).toEqual([[
      'He “has consulted for a rival firm”',
      'Lena Berg',
      'named',
      'asserts',
    ]]);
    // A pronoun after a name doubles it: "Dmitry Peskov he told reporters".
    expect(rows(seedUnits(['Dmitry Peskov he told reporters that the article was about a call that never happened.']))[0]!.slice(1, 3)).toEqual(['Dmitry Peskov', 'named']);
  });

  it('a speaker whose name has “de la” is found', () => {
    expect(rows(seedUnits(['Chief executive Jean-Baptiste de la Fontaine said the company would file for approval before the end of the year.']))).toEqual([
      ['The company would file for approval before the end of the year', 'Jean-Baptiste de la Fontaine', 'named', 'asserts'],
    ]);
  });
});

describe('what is a claim', () => {
  it('“designed, run and analysed by academics” is one list of verbs, not “This trial was designed, run”', () => {
    expect(rows(seedUnits(['“This trial was designed, run and analysed by academics,” she told the hall.'])).map((r) => r[0])).toEqual(['This trial was designed, run and analysed by academics']);
  });

  it('a release’s forward-looking disclaimer, an interview’s editing note and a show’s sign-off are no claims', () => {
    expect(
      seedUnits([
        'This press release contains forward-looking statements. Actual results may differ materially. Maresca-Lindqvist undertakes no obligation to update these statements.',
        'Views expressed are his own. The interview has been edited for length and clarity.',
      ]),
    ).toEqual([]);
  });
});

describe('an interview transcript', () => {
  it('“I’m saying that …” is the turn’s speaker’s; the interviewer’s “you’ve said …” is nobody’s on record', () => {
    const units = rows(seedUnits(['Mayor Tom Hale joins us.', 'ANA RUIZ: Mr Hale, you’ve said the pool will close in June.', 'HALE: I’m saying that the report was published on our website in February.']));
    expect(units).toContainEqual(['The report was published on our website in February', 'Tom Hale', 'named', 'asserts']);
    expect(units.find((r) => r[0] === 'The pool will close in June')!.slice(1, 3)).toEqual([null, 'none']);
  });
});
