/**
 * Forms of sourcing the thirtieth audit story (a town flooded; tests/fixtures/flood) brought, and
 * the next sessions met again: a quotation over paragraphs that opens each with a mark again, a
 * question answered by rejecting it, "It is categorically untrue that …", "out of action",
 * a heading that only names a topic.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';
import { skipReason } from '../../../src/ingest/claims/candidates.ts';
import { claimFeatures, learnAliases } from '../../../src/ingest/matching/features.ts';

describe('a quotation over paragraphs', () => {
  const opening = 'Jo Bell, the agency’s manager, said: “First, my sympathy goes to everyone. This was an extreme event.';

  it('is its speaker’s to its closing mark, when each paragraph opens with a mark again', () => {
    expect(rows(seedUnits([opening, '“Some residents have said the river rose slowly. That is not what happened. The river rose fast.”'])).map((r) => r.slice(0, 2))).toEqual([
      ['First, my sympathy goes to everyone', 'Jo Bell'],
      ['This was an extreme event', 'Jo Bell'],
      ['The river rose slowly', 'some residents'],
      ['That is not what happened', 'Jo Bell'],
      ['The river rose fast', 'Jo Bell'],
    ]);
  });

  it('…also on the page of the body she speaks for (not the body’s own words)', () => {
    expect(rows(seedUnits([opening, '“The river rose fast.”'], 'Riverways Agency')).map((r) => r[1])).toEqual(['Jo Bell', 'Jo Bell', 'Jo Bell']);
  });

  it('not a quotation that names its own speaker after its closing mark', () => {
    const units = rows(seedUnits([opening, '“The barrier was never asked for,” council leader Ann Brook said.']));
    expect(units.find((r) => r[0] === 'The barrier was never asked for')?.[1]).toBe('Ann Brook');
    const later = rows(seedUnits([opening, '“We were ready. The barrier was never asked for,” council leader Ann Brook said.']));
    expect(later.find((r) => r[0] === 'The barrier was never asked for')?.[1]).toBe('Ann Brook');
  });

  it('“We also reject the suggestion, made by …, that …”: told of the speaker, in the past', () => {
    const units = rows(seedUnits([opening, '“We also reject the suggestion, made by the leader of the council, that the agency was responsible for putting up the barrier.”']));
    expect(units).toContainEqual(['Jo Bell also rejected the suggestion that the agency was responsible for putting up the barrier', 'Jo Bell', 'named', 'denies']);
  });
});

describe('a question answered by rejecting it', () => {
  it('on a body’s own Q&A: “Are you responsible for …?” — “We reject that suggestion.” is its denial, nothing more', () => {
    const units = seedUnits(['Questions and answers', 'Q: Are you responsible for the flooding of homes on Mill Lane?', 'A: We reject that suggestion. The homes were flooded by river water.'], 'Leve Valley Water');
    expect(units.map((u) => [u.text, u.stance, u.denial?.target ?? null])).toEqual([
      ['Leve Valley Water is not responsible for the flooding of homes on Mill Lane', 'denies', 'Leve Valley Water is responsible for the flooding of homes on Mill Lane'],
      ['The homes were flooded by river water', 'asserts', null],
    ]);
  });

  it('in a printed interview: “That is categorically untrue.” denies what was asked, not what the standfirst told', () => {
    const units = seedUnits([
      'Fiona Marr is operations director at Leve Valley Water. She spoke to the Post.',
      'Q: Was the pumping station out of action on Sunday night?',
      'A: That is categorically untrue. All three pumps ran all night.',
    ]);
    const denial = units.find((u) => u.stance === 'denies')!;
    expect(denial).toMatchObject({ text: 'The pumping station was not out of action on Sunday night', attribution: { speaker: 'Fiona Marr' }, denial: { target: 'the pumping station was out of action on Sunday night' } });
    expect(units.filter((u) => u.stance === 'denies')).toHaveLength(1);
  });

  it('a question about someone by a pronoun or a demonstrative says too little: “Are you that lab member?” — “No.”', () => {
    const units = seedUnits(['Sam Okafor is a former postdoc. He spoke to the Post.', 'Q: Are you that lab member?', 'A: No. I joined the lab in 2020.']);
    expect(units.filter((u) => u.stance === 'denies')).toEqual([]);
  });
});

describe('“It is categorically untrue that …”', () => {
  it('is a denial of what follows, told of whoever said it', () => {
    expect(rows(seedUnits(['It is categorically untrue that two of the pumps had been out of service, the company said.']))).toEqual([
      ['The company denied that two of the pumps had been out of service', 'the company', 'named', 'denies'],
    ]);
    // (In the speaker's quotation, the speaker's words.)
    expect(rows(seedUnits(['“It is categorically untrue that two pumps had been out of service,” the company said.']))[0]![0]).toBe('It is categorically untrue that two pumps had been out of service');
  });
});

describe('matching words', () => {
  it('“out of action”, “out of service” and “out of order” are one state', () => {
    const terms = (text: string) => claimFeatures(text, learnAliases([text], [])).terms;
    expect(terms('Two pumps had been out of action since August')).toContain('c:disable');
    expect(terms('Two pumps had been out of service before the storm')).toContain('c:disable');
    expect(terms('The lift was out of order')).toContain('c:disable');
    expect(terms('The lift was out of order')).not.toContain('w:order');
  });
});

describe('headings', () => {
  it('“Statement on Mill Lane pumping station, Hollinbridge” names a topic: no claim', () => {
    expect(skipReason({ text: 'Statement on Mill Lane pumping station, Hollinbridge', kind: 'title' })).toBe('label');
    expect(skipReason({ text: 'Update from the fire service', kind: 'subheading' })).toBe('label');
    // (A headline that tells something still does; and a paragraph is no heading.)
    expect(skipReason({ text: 'Statement on pumps was false, say residents', kind: 'title' })).toBeNull();
    expect(skipReason({ text: 'Statement on the floods was issued at 9am by the agency.', kind: 'paragraph' })).toBeNull();
  });
});
