import { describe, expect, it } from 'vitest';
import { findFrames } from '../../../src/ingest/attribution/frames.ts';

describe('frame shapes', () => {
  it.each([
    ['leading', 'The mayor said that the bridge was safe.', 'The mayor', 'the bridge was safe.'],
    ['trailing', 'The bridge was safe, the mayor said.', 'the mayor', 'The bridge was safe'],
    ['quote-first', '“The bridge is safe,” the mayor said.', 'the mayor', '“The bridge is safe,”'],
    ['according', 'According to the mayor, the bridge was safe.', 'the mayor', 'the bridge was safe.'],
    ['according', 'The bridge was safe, according to the mayor.', 'the mayor', 'The bridge was safe'],
    // A plural possessive belongs to the speaker's phrase, straight or curly.
    ['leading', 'The drivers’ union says its members were never consulted.', 'The drivers’ union', 'its members were never consulted.'],
    ['leading', "The drivers' union says its members were never consulted.", "The drivers' union", 'its members were never consulted.'],
  ])('%s: %s', (shape, text, speaker, content) => {
    const { main } = findFrames(text);
    expect(main?.shape).toBe(shape);
    expect(main?.speaker).toBe(speaker);
    expect(main?.content).toBe(content);
  });

  it.each([
    ['an outlet told', 'The blaze began in a building where the company stores solvents, Fire Chief Dana Okafor told the Courier.', 'Fire Chief Dana Okafor', 'The blaze began in a building where the company stores solvents'],
    ['reporters told, and when', 'The order stands, the mayor told reporters on Wednesday.', 'the mayor', 'The order stands'],
    ['speaking on condition of anonymity', 'Air monitors were not working, a senior county official said, speaking on condition of anonymity.', 'a senior county official', 'Air monitors were not working'],
    ['told a channel by its number', 'The auditor has opened a review, auditor Grace Whitfield told Channel 4.', 'auditor Grace Whitfield', 'The auditor has opened a review'],
    // A relative clause saying how the source spoke belongs to the speaker.
    ['a speaker with a relative clause', 'The plan was dropped, two people who were not authorized to speak publicly said.', 'two people who were not authorized to speak publicly', 'The plan was dropped'],
    // A tag between two clauses attributes both.
    ['", and" a clause of its own', 'The fire started in the storage building, Okafor said, and the marshal has not yet determined its cause.', 'Okafor', 'The fire started in the storage building, and the marshal has not yet determined its cause'],
  ])('trailing frames with what follows the verb: %s', (_what, text, speaker, content) => {
    const { main } = findFrames(text);
    expect(main).toMatchObject({ shape: 'trailing', speaker, content });
  });

  it('“told the Courier the train …”: the addressee keeps its article; a name, an age and a relative clause are one speaker', () => {
    expect(findFrames('Vojtěch Král, 34, told the Courier the train seemed to be going too fast.').main).toMatchObject({ verb: 'told the Courier', content: 'the train seemed to be going too fast.' });
    expect(findFrames('Passenger Vojtěch Král, 34, who was in the fourth carriage, told the Courier the train was fast.').main).toMatchObject({
      speaker: 'Passenger Vojtěch Král, 34 who was in the fourth carriage',
      content: 'the train was fast.',
    });
    // Three phrases of a list are no speaker.
    expect(findFrames('Apples, pears, plums, said the grocer.').main?.speaker).not.toBe('Apples, pears');
  });

  it('what was said may begin with a long subject; “vowed:” and “sobbed” frame quotations; a recalled ambassador is no speech', () => {
    expect(findFrames('She also said every temporary speed restriction on the national network would be checked by the end of March.').main).toMatchObject({
      speaker: 'She',
      content: 'every temporary speed restriction on the national network would be checked by the end of March.',
    });
    expect(findFrames('Transport Minister Pavla Šindelářová vowed: “Heads will roll.”').main).toMatchObject({ speaker: 'Transport Minister Pavla Šindelářová', verb: 'vowed' });
    expect(findFrames('“I thought I was going to die,” she sobbed.').main).toMatchObject({ shape: 'quote-first', speaker: 'she' });
    expect(findFrames('Maredia has recalled its ambassador from Oshtara.').main).toBeNull();
    expect(findFrames('The minister vowed to resign.').main).toBeNull();
  });

  it('“…,” said Mr. Mikenensky: the honorific’s stop ends nothing', () => {
    expect(findFrames('“We will do it quickly,” said Mr. Mikenensky.').main).toMatchObject({ shape: 'quote-first', speaker: 'Mr. Mikenensky' });
  });

  it('a participle saying which ones belongs to the speaker: “The union representing drivers says …”', () => {
    expect(findFrames('The union representing drivers says the train entered the curve too fast.').main).toMatchObject({ speaker: 'The union representing drivers', content: 'the train entered the curve too fast.' });
    expect(findFrames('Police investigating the crash said the driver was tired.').main).toMatchObject({ speaker: 'Police investigating the crash' });
  });

  it('a plural noun with a relative clause saying how it spoke is the speaker, with or without a determiner', () => {
    expect(findFrames('Officials who asked not to be named tell the Courier that investigators are examining a cracked rail.').main).toMatchObject({
      speaker: 'Officials who asked not to be named',
      content: 'investigators are examining a cracked rail.',
    });
    expect(findFrames('Aruna will station 1,000 troops along the border, officials who spoke on condition of anonymity said.').main).toMatchObject({
      shape: 'trailing',
      speaker: 'officials who spoke on condition of anonymity',
    });
  });

  it('a reporting verb in a condition is no frame: "If it confirms the first result, …"', () => {
    expect(findFrames('If it confirms the first result, the case will go to a disciplinary tribunal.').main).toBeNull();
    expect(findFrames('Unless the minister says otherwise, the plan stands.').main).toBeNull();
    // The condition inside what was said stays in the content.
    expect(findFrames('The panel said that if the B-sample confirms it, the case goes to a tribunal.').main).toMatchObject({ speaker: 'The panel', content: 'if the B-sample confirms it, the case goes to a tribunal.' });
  });

  it('"The Chronicle understands that …" reports what it was told; understanding a thing, or "I understand", reports nothing', () => {
    expect(findFrames('The Chronicle understands that the federation was told of the result in early May.').main).toMatchObject({ speaker: 'The Chronicle', content: 'the federation was told of the result in early May.' });
    expect(findFrames('The federation was told of the result in early May, the Chronicle understands.').main).toMatchObject({ shape: 'trailing', speaker: 'the Chronicle', content: 'The federation was told of the result in early May' });
    expect(findFrames('He understands the risks of the plan.').main).toBeNull();
    expect(findFrames('The Klaxon understands the driver has been suspended.').main).toMatchObject({ speaker: 'The Klaxon', content: 'the driver has been suspended.' });
    expect(findFrames('The Gazette has learned that SRR had planned to replace the rails.').main).toMatchObject({ speaker: 'The Gazette', content: 'SRR had planned to replace the rails.' });
    expect(findFrames('She learned to drive in 1990.').main).toBeNull();
    expect(findFrames('I understand that people are angry, the minister said.').main).toMatchObject({ shape: 'trailing', speaker: 'the minister', content: 'I understand that people are angry' });
  });

  it('whoever "was told of" something tells nothing: "told of" frames only in the active', () => {
    expect(findFrames('The federation was told of the result in early May, police said.').main).toMatchObject({ shape: 'trailing', speaker: 'police', content: 'The federation was told of the result in early May' });
    expect(findFrames('Staff were quietly told of the plan on Monday.').main).toBeNull();
    expect(findFrames('Survivors told of a wall of water that swept the village away.').main).toMatchObject({ speaker: 'Survivors', verb: 'told of' });
  });

  it('"say who they are" is an indirect question, no reported statement; "whispered that" reports one', () => {
    expect(findFrames('They never say who they are, and they never show any proof.').main).toBeNull();
    expect(findFrames('The minister explained how the talks had resumed.').main).toBeNull();
    // "would not say whether …" stays what it was: a refusal to comment.
    expect(findFrames('The ministry would not say whether the talks had resumed.').main?.cls).toBe('decline');
    expect(findFrames('Diplomats whispered that Oshtara had massed troops.').main).toMatchObject({ speaker: 'Diplomats', content: 'Oshtara had massed troops.' });
  });

  it('a tag followed by ", and" something that is no clause is no trailing frame', () => {
    expect(findFrames('The fire started in the storage building, Okafor said, and more.').main?.shape).not.toBe('trailing');
  });

  it('keeps auxiliaries with the verb and skips "told X"', () => {
    const { main } = findFrames('The minister has told lawmakers that the tax will go.');
    expect(main).toMatchObject({ verb: 'has told lawmakers', cls: 'tell', content: 'the tax will go.' });
  });

  it('“said the section of deck that fell … collapsed”: a thing and its relative clause, not words to skip before “that”', () => {
    expect(findFrames('She said the section of deck that fell, roughly 30 metres by 15 metres, collapsed at 2.40pm.').main).toMatchObject({ verb: 'said', content: 'the section of deck that fell, roughly 30 metres by 15 metres, collapsed at 2.40pm.', that: false });
    // (When it was said still goes: "said the day before that …", "said on Monday that …".)
    expect(findFrames('He said the day before that the ward was closed.').main).toMatchObject({ content: 'the ward was closed.', that: true });
    expect(findFrames('He said on Monday that the ward was closed.').main).toMatchObject({ content: 'the ward was closed.', that: true });
  });

  it('“said that claim was without foundation”: “that claim” is what was told before, no clause opened by “that”', () => {
    expect(findFrames('Dr Neil Fairbairn said that claim was without foundation.').main).toMatchObject({ content: 'that claim was without foundation.', that: false });
    expect(findFrames('Dr Neil Fairbairn said that claims were made.').main).toMatchObject({ content: 'claims were made.', that: true });
  });

  it('a host’s relay: “Engineers I have spoken to say …”, “One listener, who …, has texted to say …”', () => {
    expect(findFrames('Engineers I have spoken to say cracks on Level 4 were reported in September.').main).toMatchObject({ speaker: 'Engineers I have spoken to', verb: 'say', content: 'cracks on Level 4 were reported in September.' });
    expect(findFrames('One listener, who gave her name only as Jo, has texted to say the lifts had been out of order.').main).toMatchObject({ speaker: 'One listener, who gave her name only as Jo', verb: 'has texted to say', content: 'the lifts had been out of order.' });
  });

  it('finds "X, citing Y, reported"', () => {
    const { main } = findFrames('The Gazette, citing two officials, reported that the port had closed.');
    expect(main).toMatchObject({ speaker: 'two officials', via: 'The Gazette', content: 'the port had closed.' });
  });

  it('finds "X cited Y as saying"', () => {
    const { main } = findFrames('The Gazette cited officials as saying that the port had closed.');
    expect(main).toMatchObject({ speaker: 'officials', via: 'The Gazette', content: 'the port had closed.' });
  });

  it('finds participial frames after the main clause', () => {
    const { main, extra } = findFrames('The mayor was firm, telling reporters that the port would stay open.');
    expect(main).toBeNull();
    expect(extra[0]).toMatchObject({ shape: 'participial', speaker: '', cls: 'tell', content: 'the port would stay open.' });
  });

  it('finds "with X calling the report false"', () => {
    const { extra } = findFrames('The city rejected it, with spokesperson Lena Duval calling the report “false.”');
    expect(extra[0]).toMatchObject({ speaker: 'spokesperson Lena Duval', cls: 'brand' });
  });

  it('finds decline phrases as frames', () => {
    const { main } = findFrames('The club declined to comment on the transfer.');
    expect(main).toMatchObject({ speaker: 'The club', cls: 'decline' });
  });

  it.each([
    ['called for', 'The mayor called for calm after the flood.'],
    ['insist on + gerund', 'Residents insist on keeping the old bridge.'],
    ['said to', 'The mayor is said to be furious.'],
    ['adjectival participle', 'The mayor discussed the reported deal with the council.'],
    ['relative clause', 'The deal, which the Gazette reported, was signed in May.'],
    ['noun object', 'He also stated his intention to run again.'],
  ])('no frame: %s', (_name, text) => {
    expect(findFrames(text).main).toBeNull();
  });

  it('ignores reporting verbs inside quotations', () => {
    const { main } = findFrames('“Nobody said it would be easy,” the coach said.');
    expect(main?.speaker).toBe('the coach');
  });

  it('a trailing "he said" after a leading frame is not content', () => {
    const { main } = findFrames('The mayor branded the report “false and malicious,” she said.');
    expect(main?.cls).toBe('brand');
    expect(main?.content).toBe('the report “false and malicious”');
  });
});

describe('a quotation in two parts around its attribution', () => {
  it('““We are confident,” Hale added, “that any review will …”” is one sentence: its content is both parts', () => {
    expect(findFrames('“We are confident,” Hale added, “that any review will reach the same conclusion.”').main).toMatchObject({
      shape: 'quote-first',
      speaker: 'Hale',
      content: '“We are confident that any review will reach the same conclusion”',
    });
    // A second sentence after a full stop is no part of the first.
    expect(findFrames('“We are confident,” Hale added. “Any review will agree.”').main?.content).toBe('“We are confident,”');
  });
});

describe('semicolons', () => {
  it('a sentence of many statements is read statement by statement, each once', () => {
    const text = `The mayor said the bridge was safe; ${Array.from({ length: 40 }, (_, k) => `on day ${k + 1}, the count stood at ${k * 3}`).join('; ')}.`;
    const main = findFrames(text).main!;
    expect(main.speaker).toBe('The mayor');
    expect(main.content).toBe('the bridge was safe');
  });
});

describe('whose reply', () => {
  it('“Sjöberg’s reply, in full: “…”” frames the quotation as hers', () => {
    expect(findFrames('Sjöberg’s reply, in full: “That is simply untrue.”').main).toMatchObject({ speaker: 'Sjöberg', content: '“That is simply untrue.”' });
    expect(findFrames('The ministry’s statement read: "No decision has been taken."').main).toMatchObject({ speaker: 'The ministry' });
  });
});

describe('frames a ninth story brought', () => {
  it('“said in an email: “…”” and “said on Monday: “…”” frame the quotation after the colon', () => {
    for (const text of ['Spokeswoman Danielle Okafor said in an email: “There is no unpermitted pipe at Hollis Bend.”', 'Okafor said on Monday: "There is no pipe."']) {
      const { main } = findFrames(text);
      expect(main?.speaker, text).toMatch(/Okafor$/);
      expect(main?.content, text).toMatch(/^: [“"]There is no/);
    }
  });

  it('a date opening the sentence is no part of the speaker: “On Wednesday he said …”, “Last week the mayor said …”', () => {
    expect(findFrames('On Wednesday he said the sample had measured 38 parts per trillion.').main).toMatchObject({ speaker: 'he', content: 'the sample had measured 38 parts per trillion.' });
    expect(findFrames('Last week the mayor said the sample was fine.').main?.speaker).toBe('the mayor');
  });

  it('“said on Tuesday it would …”: the day is when it was said, what follows is what', () => {
    expect(findFrames('Orrin Dynamics Inc. said on Tuesday it would close its Kestrel Falls plant.').main).toMatchObject({ speaker: 'Orrin Dynamics Inc.', content: 'it would close its Kestrel Falls plant.' });
    expect(findFrames('Orrin said Tuesday it would close its plant.').main?.content).toBe('it would close its plant.');
  });

  it('a name with a relative clause between commas speaks: “Local 88, which represents about 800 workers, said …”', () => {
    expect(findFrames('United Electrical Workers Local 88, which represents about 800 hourly workers at the plant, said the real number would be about 1,500.').main).toMatchObject({ speaker: 'United Electrical Workers Local 88', content: 'the real number would be about 1,500.' });
  });

  it('“told WTBK his office “had not received …””: a possessive opens what was told', () => {
    expect(findFrames('State Labor Secretary Augustin Ferreira-Lund told WTBK his office "had not received any WARN notice from Orrin" as of Wednesday.').main).toMatchObject({ verb: 'told WTBK', content: 'his office "had not received any WARN notice from Orrin" as of Wednesday.' });
  });

  it('“We told our Kestrel Falls team in person on Monday” says whom it told, not what: no frame (“our” is no addressee, “Falls” no verb)', () => {
    expect(findFrames('We told our Kestrel Falls team in person on Monday, before any public announcement.').main).toBeNull();
    expect(findFrames('She told her lawyer she had never met him.').main).toMatchObject({ verb: 'told her lawyer', content: 'she had never met him.' });
  });

  it('a verb coordinated inside a “how” clause is not the sentence subject speaking again', () => {
    const { main } = findFrames('The regulator has opened an investigation into Forkful over how it handled and disclosed a cyberattack on its database, the regulator said on Wednesday.');
    expect(main?.shape).toBe('trailing');
    expect(main?.speaker).toBe('the regulator');
  });
});

describe('who speaks, on sentences a new story brought', () => {
  it.each([
    ['a name with a description no title word marks', 'Kevin Marlow, a paramedic with Harrow County EMS, said the diversion added up to 40 minutes.', 'Kevin Marlow, a paramedic with Harrow County EMS', 'the diversion added up to 40 minutes.'],
    ['a name with an age', 'Janet Oyelaran, 67, said her knee replacement had been scheduled for Monday.', 'Janet Oyelaran, 67', 'her knee replacement had been scheduled for Monday.'],
  ])('%s', (_what, text, speaker, content) => {
    const { main } = findFrames(text);
    expect(main?.shape).toBe('leading');
    expect(main?.speaker).toBe(speaker);
    expect(main?.content).toBe(content);
  });

  it('"…, said the family was stunned" is a clause after the verb, not a speaker', () => {
    expect(findFrames('The steakhouse, the Copper Grill on Mill Street, said its beef was bought from a licensed supplier.').main?.speaker ?? '').not.toMatch(/beef/);
    expect(findFrames('The talks had failed, said Ana Lutz.').main).toMatchObject({ shape: 'trailing', speaker: 'Ana Lutz', content: 'The talks had failed' });
  });

  it.each([
    ['Velasquez has issued a statement through her lawyer: “I will fight to clear my name.”', 'Velasquez'],
    ['Coach Marius Brenholt has posted on social media: "I am aware of the news."', 'Coach Marius Brenholt'],
  ])('a statement put out, then quoted after a colon: %j', (text, speaker) => {
    const { main } = findFrames(text);
    expect(main?.speaker).toBe(speaker);
    expect(main?.content).toMatch(/^: [“"]I/);
  });

  it('"posted" or "issued" with no colon and quotation after it is no frame', () => {
    expect(findFrames('The club posted the photos online and issued new rules.').main).toBeNull();
  });

  it('a passive reporting verb is no frame, unless "by" names who spoke', () => {
    expect(findFrames('Kessler said the breach was first confirmed in late May.').main).toMatchObject({ speaker: 'Kessler', content: 'the breach was first confirmed in late May.' });
    expect(findFrames('The Kessin Valley has been disputed since 1994.').main).toBeFalsy();
    expect(findFrames('The report was denied by the ministry.').main).toMatchObject({ speaker: 'the ministry', cls: 'deny', content: ' the report' });
  });

  it('a passive denial: who denies is named after “by”, what is denied is the subject, or the clause an appositive names', () => {
    expect(findFrames("That figure was disputed by the hauliers' association.").main).toMatchObject({ speaker: "the hauliers' association", cls: 'deny', content: ' that figure', start: 0 });
    expect(findFrames('The claim has since been rejected by the operator on Monday.').main).toMatchObject({ speaker: 'the operator', content: ' the claim' });
    const apposed = findFrames("The cameras recorded 412 breaches last year, a figure disputed by the hauliers' association.").main;
    expect(apposed).toMatchObject({ speaker: "the hauliers' association", cls: 'deny', content: ' that the cameras recorded 412 breaches last year' });
    expect(apposed!.start).toBe('The cameras recorded 412 breaches last year, '.length);
    // After a statement's frame: the statement ends where the appositive begins, and the denial is a frame of its own.
    const framed = findFrames("The council said its cameras recorded 412 breaches in 2024, a figure disputed by the hauliers' association.");
    expect(framed.main).toMatchObject({ speaker: 'The council', content: 'its cameras recorded 412 breaches in 2024' });
    expect(framed.extra).toMatchObject([{ speaker: "the hauliers' association", cls: 'deny', content: ' that its cameras recorded 412 breaches in 2024' }]);
    // No agent, no denial.
    expect(findFrames('The Kessin Valley has been disputed since 1994.').main).toBeFalsy();
  });

  it('"told Channel 9 they …": a name may end in a number, a count stays with its noun', () => {
    expect(findFrames('Some patients told Channel 9 they had not heard from the hospital.').main).toMatchObject({ addressee: 'Channel 9', content: 'they had not heard from the hospital.' });
    expect(findFrames('The mayor told Reuters 12 buses were late.').main).toMatchObject({ addressee: 'Reuters', content: '12 buses were late.' });
  });

  it('"told WCTV News they …", "told me this morning it …": an outlet’s newsroom word is its name’s, and when it was told is no part of what', () => {
    expect(findFrames('Parents told WCTV News they were asked to pay the standard £40 fee.').main).toMatchObject({ addressee: 'WCTV News', content: 'they were asked to pay the standard £40 fee.' });
    expect(findFrames('Brackwater University told me this morning it has agreed to nothing of the kind.').main).toMatchObject({ addressee: 'me', content: 'it has agreed to nothing of the kind.' });
    expect(findFrames('The union told me on Monday it had written to the board.').main).toMatchObject({ addressee: 'me', content: 'it had written to the board.' });
  });

  it('"told VBC One the true figure …": a capitalised number word ends a channel’s name', () => {
    expect(findFrames('Achterberg told VBC One the true figure was "closer to 2,000".').main).toMatchObject({ addressee: 'VBC One', content: 'the true figure was "closer to 2,000".' });
    expect(findFrames('He told Reuters one of the ballots was lost.').main).toMatchObject({ addressee: 'Reuters', content: 'one of the ballots was lost.' });
  });

  it('"Our figures suggest …" is the speaker’s own evidence, no source of its own', () => {
    expect(findFrames('Our figures suggest it was closer to 2,000, mostly because of signature mismatches.').main).toBeFalsy();
    expect(findFrames('My own records show the payment was made in June.').main).toBeFalsy();
    expect(findFrames('Our correspondent says the payment was made in June.').main).toMatchObject({ speaker: 'Our correspondent' });
  });

  it('"puts turnout at 38.6 per cent", "puts the potential fine at …": a figure put at a number is its speaker’s', () => {
    expect(findFrames('The returning officer puts turnout at 38.6 per cent.').main).toMatchObject({ speaker: 'The returning officer', content: '38.6 per cent.' });
    expect(findFrames('Tom Harker of Pellworth Securities puts the potential fine at up to £45m.').main).toMatchObject({ speaker: 'Tom Harker of Pellworth Securities' });
    expect(findFrames('The trust puts the number of people whose data may have been accessed at about 900,000.').main).toMatchObject({ speaker: 'The trust', content: 'about 900,000.' });
    // (Not a long phrase of what is measured, nor "put" of anything else.)
    expect(findFrames('A leaked audit put the cost of the city’s new football stadium at £412 million.').main).toBeFalsy();
    expect(findFrames('The council put the plan at risk.').main).toBeFalsy();
  });

  it('"told North 6 News the company …": a number inside a name, and the name goes on', () => {
    expect(findFrames('Forkful CEO Adrian Kessler told North 6 News the company had not covered anything up.').main).toMatchObject({ addressee: 'North 6 News', content: 'the company had not covered anything up.' });
  });

  it('"He said ward managers were briefed …": a compound noun the tagger reads as a verb still starts the content', () => {
    expect(findFrames('He said ward managers were briefed within an hour.').main).toMatchObject({ speaker: 'He', content: 'ward managers were briefed within an hour.' });
  });

  it('whoever "was not told" is no speaker: the passive names the person spoken to', () => {
    expect(findFrames('Night-shift staff were not told what had happened for about nine hours.').main).toBeNull();
    expect(findFrames('The board was warned in November that the system was out of date.').main).toBeNull();
    // The active verb still frames.
    expect(findFrames('The union told the board that staff were exhausted.').main?.speaker).toBe('The union');
  });

  it('a sentence still inside a quotation opened in the one before has no frame before the closing quote', () => {
    const { main } = findFrames('Anyone saying otherwise is simply wrong,” Dunmore told the Sentinel on Wednesday.');
    expect(main?.speaker).toBe('Dunmore');
  });
});

describe('who speaks, on a court report', () => {
  it('a negated reporting verb frames nothing: “did not deny that …”, “has never explained publicly why …”, “never said …”', () => {
    for (const text of ['The minister did not deny that the talks had collapsed.', 'The city has never explained publicly why it chose the more expensive bid.', 'He never said the plant would close.']) {
      expect(findFrames(text).main, text).toBeNull();
    }
    // Declining is still declining.
    expect(findFrames('Officials did not say whether the plant would reopen.').main?.cls).toBe('decline');
  });

  it('after “replied:” or an opening mark, “That” is the quotation’s first word, not a “that” to skip', () => {
    expect(findFrames('Ms Wójcik replied: ‘That is not true. Nobody has promised me anything.’').main).toMatchObject({ speaker: 'Ms Wójcik', content: ': ‘That is not true. Nobody has promised me anything.’', that: false });
    expect(findFrames('The witness testified that she handed him an envelope.').main).toMatchObject({ speaker: 'The witness', content: 'she handed him an envelope.' });
  });

  it('“…, according to her spokeswoman, Sigríður Ólafsdóttir.”: the source ends in its name', () => {
    expect(findFrames('Helena Marchetti first learned of the investigation on the morning of the arrest, according to her spokeswoman, Sigríður Ólafsdóttir.').main).toMatchObject({
      shape: 'according',
      speaker: 'her spokeswoman, Sigríður Ólafsdóttir',
      content: 'Helena Marchetti first learned of the investigation on the morning of the arrest',
    });
  });

  it('“X, 54, the city’s deputy mayor, denies …” and “X KC, for Mr Y, put it to the witness that …”: the age and whom a lawyer acts for are no speaker', () => {
    expect(findFrames('Tobias van der Berg, 54, the city’s deputy mayor for housing, denies three counts of accepting a bribe.').main?.speaker).toBe('Tobias van der Berg, the city’s deputy mayor for housing');
    expect(findFrames('Under cross-examination, Margaret de Vries KC, for Mr van der Berg, put it to the witness that she had invented the meeting.').main).toMatchObject({ speaker: 'Margaret de Vries KC', content: 'she had invented the meeting.' });
    expect(findFrames('Nadia Farouk KC, for the prosecution, told the jury that the cash was no gift.').main?.speaker).toBe('Nadia Farouk KC');
  });
});

describe('a body’s name with “and” in it', () => {
  it('“Fernshire Fire and Rescue Service said …” is the service, and the officer “of” it speaks for herself', () => {
    expect(findFrames('Fernshire Fire and Rescue Service said the gas had escaped from a pipe.').main?.speaker).toBe('Fernshire Fire and Rescue Service');
    expect(findFrames('The Fire and Rescue Service said the gas had escaped.').main?.speaker).toBe('The Fire and Rescue Service');
    expect(findFrames('Group Manager Priya Lakhani of Fernshire Fire and Rescue Service told reporters that the valve had failed.').main?.speaker).toBe('Group Manager Priya Lakhani of Fernshire Fire and Rescue Service');
  });

  it('“The Dockers’ and Maritime Workers’ Union says …”: plural possessives inside the name', () => {
    expect(findFrames("The Dockers' and Maritime Workers' Union says 62% of its members took part in the ballot.").main?.speaker).toBe("The Dockers' and Maritime Workers' Union");
    expect(findFrames('The Drivers’ and Guards’ Association said the line was unsafe.').main?.speaker).toBe('The Drivers’ and Guards’ Association');
  });

  it('not two speakers joined by “and”, nor a role and a body', () => {
    expect(findFrames('The mayor and Rescue Service said so.').main?.speaker).not.toBe('The mayor and Rescue Service');
  });
});

describe('a source named mid-sentence', () => {
  it('“…, X said, as …”: what X said is the clause before; the “as” clause is the writer’s', () => {
    const { main } = findFrames("Tap water in Ellisford is safe to drink, Wendle Valley Water said, as the town's supply is drawn from boreholes.");
    expect([main?.shape, main?.speaker, main?.content]).toEqual(['trailing', 'Wendle Valley Water', 'Tap water in Ellisford is safe to drink']);
  });

  it('“…, according to X, well below …”: the source between a figure and the comparison that goes on with it', () => {
    const { main } = findFrames('Readings in the town centre never rose above 12 ppm, according to the fire service, well below the harmful level.');
    expect([main?.shape, main?.speaker, main?.content]).toEqual(['according', 'the fire service', 'Readings in the town centre never rose above 12 ppm, well below the harmful level']);
    // (Not who the source is: "…, according to Dan Whitcombe, threat researcher at …".)
    expect(findFrames('Gangs now sell access to hospitals, according to Dan Whitcombe, threat researcher at the security company Greyfield Intelligence.').main?.content ?? '').not.toContain('threat researcher');
  });
});

describe('a name, an age and a relative clause that runs on past a comma', () => {
  it('“Maureen Pell, 71, who lives on Kestrel Lane, about 300 metres from the plant, said …” is hers', () => {
    const { main } = findFrames('Maureen Pell, 71, who lives on Kestrel Lane, about 300 metres from the plant, said she heard nothing.');
    expect(main?.speaker).toMatch(/^Maureen Pell\b/);
    expect(main?.content).toBe('she heard nothing.');
  });
});

describe('an adverb of time after an auxiliary', () => {
  it('“The museum has since told us that …” is the museum’s frame', () => {
    expect(findFrames('The museum has since told us that the estimated value of the items is £850,000.').main).toMatchObject({ speaker: 'The museum', lemma: 'tell' });
  });
});
