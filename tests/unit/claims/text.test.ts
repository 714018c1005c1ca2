import { describe, expect, it } from 'vitest';
import { balanceQuotes, capitalise, claimText, pastTense, shorten, thirdPerson, tidy, topLevelMatches } from '../../../src/ingest/claims/text.ts';
import { cutAtBoundary, dropAccordingInserts, dropInserts, dropLeadingAdverbial, dropRoles, firstReportedClause } from '../../../src/ingest/claims/shorten.ts';

describe('tidy', () => {
  it.each([
    ['that the port is open.', 'the port is open'],
    ['“The port is open,”', 'The port is open'],
    [' the report “simply false”, ', 'the report “simply false”'],
    ['the port is open, and', 'the port is open'],
    ['“purely false information', 'purely false information'],
    ['he was open to “talks', 'he was open to “talks”'],
    // "That" followed by its verb is the pronoun, not a complementiser.
    ['“That is simply false.”', 'That is simply false'],
    ['That was never discussed', 'That was never discussed'],
    // "so" standing for what was said before is no trailing connective.
    ['it will go on doing so.', 'it will go on doing so'],
    ['the minister said so', 'the minister said so'],
    ['the port is open, so', 'the port is open'],
    ['the port stayed open so', 'the port stayed open'],
    // The stop of an abbreviation at the end stays.
    ['The AIP announced the finding at 2 p.m.', 'The AIP announced the finding at 2 p.m.'],
    ['Troops were sent by the U.S.', 'Troops were sent by the U.S.'],
    ['The deal was signed by Acme Inc.,', 'The deal was signed by Acme Inc.'],
    ['The port is open at 9 a.m', 'The port is open at 9 a.m'],
    ['The answer was no.', 'The answer was no'],
  ])('%s → %s', (raw, clean) => expect(tidy(raw)).toBe(clean));

  it('never changes the quotation marks or apostrophes kept', () => {
    expect(claimText('it’s “done”')).toBe('It’s “done”');
  });
});

describe('quotes', () => {
  it('finds matches outside quotations only', () => {
    expect(topLevelMatches('a, “b, c,” d', /,/g).map((m) => m.index)).toEqual([1, 10 - 1].slice(0, 1));
  });

  it('balances a dangling mark', () => {
    expect(balanceQuotes('false,” he')).toBe('false, he');
    expect(balanceQuotes('a “b')).toBe('a “b”');
  });

  it('capitalises after an opening quote', () => {
    expect(capitalise('“we will')).toBe('“We will');
  });
});

describe('shortening', () => {
  it('drops role words before names', () => {
    expect(dropRoles('Foreign Minister Sara Lindqvist and the US President-elect Jones met')).toBe('Sara Lindqvist and Jones met');
  });

  it('keeps an organisation whose name holds a title word', () => {
    expect(dropRoles('Nurses at Fenmore General Hospital had to switch to paper charts')).toBe('Nurses at Fenmore General Hospital had to switch to paper charts');
    // A title before words that name no one: "the Premier Division", "Head of Communications".
    expect(dropRoles('City are 14th in the 20-team Premier Division')).toBe('City are 14th in the 20-team Premier Division');
    expect(dropRoles('Harriet Coombs, Head of Communications, said so')).toBe('Harriet Coombs, Head of Communications, said so');
    expect(dropRoles('Surgeon General Ada Reyes said so')).toBe('Ada Reyes said so');
    // A role after an article with lower-case words before it goes whole, not "The health Ruth Aldane".
    expect(dropRoles('The health minister Ruth Aldane has corrected a statement')).toBe('Ruth Aldane has corrected a statement');
    expect(dropRoles('The then health secretary Ruth Aldane said so')).toBe('Ruth Aldane said so');
    expect(dropRoles('The government’s foreign minister Ruth Aldane said so')).toBe('Ruth Aldane said so');
    // (A verb before the role is the sentence's own: only the role goes.)
    expect(dropRoles('The union urged minister Ruth Aldane to act')).toBe('The union urged Ruth Aldane to act');
    expect(dropRoles('A report by minister Ruth Aldane said so')).toBe('A report by Ruth Aldane said so');
  });

  it('drops inserts between commas', () => {
    expect(dropInserts('Several towns, including two on the coast, lost power', 10)).toBe('Several towns lost power');
  });

  it('drops a list an insert opens as a whole, not its first item alone', () => {
    expect(dropInserts('The records of 40,000 patients were exposed, including names, dates of birth and insurance numbers', 10)).toBe('The records of 40,000 patients were exposed');
    expect(dropInserts('Three towns, such as Avon, Brill and Cole, lost power, the utility said', 10)).toBe('Three towns lost power, the utility said');
  });

  it('drops an appositive whose list goes on past its comma, not its first item alone (no “PFAS firefighting foam …”)', () => {
    expect(dropInserts('PFAS, a family of chemicals used in non-stick coatings, firefighting foam and waterproof fabrics, break down slowly', 10)).toBe('PFAS break down slowly');
    // A clause after the comma is the sentence going on.
    expect(dropInserts('Veltrex, a chemical maker, and the town were sued, the lawyers said', 10)).toBe('Veltrex and the town were sued, the lawyers said');
  });

  it('drops an appositive noun phrase after a name or noun (a participle may describe; a finite verb makes a clause)', () => {
    expect(dropInserts('Corvale sprinter Dara Velasquez, the reigning Continental 200 metres champion, has been suspended', 10)).toBe('Corvale sprinter Dara Velasquez has been suspended');
    expect(dropInserts('The steakhouse at the centre of her defence, the Copper Grill on Mill Street, said its beef was safe', 10)).toBe('The steakhouse at the centre of her defence said its beef was safe');
    expect(dropInserts('The mayor said the report, the council said, was wrong', 10)).toBe('The mayor said the report, the council said, was wrong');
  });

  it('drops an appositive at the clause’s end with the name it gives its last noun (not “… Ltd Piet Kestle”)', () => {
    expect(dropInserts('The payments were made to Kestle Advisory Ltd, a consultancy controlled by the defendant’s brother-in-law, Piet Kestle', 10)).toBe('The payments were made to Kestle Advisory Ltd');
    // (A clause after the appositive is the sentence going on.)
    expect(dropInserts('Veltrex, a chemical maker, and the town were sued', 10)).toBe('Veltrex and the town were sued');
  });

  it('drops a leading adverbial before a clause', () => {
    expect(dropLeadingAdverbial('During the long meeting on Monday, the mayor urged calm')).toBe('the mayor urged calm');
    // (An opening clause of condition or time goes too.)
    expect(dropLeadingAdverbial('If it confirms the first result, the case will go to a disciplinary tribunal')).toBe('the case will go to a disciplinary tribunal');
  });

  it('keeps a sentence that only opens with a preposition: what comes before its comma has a verb of its own', () => {
    const fish = 'On 10 June volunteers counted more than 2,000 dead fish on the two-mile stretch of the Wendle below the plant, most of them trout and grayling';
    expect(dropLeadingAdverbial(fish)).toBe(fish);
    const eastgate = 'At Eastgate our observers were kept behind a barrier six metres from the tables, so they could not see whether bundles were being counted twice';
    expect(dropLeadingAdverbial(eastgate)).toBe(eastgate);
  });

  it('cuts at a clause boundary, not after a dangling conjunction', () => {
    expect(cutAtBoundary('The mayor said the budget was balanced for this year, although critics say otherwise and more', 60)).toBe('The mayor said the budget was balanced for this year');
  });

  it('a list item in -ed is no insert, and a range is one figure (no “makes … sensors trucks and farm machinery”, no “a charge of $40 million”)', () => {
    expect(dropInserts('Orrin, founded in 1961, makes sensors, printed circuit boards and control modules, trucks and more', 10)).not.toContain('sensors trucks');
    expect(cutAtBoundary('It expects the restructuring to save about $85 million a year once complete and to take a pre-tax charge of $40 million to $48 million', 120)).not.toMatch(/\$40 million$/);
  });

  it('a cut does not stop inside a “how” clause: not “… over how it handled”', () => {
    expect(cutAtBoundary("Britain's data regulator has opened a formal investigation into Forkful Plc over how it handled and disclosed a cyberattack on its customer database", 120)).toBe(
      "Britain's data regulator has opened a formal investigation into Forkful Plc",
    );
  });

  it('a cut leaves a statement: not a subject without its verb, nor a verb waiting for its complement', () => {
    // Before: "Corvale sprinter Dara Velasquez, the reigning Continental 200 metres champion".
    expect(cutAtBoundary('Corvale sprinter Dara Velasquez, the reigning Continental 200 metres champion, has been provisionally suspended after testing positive', 115)).toBe(
      'Corvale sprinter Dara Velasquez, the reigning Continental 200 metres champion, has been provisionally suspended',
    );
    // Before: "Reports are coming in that the Athletics Integrity Panel is".
    expect(cutAtBoundary('Reports are coming in that the Athletics Integrity Panel is about to announce a case involving a leading sprinter', 100)).not.toMatch(/ is$/);
    // Not right after an object pronoun either: "… and has withdrawn her" lost from what.
    expect(cutAtBoundary('Velasquez is provisionally suspended with immediate effect and has withdrawn her from next month’s Harbourgate Diamond Meet', 100)).toBe(
      'Velasquez is provisionally suspended with immediate effect',
    );
  });

  it('an age after a name goes with the insert after it; no cut ends on a preposition or before what “in return” is for', () => {
    expect(shorten('Tobias van der Berg, 54, of Kingsmead Road, is on trial at Ashcombe Crown Court accused of taking bribes from Brightwater Build in return for helping the firm land the £52m regeneration deal')).toBe(
      'Tobias van der Berg is on trial at Ashcombe Crown Court accused of taking bribes from Brightwater Build',
    );
    // An aside between dashes before the verb goes as a whole: no cut at either dash loses the verb.
    expect(shorten('Approaching a player under contract without his club’s permission — known in the game as “tapping up” — is a breach of Northern Football Association rules')).toBe(
      'Approaching a player under contract without his club’s permission is a breach of Northern Football Association rules',
    );
    // An address goes on to its town.
    expect(shorten('Tobias van der Berg, 54, of Kingsmead Road, Ashcombe, has been charged with three offences of bribery and one offence of misconduct in public office')).toMatch(
      /^Tobias van der Berg has been charged with three offences of bribery/,
    );
    expect(shorten('Ms de Vries also said Mr van der Berg was at a housing conference in Brussels on 14 May 2023, the day on which Brightwater’s former commercial director says she handed him £30,000')).toBe(
      'Ms de Vries also said Mr van der Berg was at a housing conference in Brussels on 14 May 2023',
    );
    expect(shorten('The deputy mayor of Ashcombe accepted four bribes totalling £120,000 from a construction company in return for steering a £48 million housing contract its way')).toBe(
      'The deputy mayor of Ashcombe accepted four bribes totalling £120,000 from a construction company',
    );
  });

  it('no cut between a span of time and the "before" or "after" it measures; one after "for 36 hours" may stay', () => {
    // Before: "… the condition of the track at Brežany more than a month".
    expect(cutAtBoundary("Rail workers had warned Selvan Regional Railways about the condition of the track at Brežany more than a month before Tuesday's derailment", 120)).toBe(
      'Rail workers had warned Selvan Regional Railways about the condition of the track',
    );
    expect(cutAtBoundary('Fenmore General Hospital diverted ambulances to other hospitals for 36 hours after a ransomware attack shut down its computer systems', 100)).toBe(
      'Fenmore General Hospital diverted ambulances to other hospitals for 36 hours',
    );
  });

  it('keeps every title within 120 characters', () => {
    const long = 'The regional transport authority had quietly approved a plan to close three rural bus depots in the northern valley before the end of the financial year';
    const s = shorten(long);
    expect(s.length).toBeLessThanOrEqual(120);
    expect(long.startsWith(s)).toBe(true);
  });
});

describe('two reported clauses joined by ", and that"', () => {
  it('the first is its own clause; a quotation’s words and a text with one clause are kept whole', () => {
    expect(firstReportedClause('bundles had been counted twice at Eastgate, and that a tray had been added without being checked')).toBe('bundles had been counted twice at Eastgate');
    expect(firstReportedClause('“bundles were counted twice, and that is wrong,” she said')).toBe('“bundles were counted twice, and that is wrong,” she said');
    expect(firstReportedClause('the count was slow and that annoyed everyone')).toBe('the count was slow and that annoyed everyone');
  });
});

describe('according to inside a clause', () => {
  it('is dropped: who says a part of a claim is not its content', () => {
    expect(dropAccordingInserts('More than 1,400 flights were cancelled, according to the Civil Aviation Directorate, and around 210,000 passengers were affected')).toBe(
      'More than 1,400 flights were cancelled and around 210,000 passengers were affected',
    );
    expect(dropAccordingInserts('The plant, according to two workers, had no alarm, and the fire, according to the brigade, spread fast')).toBe('The plant had no alarm, and the fire spread fast');
  });

  it('keeps the words of a quotation, and a clause without such an insert', () => {
    expect(dropAccordingInserts('“The plan, according to the minister, is dead,” she wrote')).toBe('“The plan, according to the minister, is dead,” she wrote');
    expect(dropAccordingInserts('The flights were cancelled according to plan')).toBe('The flights were cancelled according to plan');
  });
});

describe('past tense', () => {
  it.each([
    ['mention', 'mentioned'],
    ['urge', 'urged'],
    ['stop', 'stopped'],
    ['deny', 'denied'],
    ['say', 'said'],
    ['hold', 'held'],
    ['describe', 'described'],
  ])('%s → %s', (lemma, past) => expect(pastTense(lemma)).toBe(past));
});

describe('a verb told of one other', () => {
  it.each([
    ['have', 'has'],
    ['be', 'is'],
    ['go', 'goes'],
    ['reach', 'reaches'],
    ['carry', 'carries'],
    ['stay', 'stays'],
    ['flood', 'floods'],
  ])('%s → %s', (lemma, third) => expect(thirdPerson(lemma)).toBe(third));
});
