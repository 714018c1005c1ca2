/**
 * Forms the thirty-fifth audit story (wolves escape from a regional zoo; tests/fixtures/zoo)
 * brought: visitors and keepers as unnamed sources, one by one and as a group at a named place,
 * and "the keeper said" with no keeper named.
 */
import { describe, expect, it } from 'vitest';
import { seedUnits } from './seed-units.ts';

const sources = (paragraphs: string[], outlet?: string) => seedUnits(paragraphs, outlet).map((u) => [u.attribution.speaker, u.attribution.kind]);

describe('people by what they are', () => {
  it('“One visitor said …”, “Keepers at Brackenfold Zoo said …” are unnamed sources, not the zoo on record', () => {
    expect(sources(['One visitor said a teenage girl had been injured near the café.', 'Keepers at Brackenfold Zoo said the lock on the service gate had been broken for weeks.'], 'The Daily Meridian')).toEqual([
      ['one visitor', 'anonymous'],
      ['keepers at Brackenfold Zoo', 'anonymous'],
    ]);
  });

  it('“…, the keeper said” with no keeper named is one person unnamed; an office of more than one word, or a company’s kind, stays on record', () => {
    expect(sources(['Only six keepers were on duty at Brackenfold Zoo, the keeper said.'])).toEqual([['the keeper', 'anonymous']]);
    expect(sources(['Only six keepers were on duty, the injured visitor said.'])).toEqual([['the injured visitor', 'anonymous']]);
    expect(sources(['Turnout was 38.6 per cent, the returning officer said.'])[0]![1]).toBe('named');
    expect(sources(['Sailings would resume on Monday, the port operator said.'])[0]![1]).toBe('named');
  });
});

describe('a rumour put to a guest', () => {
  const interview = (question: string, answer: string) => seedUnits(['Zoo managing director Marcus Heywood spoke to our presenter.', `PRESENTER: ${question}`, `GUEST: ${answer}`]);

  it('“People on social media are saying four wolves got out. Is that right?” — “No, that’s not right.”: he denies it, on record, and the rejection is no claim of its own', () => {
    const units = interview('People on social media are saying four wolves got out. Is that right?', 'No, that’s not right. Three wolves got out.');
    expect(units.map((u) => [u.text, u.attribution.speaker, u.stance])).toEqual([
      ['Four wolves got out', 'people on social media', 'asserts'],
      ['Four wolves did not get out', 'Marcus Heywood', 'denies'],
      ['Three wolves got out', 'Marcus Heywood', 'asserts'],
    ]);
    expect(units[1]!.denial?.target).toBe('four wolves got out');
  });

  it('the guest introduced by a role before his name, “Zoo managing director Marcus Heywood joined our presenter”, is “GUEST:”, and the introduction is no claim', () => {
    const units = seedUnits(['Zoo managing director Marcus Heywood joined our presenter Mike Trent on the line this afternoon.', 'PRESENTER: Was the gate faulty?', 'GUEST: There is no evidence of any fault with the gate.']);
    expect(units.map((u) => [u.text, u.attribution.speaker])).toEqual([['There is no evidence of any fault with the gate', 'Marcus Heywood']]);
  });

  it('a rumour put in the negative (“… that the alarm wasn’t working. Is that true?”) is no question to turn', () => {
    const units = interview('There are rumours online that the alarm wasn’t working. Is that true?', 'No, that’s not right.');
    expect(units.some((u) => /alarmn/.test(u.text))).toBe(false);
  });

  it('on a body’s own questions-and-answers page, the “you” a question puts to it is the body', () => {
    const units = seedUnits(['Brackenfold Zoo statement', 'Q: Did staff warn you about the gate before Saturday?', 'A: No, that’s not right. We have found no record of any report about the gate.'], 'Brackenfold Zoo');
    expect(units.find((u) => u.stance === 'denies')?.text).toBe('Staff did not warn Brackenfold Zoo about the gate before Saturday');
  });
});

describe('a “No” to “any”', () => {
  it('“Q: Have any animals escaped before?” — “A: No.” on a body’s page: no animals have, told as such', () => {
    const units = seedUnits(['Brackenfold Zoo statement', 'Q: Have any animals escaped before?', 'A: No. It is untrue that any animal has escaped from Brackenfold before.'], 'Brackenfold Zoo');
    const denial = units.find((u) => u.stance === 'denies');
    expect([denial?.text, denial?.denial?.target]).toEqual(['No animals have escaped before', 'Animals have escaped before']);
  });
});

describe('a body’s own denial', () => {
  it('“It is untrue that the gate was left open by a keeper.” in a union’s statement is the union’s denial, on record; in a paper’s own voice it is prose', () => {
    const union = seedUnits(['Union statement on Brackenfold', 'It is untrue that the gate was left open by a keeper.'], 'Animal Care Workers’ Union');
    expect(union.map((u) => [u.attribution.speaker, u.stance, u.denial?.target])).toEqual([['Animal Care Workers’ Union', 'denies', 'the gate was left open by a keeper']]);
    const paper = seedUnits(['The Daily Meridian view', 'It is untrue that the gate was left open by a keeper.'], 'The Daily Meridian');
    expect(paper.map((u) => u.stance)).toEqual(['asserts']);
  });
});

describe('who “she” is', () => {
  it('never a paper whose name opens with “Daily”: “Reports in this morning’s Daily Meridian …” names an outlet, not a person', () => {
    const units = seedUnits(['Statement from Brackenfold Zoo', 'Reports in this morning’s Daily Meridian that the lock had been broken for weeks are untrue.', 'One of our keepers suffered a minor bite to her hand while guiding the wolves.', 'She was treated by our first aiders and did not need to go to hospital.'], 'Brackenfold Zoo');
    expect(units.map((u) => u.text).filter((t) => /Meridian/.test(t) && !/^Reports/.test(t))).toEqual([]);
    expect(units[0]).toMatchObject({ text: 'The lock had been broken for weeks', stance: 'reports', attribution: { kind: 'none', speaker: null } });
  });

  it('never a man the article called “Mr”', () => {
    const units = seedUnits(['Union statement', 'Mr Lyle said the union had asked to see the zoo’s maintenance log.', 'The keeper who was bitten spent four hours in hospital, the union said.', 'She is an ACWU member and is now recovering at home.'], 'Animal Care Workers’ Union');
    expect(units.some((u) => /^Lyle is/.test(u.text))).toBe(false);
  });
});

describe('what a paper has been told', () => {
  it('“…, the Meridian has been told.” is hearsay: the tail goes, and the claim rests on whoever told it', () => {
    const units = seedUnits(['The lock on a wolf enclosure gate was broken, the Meridian has been told.', 'Keepers at Brackenfold Zoo warned managers weeks ago that the lock on a wolf enclosure gate was broken, the Meridian has been told.'], 'The Daily Meridian');
    expect(units.map((u) => [u.text, u.attribution.kind])).toEqual([
      ['The lock on a wolf enclosure gate was broken', 'anonymous'],
      ['The lock on a wolf enclosure gate was broken', 'anonymous'],
    ]);
  });
});
