import { describe, expect, it } from 'vitest';
import { decompose, secondReportedClause, stripDiscourse, subjectOf, withSecondClauses } from '../../../src/ingest/claims/decompose.ts';

describe('coordinated verb phrases', () => {
  it.each([
    ['the mayor reminded the council of its debts and conveyed a wish for talks', ['the mayor reminded the council of its debts', 'the mayor conveyed a wish for talks']],
    ['The company cut prices and raised wages', ['The company cut prices', 'The company raised wages']],
    ['He has called for calm and questioned the police response', ['He has called for calm', 'He has questioned the police response']],
    ['The coach resigned but did not explain why', ['The coach resigned', 'The coach did not explain why']],
  ])('%s', (text, clauses) => {
    expect(decompose(text)).toEqual(clauses);
  });

  it('does not split coordinated nouns', () => {
    expect(decompose('The mayor and the minister held a secret meeting')).toEqual(['The mayor and the minister held a secret meeting']);
  });

  it('does not split verbs coordinated inside a “how” or “whether” clause: their subject is the clause’s', () => {
    const probe = 'The regulator has opened an investigation into Forkful over how it handled and disclosed a cyberattack';
    expect(decompose(probe)).toEqual([probe]);
  });

  it('leaves out a preamble that only announces the claim after its colon (“This proves what we’ve been saying: …”)', () => {
    expect(decompose("This proves what we've been saying: the decision was made in June")).toEqual(['the decision was made in June']);
    expect(decompose('The truth is simple: nobody told the workers')).toEqual(['nobody told the workers']);
    // Not before an instruction or a phrase: "Our advice is simple: do not drink the water".
    expect(decompose('This proves one thing: incompetence')).toEqual(['This proves one thing: incompetence']);
  });

  it('does not give the verbs after a colon the subject before it (“Our advice do not mix baby formula with it”)', () => {
    const advice = 'Our advice is simple: do not drink the tap water, do not cook with it and do not mix baby formula with it';
    expect(decompose(advice)).toEqual([advice]);
  });
});

describe('“Our understanding is that …”', () => {
  it('is the speaker telling what follows: the claim is what follows', () => {
    expect(decompose('Our understanding is that four people were injured.')).toEqual(['four people were injured.']);
    // (A view stays one: “My view is that …” is an opinion, and reads as one.)
    expect(decompose('My view is that the council failed.')).toEqual(['My view is that the council failed.']);
  });
});

describe('a second “that” clause after a comma (“…, and that …”)', () => {
  it('after a denial pointing back (“rejected that entirely”) is a second thing said', () => {
    expect(decompose('she rejected that entirely, and that officers had followed the policy.')).toEqual(['she rejected that entirely', 'officers had followed the policy.']);
  });

  it('after any other clause goes on with it, as one claim', () => {
    expect(decompose('the wording was an error, and that a correction went out about three hours later.')).toEqual(['the wording was an error, and that a correction went out about three hours later.']);
    expect(decompose('Fourteen is the confirmed count from state laboratories, and that number is solid.')).toEqual(['Fourteen is the confirmed count from state laboratories, and that number is solid.']);
  });
});

describe('a count told in a relative clause (“six of whom”)', () => {
  it('is a claim of its own, counting what the first half counted', () => {
    expect(decompose('eleven people had been injured, six of whom had been taken to hospital.')).toEqual(['eleven people had been injured', 'six of the people had been taken to hospital.']);
    expect(decompose('The company sold 40 homes, 12 of which had flooded.')).toEqual(['The company sold 40 homes', '12 of the homes had flooded.']);
  });

  it('“most of whom” tells no count, and an insert in the middle stays', () => {
    expect(decompose('Hundreds of workers joined the strike, most of whom are nurses.')).toEqual(['Hundreds of workers joined the strike, most of whom are nurses.']);
    expect(decompose('The crew of nine, two of whom were injured, were rescued.')).toEqual(['The crew of nine, two of whom were injured, were rescued.']);
  });
});

describe('participial tails', () => {
  it.each([
    ['the mayor asked for more time, briefly mentioning the budget', ['the mayor asked for more time', 'the mayor briefly mentioned the budget']],
    ['The minister spoke to farmers on Friday, urging them to stay calm', ['The minister spoke to farmers on Friday', 'The minister urged them to stay calm']],
  ])('%s', (text, clauses) => {
    expect(decompose(text)).toEqual(clauses);
  });

  it('a list item in -ing the tagger calls a verb is no participle: no “firefightinged”', () => {
    const pfas = 'PFAS, a family of chemicals used in non-stick coatings, firefighting foam and waterproof fabrics, break down slowly';
    expect(decompose(pfas).join(' | ')).not.toMatch(/inged\b/);
  });

  it('keeps "including"/"following" phrases in place', () => {
    expect(decompose('Several towns, including two on the coast, lost power')).toEqual(['Several towns, including two on the coast, lost power']);
  });
});

describe('independent clauses', () => {
  it('splits ", and" between clauses with their own subject', () => {
    expect(decompose('Prices are rising in the north, and the government faces hard choices')).toEqual([
      'Prices are rising in the north',
      'the government faces hard choices',
    ]);
  });

  it('keeps a number “and a half” whole: “three and a half weeks before …” is no second clause', () => {
    const probe = 'Calder Brightwell had raised concerns with the council in writing on 3 March, three and a half weeks before the date the council has given';
    expect(decompose(probe)).toEqual([probe]);
    expect(decompose('The board met for two and a half hours, and the chief executive resigned')).toEqual(['The board met for two and a half hours', 'the chief executive resigned']);
  });

  it('splits a second "that" clause', () => {
    expect(decompose('12 workers were injured and that three remain in hospital')).toEqual(['12 workers were injured', 'three remain in hospital']);
  });

  it('splits off a "when" clause telling an event of its own, even when the tagger reads its noun as a verb', () => {
    expect(decompose('Nineteen workers were injured when fire swept through the factory on Tuesday night')).toEqual([
      'Nineteen workers were injured',
      'fire swept through the factory on Tuesday night',
    ]);
    expect(decompose('The mayor resigned when the council voted against her')).toEqual(['The mayor resigned', 'the council voted against her']);
    // No event after "when": nothing to split.
    expect(decompose('Officials will decide when to reopen the road')).toHaveLength(1);
    // Halves too vague to stand alone, or a "when" among questions: one claim.
    expect(decompose('I found out when I turned up')).toEqual(['I found out when I turned up']);
    expect(decompose('We are looking at what happened, when the hospital knew it, and what it told patients')).toHaveLength(1);
  });

  it('reads a noun in -s after a plural subject as a noun, not a second verb', () => {
    expect(decompose('patients should watch for phishing emails and calls that use their stolen details')).toHaveLength(1);
    expect(decompose('The officials met the minister and discussed the port')).toEqual(['The officials met the minister', 'The officials discussed the port']);
    expect(decompose('Ortiz met Brandt and says the deal is off')).toEqual(['Ortiz met Brandt', 'Ortiz says the deal is off']);
  });

  it('drops a second clause whose object points back at the first: it says nothing on its own', () => {
    expect(decompose('Neighbours have complained for years about leaks, and the company has repeatedly ignored them')).toEqual(['Neighbours have complained for years about leaks']);
    expect(decompose('Any deal would require the city to sell the port, and the council, although facing a budget gap, has opposed it')).toEqual([
      'Any deal would require the city to sell the port',
    ]);
    expect(decompose('“He has served this city honestly for years, and I expect the audit to show that,”')).toHaveLength(1);
  });

  it('does not split ", but only if"', () => {
    expect(decompose('The union remains open to talks, but only if the firm drops the plan')).toHaveLength(1);
  });

  it('resolves a pronoun to the earlier named subject', () => {
    expect(decompose('Mayor Ana Costa promised lower fares, though she did not say when')).toEqual(['Mayor Ana Costa promised lower fares', 'Mayor Ana Costa did not say when']);
  });
});

describe('helpers', () => {
  it('finds the subject after a leading adverbial', () => {
    expect(subjectOf('During the meeting, the mayor urged calm')).toBe('the mayor');
    expect(subjectOf('During the visit, President-elect Jones urged calm')).toBe('President-elect Jones');
  });

  it('strips discourse markers', () => {
    expect(stripDiscourse('However, the mayor refused')).toBe('the mayor refused');
    expect(stripDiscourse('In the meantime, prices rose')).toBe('prices rose');
  });
});

describe('independent clauses with something before the verb', () => {
  it.each([
    // A subordinate clause between the subject and its verb.
    [
      'Any deal would require the city to sell the port, and the council, although facing a budget gap, has opposed the sale',
      ['Any deal would require the city to sell the port', 'the council, although facing a budget gap, has opposed the sale'],
    ],
    // A time adverbial before the subject.
    [
      'The mayor promised to reopen the bridge, although to date she has not said when',
      ['The mayor promised to reopen the bridge', 'she has not said when'],
    ],
  ])('%s', (text, clauses) => {
    expect(decompose(text)).toEqual(clauses);
  });
});

describe('a condition', () => {
  it('keeps the clauses of a condition with it: "safe as long as A and B" is one claim', () => {
    expect(decompose('Curves of this kind were safe as long as speed limits were respected and the rails were in good condition')).toEqual([
      'Curves of this kind were safe as long as speed limits were respected and the rails were in good condition',
    ]);
    expect(decompose('The plan will work if the board agrees and the bank pays')).toHaveLength(1);
    // A condition closed by its comma: what follows is the main clause's.
    expect(decompose('If it rains, the match is off and the fans go home')).toEqual(['If it rains, the match is off', 'the fans go home']);
    // A cause is no condition: two facts.
    expect(decompose('The deal stalled because the bank refused and the board resigned')).toEqual(['The deal stalled because the bank refused', 'the board resigned']);
  });
});

describe('a passive’s auxiliary', () => {
  it('goes to a second participle with no object, not to a verb with one: “was patrolled … and received a detailed inspection”', () => {
    expect(decompose('The line was patrolled on March 18, 2026, and received a detailed inspection in October 2022')).toEqual(['The line was patrolled on March 18, 2026', 'The line received a detailed inspection in October 2022']);
    expect(decompose('The results were presented at the congress and published the same day in the journal')).toEqual(['The results were presented at the congress', 'The results were published the same day in the journal']);
    expect(decompose('The minister was fined and jailed for two years')).toEqual(['The minister was fined', 'The minister was jailed for two years']);
  });
});

describe('a subject with a participle in it', () => {
  it('“the total paid to X and his family was …” is one clause: no verb of its own before “and”', () => {
    expect(decompose('the total paid to Mr van der Berg and his family was closer to £150,000')).toEqual([
      'the total paid to Mr van der Berg and his family was closer to £150,000',
    ]);
    expect(decompose('The report commissioned by the council and the police was published on Monday')).toHaveLength(1);
    // A clause's own verb of handing over has its object: two clauses.
    expect(decompose('The council paid the contractor and the work began')).toEqual(['The council paid the contractor', 'the work began']);
  });
});

describe('a clause that points back', () => {
  it('a "when" clause whose subject points back stays with its sentence: "… at about 97 km/h when it entered the curve"', () => {
    expect(decompose('The data recorder showed the train was travelling at about 97 km/h when it entered the curve')).toEqual([
      'The data recorder showed the train was travelling at about 97 km/h when it entered the curve',
    ]);
  });

  it('a second clause whose object points back says nothing alone, even before "yet": "and nobody has answered it yet"', () => {
    expect(decompose('That is the central question, and nobody has answered it yet')).toEqual(['That is the central question']);
  });
});

describe('coordinated verbs keep their auxiliary', () => {
  it('"has run X and maintained Y": "has maintained Y"; "has been fined and ordered": "has been ordered"; "was arrested and charged": "was charged"', () => {
    expect(decompose('SRR has run passenger services and maintained the track between Mirov and Ostrenz since 2006')).toEqual([
      'SRR has run passenger services',
      'SRR has maintained the track between Mirov and Ostrenz since 2006',
    ]);
    expect(decompose('The minister has been fined and ordered to pay costs')).toEqual(['The minister has been fined', 'The minister has been ordered to pay costs']);
    expect(decompose('The driver was arrested and charged with manslaughter')).toEqual(['The driver was arrested', 'The driver was charged with manslaughter']);
    // Not when "has" is the verb itself, nor for a second verb in another tense.
    expect(decompose('The firm has a plan and wants to expand')).toEqual(['The firm has a plan', 'The firm wants to expand']);
    expect(decompose('The mayor visited the site and spoke to families')).toEqual(['The mayor visited the site', 'The mayor spoke to families']);
  });
});

describe('coordinated verbs in a relative clause', () => {
  it('after "who" the verbs are the relative clause’s: no "the Crown is awaiting sentence"', () => {
    expect(decompose('On Tuesday the Crown called Agnieszka Wójcik, the former commercial director of Brightwater Build, who pleaded guilty last year to offering a bribe and is awaiting sentence.')).toEqual([
      'On Tuesday the Crown called Agnieszka Wójcik, the former commercial director of Brightwater Build, who pleaded guilty last year to offering a bribe and is awaiting sentence.',
    ]);
    expect(decompose('The firm hired Ana Lopez, who joined in May and leads the unit')).toEqual(['The firm hired Ana Lopez, who joined in May and leads the unit']);
  });
});

describe('a second reported clause (“…, and that …”)', () => {
  it('is a clause of its own after the pair', () => {
    const pair = '47 people had been treated in hospital, most of them for cuts and broken bones, and that seven remained in intensive care';
    expect(withSecondClauses([pair])).toEqual([pair, 'seven remained in intensive care']);
    expect(secondReportedClause('the fault had lowered grades by one grade, and that candidates at 212 schools and colleges had been affected')).toBe('candidates at 212 schools and colleges had been affected');
    expect(secondReportedClause('there was no evidence linking his illness to the water, and that kidney problems in young children have many causes')).toBe('kidney problems in young children have many causes');
  });

  it('is none when “that” points back (“and that number is solid”, “and that is what we asked for”)', () => {
    expect(secondReportedClause('Fourteen is the confirmed count from state laboratories, and that number is solid')).toBeNull();
    expect(secondReportedClause('A recount means every ballot paper in Vellmoor, and that is what we asked for')).toBeNull();
  });

  it('is none inside a quotation, or without the comma (decompose cuts “A and that B” itself)', () => {
    expect(secondReportedClause('he called it “a farce, and that is all”')).toBeNull();
    expect(withSecondClauses(['the fault began at 4:50 a.m.'])).toEqual(['the fault began at 4:50 a.m.']);
  });
});

describe('a second clause’s “it” or “they”', () => {
  it('is the first clause’s subject when the two agree: no unexplained “It did nothing”', () => {
    expect(decompose('The council was warned about capacity in black and white, and it did nothing')).toEqual(['The council was warned about capacity in black and white', 'The council did nothing']);
    expect(decompose('The gates were closed, and they stayed shut until midnight')).toEqual(['The gates were closed', 'The gates stayed shut until midnight']);
  });

  it('stays when the subject disagrees, is cut short, or a named thing after it may be what “it” is', () => {
    expect(decompose('The gates were closed, and it was raining')[1]).toBe('it was raining');
    expect(decompose("The decision to sail is the master's alone, and it always has been")[1]).toBe('it always has been');
    expect(decompose('The council shut Kestrel Lane Primary School on Tuesday, and it reopened on Wednesday')[1]).toBe('it reopened on Wednesday');
    // (Nor an "it" that stands for what follows.)
    expect(decompose('The bridge was closed, and it was unclear when it would reopen')[1]).toBe('it was unclear when it would reopen');
  });
});

describe('a second clause’s “he” or “she”', () => {
  it('is the first clause’s subject when that names a person by what they are: no unexplained “He did nothing”', () => {
    expect(decompose('The chief executive was told on 8 August, and he did nothing')).toEqual(['The chief executive was told on 8 August', 'The chief executive did nothing']);
    expect(decompose('its driver had not exceeded his driving hours and that she had taken a break in Dunmere')[1]).toBe('its driver had taken a break in Dunmere');
  });

  it('stays after a thing', () => {
    expect(decompose('The gates were closed, and he stayed outside')[1]).toBe('he stayed outside');
    expect(decompose('The report was published in May, and she resigned')[1]).toBe('she resigned');
  });
});

describe('two hearers of one telling', () => {
  it('keeps “told A and B in June that …” whole: “and” joins a second hearer, not a clause', () => {
    const told = 'the city’s finance director, Martin Oyelaran, told Mayor Sandra Pryce and her cabinet in June that the stadium was heading for a serious overrun';
    expect(decompose(told)).toEqual([told]);
    expect(decompose('The agency warned the council and the police that the river would peak overnight')).toHaveLength(1);
    // A telling with no "that" after the second part: two clauses, as before.
    expect(decompose('The police told the driver and the passengers had already left')).toEqual(['The police told the driver', 'the passengers had already left']);
  });
});

describe('a participial tail whose doer is not the subject', () => {
  it('keeps “…, forcing …” with its clause when an event told after “after” or “when” did it', () => {
    const police = 'Eastshire Police is investigating after drones were seen near Harwick Airport on Friday evening (6 March), forcing the airport to suspend all flights';
    expect(decompose(police)).toEqual([police]);
  });

  it('after a passive, leaves the tail to the quote: the carriageway closed caused nothing', () => {
    expect(decompose('The northbound carriageway of the M47 was closed for more than six hours, causing long tailbacks towards Hallowfield')).toEqual(['The northbound carriageway of the M47 was closed for more than six hours']);
    // (An active clause's tail is its subject's act: "Police arrested two men, charging them with theft".)
    expect(decompose('Police arrested two men, charging them with theft')).toEqual(['Police arrested two men', 'Police charged them with theft']);
  });

  it('keeps an appeal’s “…, quoting incident 412” with the appeal', () => {
    const appeal = 'We are asking anyone who was in the Elmstead Lane area on Friday to contact us, quoting incident 412 of 6 March';
    expect(decompose(appeal)).toEqual([appeal]);
  });
});

describe('two things one verb tells of', () => {
  it('“Only objects from the Saxon Gallery and the Georgian Room were taken” is one claim; “…, and the Unions are furious” is two', () => {
    expect(decompose('Only objects from the Saxon Gallery and the Georgian Room were taken')).toEqual(['Only objects from the Saxon Gallery and the Georgian Room were taken']);
    expect(decompose('The company cut 200 jobs and the Unions are furious')).toEqual(['The company cut 200 jobs', 'the Unions are furious']);
  });
});
