import { describe, expect, it } from 'vitest';
import { isBarePhrase, isInstruction, isPrescription, isSubjectless, skipReason } from '../../../src/ingest/claims/candidates.ts';

const p = (text: string) => ({ text, kind: 'paragraph' as const });

describe('check-worthiness', () => {
  it.each([
    ['question', 'Will the bridge ever reopen?'],
    ['question', 'Is this the end of the “affair?”'],
    ['short', 'Yes, indeed.'],
    ['label', 'Reactions from the council'],
    ['commentary', 'The situation continues to evolve.'],
    ['commentary', 'It remains to be seen whether the deal will hold.'],
    ['commentary', 'In the meantime, the dispute continues.'],
    ['commentary', 'Here is what we know so far.'],
    ['commentary', 'That depends on whom you ask.'],
    ['commentary', 'It is unclear whether the talks will resume.'],
    ['commentary', 'It was not yet known who fired the shots.'],
    ['commentary', 'Nobody knows how the fire started.'],
    ['commentary', 'In my view Corvane has treated the people of Ellisford, and the river they love, with contempt.'],
    ['commentary', 'Personally, I think the plant should never reopen.'],
    // The writer's own opinion, marked so.
    ['commentary', 'Frankly, the government’s promises to get tough on rogue drones are beginning to look hollow.'],
    ['commentary', 'It is hard not to feel for the families who spent Friday night on the floor of a departures hall.'],
    ['commentary', 'What a night it has been for thousands of travellers.'],
    // A live page's lead-ins to what a guest said.
    ['commentary', 'Here is part of what she said.'],
    ['commentary', 'The local MP, Daniel Hart, has been speaking to us.'],
    ['label', 'Airport chief executive Claire Okafor joined our presenter Sam Whitlock in the studio.'],
    ['furniture', 'Leave a Reply'],
    ['furniture', 'Correction: An earlier post said 260 passengers were on board.'],
    ['furniture', 'We apologise for the error.'],
    ["furniture", "That's where we will leave our live coverage for today."],
    ['furniture', 'Our reporters will be back in Brežany tomorrow.'],
    ['furniture', 'Your email address will not be published.'],
    ['furniture', 'This page was last updated at 5pm on Wednesday 10 June.'],
    ['furniture', 'This is Josh taking over from Hannah.'],
    ['furniture', 'Thanks for staying with us.'],
    ['furniture', 'Adrian Quayle, Site Director, Ellisford Works'],
    ['furniture', 'Dr Imogen Farrow, Chair of Friends of the Wendle'],
    ['code', "import Embed from '@runline/social-embed'"],
    ['code', 'import { Tweet } from "astro-embed";'],
    ['code', "import '@runline/styles.css'"],
    ['code', 'export default function Widget() {}'],
  ])('%s: %s', (reason, text) => {
    expect(skipReason(p(text))).toBe(reason);
  });

  it.each(['Adrian Quayle, the site director, said the valve had been isolated.', 'Kremlin Denies Claim, Ukraine Says', 'It is clear that the talks failed.', 'It is not clear to the council, the mayor said, and the vote was delayed.', 'Import duties from the port rose by a third last year.', 'Exports from the region fell sharply in May.', 'The mayor resigned on Friday after ten years in office.', 'Mayor Ana Costa branded the story “a fabrication.”', 'The council approved the budget.', 'Here is how the council spent the money: £2m on roads.', 'The minister joined the board in 2019.', 'What the council said was wrong.'])('candidate: %s', (text) => {
    expect(skipReason(p(text))).toBeNull();
  });

  it('keeps headings that state something, drops pure labels', () => {
    expect(skipReason({ text: 'City denies bridge closure plan', kind: 'subheading' })).toBeNull();
    expect(skipReason({ text: 'The road ahead for the city', kind: 'subheading' })).toBe('label');
  });

  it('reads the word after a possessive in a heading as a noun', () => {
    // The tagger calls "Stand" a verb; after "Costa’s" it heads a noun phrase.
    expect(skipReason({ text: 'Mayor Costa’s Stand Against The Closure', kind: 'subheading' })).toBe('label');
    expect(skipReason({ text: "The Council's Answer To The Protesters", kind: 'subheading' })).toBe('label');
    // A heading with a verb of its own still states something.
    expect(skipReason({ text: 'Costa’s Plan Raises Alarm In The Council', kind: 'subheading' })).toBeNull();
    // In running text the possessive rule does not apply.
    expect(skipReason(p('Mayor Costa’s staff walked out of the meeting on Friday.'))).toBeNull();
  });
});

describe('instructions are not claims', () => {
  it.each([
    'Keep your windows shut and your ventilation off until we tell you otherwise',
    '“Stay indoors until noon',
    "Don't drink the tap water",
    'Please stay away from the area',
    'Let’s wait for the report',
    'Be wary of emails or texts that appear to come from Forkful',
    'Anyone with information about corruption in public office can contact the Economic Crime Unit in confidence on 101',
    'Media organisations are reminded of their obligations under the Contempt of Court Act 1981',
    'Residents are urged to stay indoors',
    'If you feel unwell, call your GP or, in an emergency, 999',
    'We ask you to use every power you have to find out what happened',
    'We therefore ask you to:',
    'Our community liaison team can be reached at community@corvane.example',
    'We will keep it up to date as we learn more',
    // (A capitalised verb the tagger reads as a name, before what it acts on.)
    'Call our helpline on 0300 555 0142',
    'Check the lot code on the bottom of the can',
    'Visit the website for details',
    // (Inside a web page's markup.)
    '<b>Please use the signed diversion.</b>',
    // (An appeal for information, and whom to tell, in the second person or to "anyone who …".)
    'If you have information but do not want to speak to police, you can contact Crimestoppers anonymously',
    'do not want to speak to police, you can contact Crimestoppers anonymously',
    'We are asking anyone who was in the Elmstead Lane area between 6pm and 7.30pm on Friday, or who has dashcam or doorbell footage, to contact us',
  ])('%s', (text) => {
    expect(isInstruction(text)).toBe(true);
  });

  it.each([
    'Ward managers were briefed within an hour of the attack being detected',
    'Residents were told to stay indoors',
    'Trump could end the fighting quickly',
    'Said he would resign',
    'Working with allies is key',
    'Hit by sanctions, the economy shrank 2%',
    'Set up in 1987, the company employs 340 people',
    'Make no mistake, the deal is dead',
    // (A compound noun whose first word the tagger calls a verb, a place between it and its verb.)
    'Tap water in Ellisford is safe to drink',
    'Shares the blame with the board',
    'Cracks appeared in the deck',
    'Brackwater holds about 1,400 offers',
    '<b>UPDATE:</b> The East Gate is now closed',
    'Residents said you can contact the council but nobody answers',
    'If you have ever flown from Harwick, you know the queues',
  ])('states something: %s', (text) => {
    expect(isInstruction(text)).toBe(false);
  });
});

describe('the writer’s guess', () => {
  it.each(['Perhaps it was £3.4 million, or two payments of £1.75 million.', 'It may be that every penny was declared, that the Lisbon meeting never happened.', 'Maybe the board knew all along about the payment.'])('is no claim: %s', (text) => {
    expect(skipReason(p(text))).toBe('commentary');
  });

  it('that someone hit back at someone is no claim: what they said comes next', () => {
    expect(skipReason(p('The company’s communications chief, Linnea Sjöberg, has hit back at Dr. Núñez-Carvajal.'))).toBe('commentary');
    expect(skipReason(p('The company hit back at the claims, calling them false.'))).toBeNull();
  });

  it('the newsroom asking for an answer is no claim', () => {
    expect(skipReason(p('We put that to Maresca-Lindqvist.'))).toBe('commentary');
    expect(skipReason(p('We have asked the council for comment.'))).toBe('commentary');
    expect(skipReason(p('We have asked to see the St Bride’s log.'))).toBe('commentary');
    expect(skipReason(p('I asked the council to release the minutes.'))).toBe('commentary');
    expect(skipReason(p('We put the question to voters in three towns and most said no.'))).toBeNull();
  });

  it('a question told of someone, the newsroom printing a text and a list announced by “the following …:” are no claims', () => {
    expect(skipReason(p('Cllr Gillies asked why the ferry had been allowed to sail in fog.'))).toBe('question');
    expect(skipReason(p('Cllr Maclure asked whether a replacement vessel would be provided.'))).toBe('question');
    // (A refusal "when asked whether …" is one, and so is a request.)
    expect(skipReason(p('The university did not respond when asked whether it had received it.'))).toBeNull();
    expect(skipReason(p('The union asked the council for a meeting on Monday.'))).toBeNull();
    expect(skipReason(p('With her permission we print it at length, lightly edited.'))).toBe('commentary');
    expect(skipReason(p('Ridgeline Power is taking the following steps:'))).toBe('label');
    expect(isInstruction('Cllr Paterson asked members of the public not to share photographs of injured passengers online')).toBe(true);
  });

  it('an item of a meeting’s resolution is no claim', () => {
    expect(skipReason(p('(c) that the clerk write to Sollan Ferries asking for its passenger manifest for 14 March.'))).toBe('commentary');
    expect(skipReason(p('RESOLVED: that the board commission an urgent survey of the harbour approach.'))).toBe('commentary');
    expect(skipReason(p('That the ferry sailed in fog is not in dispute.'))).toBeNull();
  });

  it('a sentence announcing a list after it is no claim', () => {
    expect(skipReason(p('I, Margaret Ondrejka, being the Returning Officer, give notice that the number of votes recorded for each candidate is as follows:'))).toBe('label');
    expect(skipReason(p('The council gave the following reasons for the delay: staff shortages and the weather.'))).toBeNull();
  });

  it('a statement with “may” in it is one', () => {
    expect(skipReason(p('The club may have breached at least two rules, the lecturer said.'))).toBeNull();
  });
});

describe('a recommendation', () => {
  it.each([
    'Every city should publish its tender scores, in full, before a contract is signed',
    'Every official who votes on a contract should declare every meeting with every bidder',
    'The board should suspend the contract until the auditor finishes her review',
    'Patients should also watch for phishing emails',
    'Ministers ought to resign',
  ])('says what should be done, nothing to check: %s', (text) => {
    expect(isPrescription(text)).toBe(true);
  });

  it.each([
    // An expectation, not advice.
    'The work should be finished by June',
    'The plant should have closed in 2024',
    // What someone said should be done is a claim about them.
    'Trump told Putin that he should remain circumspect',
    'The mayor said the board should resign',
    'The council voted to suspend the contract',
  ])('states something: %s', (text) => {
    expect(isPrescription(text)).toBe(false);
  });
});

describe('a bare phrase', () => {
  it('opening with a preposition and with no verb says nothing of anything: “Within federal limits”', () => {
    expect(isBarePhrase('Within federal limits')).toBe(true);
    expect(isBarePhrase('‘Under review’')).toBe(true);
    expect(isBarePhrase('Within a week the notice was lifted')).toBe(false);
    expect(isBarePhrase('The federal limit is 4')).toBe(false);
  });
});

describe('a clause without its subject', () => {
  it('opening with a finite verb is a fragment: “Does nothing against PFAS”; a question is not read so', () => {
    expect(isSubjectless('Does nothing against PFAS')).toBe(true);
    expect(isSubjectless('Has been fined twice this year')).toBe(true);
    expect(isSubjectless('Does he know the figure')).toBe(false);
    expect(isSubjectless('The plant does nothing against PFAS')).toBe(false);
  });
});

describe('a question without its mark', () => {
  it.each(['Whether Orrin will have to pay back any of the state money.', 'What will happen to the 60-acre site.', 'Who will buy the plant.'])('%j asks, it states nothing', (text) => {
    expect(skipReason(p(text))).toBe('question');
  });

  it('a sentence that opens like one but states something stays: “What is not in dispute is that …”', () => {
    expect(skipReason(p('What is not in dispute is that spending on track maintenance has fallen.'))).toBeNull();
  });
});

describe('a speaker’s belief', () => {
  const skip = (text: string) => skipReason({ text, kind: 'paragraph' });
  it('“I believe …”, “I think …”, “We believe …” of a view are no claims', () => {
    expect(skip('I believe the Kestrel Walk collapse was entirely preventable.')).toBe('commentary');
    expect(skip('“I think Haldane have built a very good stadium,” she said.')).toBe('commentary');
    expect(skip('We believe our exposure is minimal.')).toBe('commentary');
  });

  it('a belief that holds a figure, or tells of something done, stays a claim', () => {
    expect(skip('We believe the true number is closer to 2,000.')).toBeNull();
    expect(skip('We think some postal votes were counted in the turnout figure twice.')).toBeNull();
  });
});
