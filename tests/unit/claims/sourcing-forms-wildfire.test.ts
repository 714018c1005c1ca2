/**
 * Forms a fourteenth audit story (a wildfire and a contested evacuation order) brought: an
 * official update and a company statement named as such on their Source lines, the page's own
 * "Reports that … are false", "“That is false,” said X, when asked whether …", an organisation
 * described between commas, a live page's furniture, "No deaths have been reported".
 */
import { describe, expect, it } from 'vitest';
import { claimFeatures, learnAliases } from '../../../src/ingest/matching/features.ts';
import { seedUnits } from './seed-units.ts';

const units = (paragraphs: string[], outlet?: string) => seedUnits(paragraphs, outlet).map((u) => [u.text, u.attribution.speaker, u.attribution.kind, u.stance, u.denial?.target ?? null]);

describe('a body’s own page', () => {
  it('“(company statement)”: its lines and its denials are the company’s, on record, whatever its name', () => {
    expect(units(['Ridgeline Power rejects claims that its crews were repairing the Owl Creek line last Tuesday.', 'The company has cooperated fully with investigators.'], 'Ridgeline Power (company statement)')).toEqual([
      ['Its crews were repairing the Owl Creek line last Tuesday', null, 'none', 'reports', null],
      ['Ridgeline Power rejects claims that its crews were repairing the Owl Creek line last Tuesday', 'Ridgeline Power', 'named', 'denies', 'its crews were repairing the Owl Creek line last Tuesday'],
      ['The company has cooperated fully with investigators', 'Ridgeline Power', 'named', 'asserts', null],
    ]);
    // Without the Source line's word, a name that says no kind of body is no issuer's (a utility's,
    // "Ridgeline Power", "Leve Valley Water", says what it is, as a council's or a union's does).
    expect(units(['The company has cooperated fully with investigators.'], 'Ridgeline')[0]!.slice(1, 3)).toEqual([null, 'none']);
    expect(units(['The company has cooperated fully with investigators.'], 'Ridgeline Power')[0]!.slice(1, 3)).toEqual(['Ridgeline Power', 'named']);
  });

  it('“Reports that X are false.” is the page’s denial of X', () => {
    expect(units(['Reports that investigators have identified a cause are not accurate.'], 'Tamsen County Fire Authority (official incident update)')).toEqual([
      ['Investigators have identified a cause', null, 'none', 'reports', null],
      ['Reports that investigators have identified a cause are not accurate', 'Tamsen County Fire Authority', 'named', 'denies', 'investigators have identified a cause'],
    ]);
  });

  it('a live page’s furniture and an update’s closing line are no claims', () => {
    expect(units(['All times are local.', 'This page will be updated throughout the day.', 'The next update will be issued at 7:00 p.m.', 'Ridgeline Power will provide further updates as the investigation proceeds.'])).toEqual([]);
  });
});

describe('who denies what', () => {
  it('“That is categorically false,” said X, when asked whether Y: a denial of Y', () => {
    expect(units(['“That is categorically false,” said Karen Oyelaran, a spokeswoman for Ridgeline Power, when asked whether the line had gone without inspection since 2022.'])).toEqual([
      ['That is categorically false', 'Karen Oyelaran', 'named', 'denies', 'the line had gone without inspection since 2022'],
    ]);
  });

  it('a quotation inside a quotation closes first: its mark is no part of who speaks', () => {
    expect(units(['Joanne Pruitt, 71, lost her home on Cedar Lane.', '“They said, and I quote, ‘your property no longer fits our risk profile,’” she said. “So now I have nothing.”']).slice(-2).map((r) => r[1])).toEqual(['Joanne Pruitt', 'Joanne Pruitt']);
  });

  it('a quotation standing alone after one closed by its attribution goes on in that voice, over two sentences', () => {
    const rows = units(['"That is a recipe for exactly what we saw," Fire Chief Dana Whitlock told reporters at a briefing. "Our crews saved hundreds of homes. Every one of them was checked twice."']);
    expect(rows.map((r) => r[1])).toEqual(['Dana Whitlock', 'Dana Whitlock', 'Dana Whitlock']);
    // "We told customers as soon as we understood …": what follows is when, not what was told.
    expect(units(['"There was no cover-up," Adrian Kessler said. "We told customers as soon as we understood what had happened."']).at(-1)!.slice(0, 2)).toEqual(['We told customers as soon as we understood what had happened', 'Adrian Kessler']);
  });

  it('“An anonymous person described in one news report as a Ridgeline lineman has claimed …” is unnamed', () => {
    expect(units(['An anonymous person described in one news report as a Ridgeline lineman has claimed that the line should have been de-energized on Saturday night.'])).toEqual([
      ['The line should have been de-energized on Saturday night', 'an anonymous person described in one news report as a Ridgeline lineman', 'anonymous', 'asserts', null],
    ]);
  });

  it('“Harborline Mutual, one of the largest home insurers in the county, said …” is the insurer’s', () => {
    expect(units(['Harborline Mutual, one of the largest home insurers in the county, said it had received more than 150 claims by Monday evening.'])[0]!.slice(1, 3)).toEqual(['Harborline Mutual', 'named']);
  });
});

describe('two statements in one sentence', () => {
  it('“X said A; on Tuesday, Y put the number at B”: each is its speaker’s', () => {
    expect(units(['Raymond Tull is the county’s emergency director.', 'On Monday the Sheriff’s Office said about 3,100 people had been evacuated; on Tuesday, Tull put the number at “roughly 2,300.”']).slice(-2).map((r) => r.slice(0, 2))).toEqual([
      ['About 3,100 people had been evacuated', 'the Sheriff’s Office'],
      ['Raymond Tull put the number at “roughly 2,300”', 'Raymond Tull'],
    ]);
    expect(units(['Orrin puts the total at 1,200 company-wide, including about 950 at Kestrel Falls.'])[0]!.slice(0, 2)).toEqual(['Orrin puts the total at 1,200 company-wide, including about 950 at Kestrel Falls', 'Orrin']);
  });
});

describe('matching', () => {
  const aliases = learnAliases([], []);
  it('“No deaths have been reported” and “There have been no fatalities” say one thing', () => {
    expect(claimFeatures('No deaths have been reported.', aliases)).toEqual(claimFeatures('There have been no fatalities.', aliases));
  });

  it('“First engine company reports a fire of about five acres”: the tagger’s noun “reports” is the act', () => {
    expect(claimFeatures('First engine company reports a fire of about five acres', aliases).predicates).toEqual(['w:report']);
  });
});
