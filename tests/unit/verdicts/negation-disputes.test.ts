/**
 * A denial worded as a plain statement on record (src/ingest/verdicts/negation-disputes.ts):
 * "No inspection on the line has been cancelled or postponed this year" against "a February
 * inspection of the curve was postponed".
 */
import { describe, expect, it } from 'vitest';
import { claimFeatures, learnAliases } from '../../../src/ingest/matching/features.ts';
import { askedOf, negationDisputes, type NegationUnits } from '../../../src/ingest/verdicts/negation-disputes.ts';
import type { AccountDispute, DenialDispute } from '../../../src/ingest/verdicts/decide.ts';
import type { Attribution, Stance } from '../../../src/ingest/types.ts';

const aliases = learnAliases([], []);
const named = (speaker: string, role: string | null = null): Attribution => ({ kind: 'named', speaker, role, via: null });
const anonymous: Attribution = { kind: 'anonymous', speaker: 'sources', role: null, via: null };

interface Row {
  article: string;
  text: string;
  attribution: Attribution;
  stance?: Stance;
  goesOn?: boolean;
}

function found(rows: Row[], clusters: number[][], sameStory = (_i: number, _j: number) => true, eligible = (_c: number) => true): string[] {
  const features = rows.map((r) => claimFeatures(r.text, aliases));
  const units: NegationUnits = {
    length: rows.length,
    article: (i) => rows[i]!.article,
    outlet: (i) => `Outlet ${rows[i]!.article}`,
    text: (i) => rows[i]!.text,
    terms: (i) => features[i]!.terms,
    predicates: (i) => features[i]!.predicates,
    negated: (i) => features[i]!.negated,
    term: (w) => claimFeatures(w, aliases).terms[0] ?? `w:${w}`,
    attribution: (i) => rows[i]!.attribution,
    stance: (i) => rows[i]!.stance ?? 'asserts',
    goesOn: (i) => rows[i]!.goesOn === true,
  };
  const out: string[] = [];
  negationDisputes(clusters, units, eligible, sameStory, (c: number, d: DenialDispute | AccountDispute, by: number) => out.push(`${c} ← ${by}: ${d.speaker} (${d.how})`));
  return out;
}

const union: Row = { article: 'gazette', text: 'A February inspection of the curve was postponed', attribution: named('Dušan Márkos') };
const operator: Row = { article: 'gazette', text: 'No inspection on the Mirov–Ostrenz line has been cancelled or postponed this year', attribution: named('Ilse Brandauer', 'spokeswoman') };

describe('a denial worded as a plain statement', () => {
  it('“No inspection … has been postponed” disputes “an inspection was postponed”: no such thing, the same action', () => {
    expect(found([union, operator], [[0], [1]])).toEqual(['0 ← 1: Ilse Brandauer (denial)', '1 ← 0: Dušan Márkos (account)']);
  });

  it('“did not … until March 24” says when, and denies nothing', () => {
    const learned: Row = { article: 'wire', text: 'It first learned of a positive Cronobacter result on March 24', attribution: named('the company') };
    const until: Row = { article: 'gazette', text: 'Brightbloom did not learn of any Cronobacter result until March 24', attribution: named('Brightbloom') };
    expect(found([learned, until], [[0], [1]])).toEqual([]);
  });

  it('the plain statement is itself contradicted by a claim on record that it happened (two accounts), not by an unnamed one', () => {
    const never: Row = { article: 'live', text: 'The alarm never sounded', attribution: named('Maureen Pell') };
    const sounded: Row = { article: 'faq', text: 'The site alarm system sounded as designed', attribution: named('Corvane Agrochemicals') };
    expect(found([never, sounded], [[0], [1]])).toEqual(['1 ← 0: Maureen Pell (denial)', '0 ← 1: Corvane Agrochemicals (account)']);
    expect(found([never, { ...sounded, attribution: anonymous }], [[0], [1]])).toEqual(['1 ← 0: Maureen Pell (denial)']);
    // (A denial of what someone said is no account of its own: its page says who denied what.)
    expect(found([{ ...never, stance: 'denies', goesOn: true }, sounded], [[0], [1]])).toEqual(['1 ← 0: Maureen Pell (denial)']);
  });

  it('“No ballot papers were counted twice” denies counting twice, not the count or a re-check', () => {
    const officer = named('Margaret Ondrejka', 'returning officer');
    const twice: Row = { article: 'declaration', text: 'No ballot papers were counted twice', attribution: officer };
    const recheck: Row = { article: 'wire', text: 'The 212 bundles of ballot papers counted at Eastgate were re-checked in the presence of agents', attribution: named('the returning officer') };
    const staff: Row = { article: 'column', text: 'Bundles of ballot papers were counted twice at Eastgate', attribution: anonymous };
    expect(found([twice, recheck, staff], [[0], [1], [2]])).toEqual(['2 ← 0: Margaret Ondrejka (denial)']);
  });

  it('“Not a single ballot has been rechecked” disputes “bundles of ballot papers were re-checked”: any ballot, one act however spelt', () => {
    const post: Row = { article: 'herald', text: 'Not a single ballot has been rechecked', attribution: named('Tom Rudderham') };
    const recheck: Row = { article: 'declaration', text: 'At my direction, the 212 bundles of ballot papers counted at Eastgate were re-checked in the presence of candidates’ agents', attribution: named('Margaret Ondrejka') };
    const counted: Row = { article: 'wire', text: 'The ballot papers were counted at Eastgate', attribution: named('the returning officer') };
    expect(found([post, recheck, counted], [[0], [1], [2]])).toEqual(['1 ← 0: Tom Rudderham (denial)', '0 ← 1: Margaret Ondrejka (account)']);
  });

  it('a negated statement that says all the claim’s words disputes it', () => {
    const paid: Row = { article: 'wire', text: 'Fenmore General Hospital paid a ransom of $1.5 million to the hackers', attribution: anonymous };
    const notPaid: Row = { article: 'post', text: 'The hospital did not pay a ransom', attribution: named('Ruth Marsh') };
    expect(found([paid, notPaid], [[0], [1]])).toEqual(['0 ← 1: Ruth Marsh (denial)']);
  });

  it('“There is no unpermitted pipe at Hollis Bend” disputes “Inspectors had found an unpermitted drainage pipe …”: nothing of the kind exists', () => {
    const found_: Row = { article: 'wire', text: "Inspectors had found an unpermitted drainage pipe running from the plant's storage yard toward the river", attribution: anonymous };
    const none: Row = { article: 'wire', text: 'There is no unpermitted pipe at Hollis Bend', attribution: named('Danielle Okafor') };
    expect(found([found_, none], [[0], [1]])).toEqual(['0 ← 1: Danielle Okafor (denial)']);
    // All its words are needed ("no evidence linking the illness to the water" is no answer to any claim with "evidence").
    const evidence: Row = { article: 'a', text: 'Investigators found evidence of a leak at the plant', attribution: anonymous };
    const noEvidence: Row = { article: 'b', text: 'There was no evidence linking his illness to the water', attribution: named('Małgorzata Nowak') };
    expect(found([evidence, noEvidence], [[0], [1]])).toEqual([]);
    // Not about another place's: "There was no plan to deploy troops to the Lororian border" / "… to the border with Zeloria".
    const plan: Row = { article: 'a', text: 'Veroria plans to deploy 2,500 troops to the border with Zeloria', attribution: anonymous };
    const noPlan: Row = { article: 'b', text: 'There had been no plan to deploy troops to the Lororian border', attribution: named('Marta Zanildahl') };
    expect(found([plan, noPlan], [[0], [1]])).toEqual([]);
  });

  it('“He has never taken a bribe from Brightwater” disputes “He accepted … in bribes from Brightwater Build”: taking and accepting are one act', () => {
    const accepted: Row = { article: 'qa', text: 'Van der Berg accepted about $163,000 (£120,000) in bribes from Brightwater Build', attribution: named('Prosecutors') };
    const never: Row = { article: 'post', text: 'He has never taken a bribe from Brightwater or from anyone else', attribution: named('Margaret de Vries') };
    expect(found([accepted, never], [[0], [1]])).toEqual(['0 ← 1: Margaret de Vries (denial)', '1 ← 0: Prosecutors (account)']);
    // Also when it goes on from a denial ("My client denies every one of these allegations. He has never taken …").
    expect(found([accepted, { ...never, stance: 'denies', goesOn: true }], [[0], [1]])).toEqual(['0 ← 1: Margaret de Vries (denial)']);
    expect(found([accepted, { ...never, stance: 'denies' }], [[0], [1]])).toEqual([]);
    // Another act is no answer: "He has never taken part in a tender" denies no bribe.
    const offered: Row = { article: 'qa', text: 'Brightwater offered bribes to council officials', attribution: named('Prosecutors') };
    expect(found([offered, never], [[0], [1]])).toEqual([]);
  });

  it('not a negation of a part, nor one with words the claim does not have', () => {
    // "not about confrontation" denies nothing of the talks.
    const talks: Row = { article: 'a', text: 'Trump has hinted at direct talks with Putin', attribution: anonymous };
    const peace: Row = { article: 'b', text: 'At least he is talking about peace and not about confrontation', attribution: named('Dmitry Peskov') };
    expect(found([talks, peace], [[0], [1]])).toEqual([]);
    // Receiving a letter is not receiving a reply.
    const letter: Row = { article: 'a', text: 'It had received the union’s letter on February 10', attribution: named('SRR') };
    const reply: Row = { article: 'a', text: 'The union had received no reply', attribution: named('Dušan Márkos') };
    expect(found([letter, reply], [[0], [1]])).toEqual([]);
    // Only people and an action: "Trump did not mention Putin" among the leaders he spoke to.
    const discussed: Row = { article: 'a', text: 'The subject was discussed between Putin and Trump', attribution: anonymous };
    const notMentioned: Row = { article: 'b', text: 'Donald Trump did not mention Putin', attribution: named('Donald Trump') };
    expect(found([discussed, notMentioned], [[0], [1]])).toEqual([]);
  });

  it('nothing from one’s own words, from sources not on record, across stories, in one cluster, or from claims left out', () => {
    expect(found([union, { ...operator, attribution: named('Dušan Márkos') }], [[0], [1]])).toEqual([]);
    expect(found([union, { ...operator, attribution: anonymous }], [[0], [1]])).toEqual([]);
    expect(found([union, operator], [[0], [1]], () => false)).toEqual([]);
    expect(found([union, operator], [[0, 1]])).toEqual([]);
    expect(found([union, operator], [[0], [1]], () => true, (c) => c === 0)).toEqual([]);
    // Another action: cancelled is not postponed... unless the statement names both.
    expect(found([{ ...union, text: 'A February inspection of the curve was carried out' }, operator], [[0], [1]])).toEqual([]);
  });
});

describe('nothing of a kind received (“We received no warning”, “We never received any such request”)', () => {
  const board = named('Western Counties Examinations Board');
  it('disputes the claim that it was sent to the speaker’s side, told by someone else', () => {
    const warned: Row = { article: 'wire', text: 'The union had warned the board in May that the software was faulty', attribution: named('Colin Marr') };
    const none: Row = { article: 'faq', text: 'We received no warning from the union before results day', attribution: board, stance: 'denies', goesOn: true };
    expect(found([warned, none], [[0], [1]])).toEqual(['0 ← 1: Western Counties Examinations Board (denial)']);
  });

  it('knows the side by its name in the claim’s words too: “asked Tidewave’s event control … to close the East Gate”', () => {
    const asked: Row = { article: 'hearing', text: 'Our silver commander asked Tidewave’s event control at 20:50 to close the East Gate', attribution: named('Alison Kerr') };
    const none: Row = { article: 'statement', text: 'We never received any such request', attribution: named('Marcus Delaney', 'chief executive of Tidewave Events') };
    expect(found([asked, none], [[0], [1]])).toEqual(['0 ← 1: Marcus Delaney (denial)']);
  });

  it('“We were never invited to talks”, in the passive, disputes “We wrote to the union on 2 June inviting them to talks”', () => {
    const invited: Row = { article: 'statement', text: 'We wrote to the union on 2 June inviting them to talks', attribution: named('Carrow Sound Port Holdings') };
    const never: Row = { article: 'live', text: 'We were never invited to talks', attribution: named('Ros Kettering', 'general secretary of the union') };
    expect(found([invited, never], [[0], [1]])).toEqual(['0 ← 1: Ros Kettering (denial)']);
  });

  it('disputes nothing sent to another side, nor the speaker’s own telling', () => {
    const other: Row = { article: 'hearing', text: 'The police asked the council to close the road', attribution: named('Alison Kerr') };
    const own: Row = { article: 'statement', text: 'Tidewave asked stewards to open Exit 4', attribution: named('Marcus Delaney', 'chief executive of Tidewave Events') };
    const none: Row = { article: 'statement', text: 'We never received any such request', attribution: named('Marcus Delaney', 'chief executive of Tidewave Events') };
    expect(found([other, own, none], [[0], [1], [2]])).toEqual([]);
  });
});

describe('never asked (“We were never asked to deploy the barrier”, “she was not told”)', () => {
  const council = named('Wyredale District Council');
  const never: Row = { article: 'letter', text: 'We were never asked to deploy the barrier on Sunday evening', attribution: council };

  it('disputes the claim that the speaker’s side was told, called or recommended to, by someone else', () => {
    const told: Row = { article: 'wire', text: 'The council was told to do so at 19:05 on Sunday', attribution: named('the Riverways Agency') };
    const called: Row = { article: 'timeline', text: 'Duty officer calls Wyredale District Council to recommend the Quay Street barrier is deployed', attribution: named('Riverways Agency') };
    expect(found([told, called, never], [[0], [1], [2]]).sort()).toEqual(['0 ← 2: Wyredale District Council (denial)', '1 ← 2: Wyredale District Council (denial)']);
  });

  it('disputes nothing the side asked of others, nor a report of its denial', () => {
    const asking: Row = { article: 'wire', text: 'The council asked residents to move their cars', attribution: named('the Riverways Agency') };
    const report: Row = { article: 'wire', text: 'The council rejects the suggestion that it was told to deploy the barrier', attribution: named('a council spokesperson') };
    expect(found([asking, report, never], [[0], [1], [2]])).toEqual([]);
  });
});

describe('a negation told of a time of day', () => {
  const water: Row = { article: 'statement', text: 'The Mill Lane pumping station did not fail on Sunday night', attribution: named('Fiona Marr', 'Operations Director') };
  const council: Row = { article: 'letter', text: 'The pumping station at Mill Lane failed at around 1am', attribution: named('Wyredale District Council') };

  it('“did not fail on Sunday night” disputes “failed at around 1am”: the night it is told of is no part of what did not happen', () => {
    expect(found([council, water], [[0], [1]])).toEqual(['0 ← 1: Fiona Marr (denial)', '1 ← 0: Wyredale District Council (account)']);
  });

  it('the rest of what it says must still be said: “did not fail on Sunday night” is no denial that a pump was switched off', () => {
    const off: Row = { article: 'letter', text: 'A pump at Mill Lane was switched off at around 1am', attribution: named('Wyredale District Council') };
    expect(found([off, water], [[0], [1]])).toEqual([]);
  });
});

describe('a negation of a phrase', () => {
  it('“None of the stolen items has yet been recovered” negates items, and denies nothing of gold “stolen to order … melted down”', () => {
    const police: Row = { article: 'appeal', text: 'None of the stolen items has yet been recovered', attribution: named('Marcus Penhale', 'Detective Inspector') };
    const experts: Row = { article: 'paper', text: 'Gold objects stolen to order are often melted down within days, and the chances of recovering them fall sharply', attribution: named('the Courant') };
    expect(found([experts, police], [[0], [1]])).toEqual([]);
    const recovered: Row = { article: 'paper', text: 'Two of the stolen items were recovered in a raid', attribution: named('the Courant') };
    expect(found([recovered, police], [[0], [1]])).toEqual(['0 ← 1: Marcus Penhale (denial)', '1 ← 0: the Courant (account)']);
  });

  it('“No payment card details were accessed” denies no exposure of personal details: every word of the phrase is the claim’s too', () => {
    const company: Row = { article: 'wire', text: 'No payment card details were accessed', attribution: named('the company') };
    const personal: Row = { article: 'paper', text: 'The attack had accessed the personal details of 1.2 million customers', attribution: named('Forkful') };
    expect(found([personal, company], [[0], [1]])).toEqual([]);
  });
});

describe('a request that never came', () => {
  it('“we received no request for comment” answers no one asked to do something else: “museums are being asked to guard irreplaceable heritage”', () => {
    const bastion: Row = { article: 'statement', text: 'We received no request for comment before its story was published', attribution: named('Bastion Guard Services') };
    const comment: Row = { article: 'paper', text: "Britain's smaller museums are being asked to guard irreplaceable heritage", attribution: named('The National Courant') };
    expect(found([comment, bastion], [[0], [1]])).toEqual([]);
    expect(askedOf('The paper asked Bastion Guard Services to comment', ['bastion'])).toBe(true);
    expect(askedOf('Museums are being asked to guard heritage', ['guard'])).toBe(false);
  });
});

describe('a request for comment the company says it never received', () => {
  it('“we received no request for comment” disputes the paper’s “… did not respond to requests for comment”', () => {
    const paper: Row = { article: 'paper', text: 'Bastion Guard Services did not respond to requests for comment last night', attribution: named('Bastion Guard Services'), stance: 'declines' };
    const bastion: Row = { article: 'statement', text: "Contrary to the National Courant's report, we received no request for comment before its story was published", attribution: named('Bastion Guard Services') };
    expect(found([paper, bastion], [[0], [1]])).toEqual(['0 ← 1: Bastion Guard Services (denial)']);
    // (Not another company's silence.)
    expect(found([{ ...paper, attribution: named('Halbrook Museum') }, bastion], [[0], [1]])).toEqual([]);
  });
});
