import { describe, expect, it } from 'vitest';
import { falseToSay, isFalsityStatement, negatedEventOf, ownerOf, parseDenialObject, positiveEventOf, reportCalledFalse, reportMentions } from '../../../src/ingest/claims/denial.ts';

describe('denial objects', () => {
  it.each([
    ['that CLAUSE', ' that the mayor sold the land.', 'the mayor sold the land', true],
    ['a report that CLAUSE', ' a recent report that the mayor sold the land.', 'the mayor sold the land', true],
    ['claims that CLAUSE', ' claims that the coach would leave, citing sources.', 'the coach would leave', true],
    ['reports of NP', ' reports of a secret meeting between the two men.', 'a secret meeting between the two men', false],
    ['noun phrase', ' any plan to raise taxes.', 'any plan to raise taxes', false],
    // A headline's circumstance is not part of what is denied.
    ['noun phrase + circumstance', ' talks amid rising tension', 'talks', false],
    ['noun phrase + time', ' any deal ahead of the vote', 'any deal', false],
    // A clause that dates the denied one is not what is denied: the award happened.
    ['that CLAUSE before CLAUSE', ' that he met the bidders before the board awarded them the contract.', 'he met the bidders', true],
    ['reports that CLAUSE after CLAUSE', ' reports that the mayor sold the land after the council voted.', 'the mayor sold the land', true],
    ['that CLAUSE before NP', ' that he met the bidders before the vote.', 'he met the bidders before the vote', true],
    ['that CLAUSE opening with a report noun', ' that account books were destroyed.', 'account books were destroyed', true],
    // An aside between the claims and their "that".
    ['claims, aside, that CLAUSE', ' claims, circulating among opposition councillors, that Mr van der Berg is still being paid.', 'Mr van der Berg is still being paid', true],
  ])('%s', (_name, object, target, clause) => {
    const d = parseDenialObject(object);
    expect(d.target).toBe(target);
    expect(d.targetIsClause).toBe(clause);
  });

  it.each([' the allegations as “baseless.”', ' this.', ' it', ' the report on Monday', ' these claims', ' reports', ' that account.', ' that version of events.', ' that characterization', ' both claims.', ' all the allegations', ' either report'])('anaphoric: %s', (object) => {
    expect(parseDenialObject(object).target).toBeNull();
  });

  it('names the event of "reports of a phone call …", so the denial meets the report of that event', () => {
    expect(parseDenialObject(' reports of a phone call the mayor made to the minister.').negatedEvent).toBe('phone call');
    expect(parseDenialObject(' reports of a secret meeting between the two men.').negatedEvent).toBe('meeting');
    expect(parseDenialObject(' reports of budget cuts.').negatedEvent).toBeNull();
  });

  it('returns the report with its source words', () => {
    const d = parseDenialObject(' a Northern Gazette report suggesting that the port would close');
    expect(d.report).toMatchObject({ content: 'the port would close', source: 'Northern Gazette', noun: 'report' });
  });
});

describe('events', () => {
  it.each([
    ['there was no conversation', 'conversation'],
    ['There had been no such call.', 'call'],
    ['no such meeting took place', 'meeting'],
    ['there were no talks between the two sides', 'talks'],
    ['There was no phone call', 'phone call'],
  ])('%s → %s', (clause, event) => expect(negatedEventOf(clause)).toBe(event));

  it.each(['there were no plans to raise taxes', 'there is no evidence of fraud', 'the mayor had no comment'])('not an event denial: %s', (clause) => {
    expect(negatedEventOf(clause)).toBeNull();
  });

  it('finds the event in "there had been a call"', () => {
    expect(positiveEventOf('there had been a phone call')).toBe('phone call');
    expect(positiveEventOf('there had been a flood')).toBeNull();
  });
});

describe('falsity statements', () => {
  it.each(['It’s completely untrue', 'This is fake news', 'the report was “simply false”', 'purely false information', 'It is just in their imagination'])('%s', (c) => {
    expect(isFalsityStatement(c)).toBe(true);
  });

  it.each(['The mayor gave false figures to the council', 'Prices were wrong by a factor of ten last year in the north'])('not: %s', (c) => {
    expect(isFalsityStatement(c)).toBe(false);
  });
});

describe('report mentions', () => {
  it('finds reports in running text with their source', () => {
    const r = reportMentions('The denial counters reports that the mayor had resigned, following a Gazette report suggesting he was ill.');
    expect(r.map((x) => [x.content, x.source])).toEqual([
      ['the mayor had resigned', null],
      ['he was ill.', 'Gazette'],
    ]);
  });

  it('ends the content where the sentence calls the report false, the verb agreeing with the report noun', () => {
    expect(reportMentions('Claims that the vote was rigged are baseless.')).toMatchObject([{ content: 'the vote was rigged', noun: 'Claims', calledFalse: true }]);
    expect(reportMentions('The claim that the minister lied is simply untrue, Keller said.')).toMatchObject([{ content: 'the minister lied', calledFalse: true }]);
    // "were inaccurate" is what the claim says of the accounts, not what is said of the claim.
    expect(reportMentions('The claim that the accounts were inaccurate was repeated.')[0]?.calledFalse).toBeUndefined();
    expect(reportMentions('The news that the plant closed is false.')).toMatchObject([{ content: 'the plant closed', calledFalse: true }]);
  });

  it('“are not supported by our investigation so far” calls the report false, saying by what', () => {
    expect(reportMentions('Claims that the records of more than a million patients were stolen are not supported by our investigation so far.')).toMatchObject([
      { content: 'the records of more than a million patients were stolen', calledFalse: true },
    ]);
    expect(reportMentions('Claims that the line was never inspected are unsupported.')).toMatchObject([{ content: 'the line was never inspected', calledFalse: true }]);
    // (What the claim says is supported, when "supported" is its own word.)
    expect(reportMentions('The claim that the plan was supported by the board was repeated.')[0]?.calledFalse).toBeUndefined();
  });

  it('a capitalised report noun opens a report only when called false', () => {
    expect(reportMentions('Reports that the mayor resigned circulated on Monday.')).toEqual([]);
    expect(reportCalledFalse('Reports that the mayor resigned are false.')?.content).toBe('the mayor resigned');
    expect(reportCalledFalse('“Any suggestion that we sat on this is untrue.”')?.content).toBe('we sat on this');
    // Not a clause about a report: the report must open it.
    expect(reportCalledFalse('He said claims that the mayor resigned are false.')).toBeNull();
    expect(reportCalledFalse('Claims that the mayor resigned were repeated.')).toBeNull();
  });

  it('ignores the verb "claims"', () => {
    expect(reportMentions('The ministry claims that the port is open.')).toEqual([]);
  });
});

describe('whose claims a reference denies', () => {
  it.each([
    ["the union's count", 'union'],
    ["The union's figure of 1,500 is not accurate", 'union'],
    ['the allegations in the lawsuit filed today', 'lawsuit'],
    ['claims made by the union on Monday', 'union'],
  ])('%j → %s', (object, owner) => {
    expect(ownerOf(object)).toBe(owner);
  });

  it.each(['the claims', 'the report', 'reports of a Kororene-Permont phone call', 'allegations of corruption'])('%j names nobody', (object) => {
    expect(ownerOf(object)).toBeNull();
  });
});

describe('what is false to say', () => {
  it('is the claim a denial denies: “It was not a decision, and it is false to say the closure was decided in June”', () => {
    expect(falseToSay('It was not a decision, and it is false to say the closure was decided in June')).toBe('the closure was decided in June');
    expect(falseToSay("It's simply wrong to suggest that the plant was sold")).toBe('the plant was sold');
    expect(falseToSay('It is false')).toBeNull();
    expect(falseToSay('It is simply untrue that the deputy mayor is still receiving his allowance')).toBe('the deputy mayor is still receiving his allowance');
  });

  it('“called that “simply false”” points back to what was just told; “calling it false” after “denied the report” does not', () => {
    expect(parseDenialObject('that "simply false"')).toMatchObject({ target: null, pointsBack: true });
    expect(parseDenialObject('it “simply false”').pointsBack).not.toBe(true);
    // One allegation, "the" one: the one just made ("Dr Reyes said the goal had been switched. Acme rejected the allegation.").
    expect(parseDenialObject(' the allegation.')).toMatchObject({ target: null, pointsBack: true });
    expect(parseDenialObject(' the allegations.').pointsBack).not.toBe(true);
  });
});
