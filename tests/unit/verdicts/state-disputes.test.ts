/**
 * Contrary states of one thing (src/ingest/verdicts/state-disputes.ts): "The ship's radar was
 * working" against "The radar had been out of action for days"; "Our backups were not affected"
 * against "some backup servers had been encrypted as well".
 */
import { describe, expect, it } from 'vitest';
import { stateDisputes, stateIn, type StateUnits } from '../../../src/ingest/verdicts/state-disputes.ts';
import type { StateDispute } from '../../../src/ingest/verdicts/decide.ts';
import type { Attribution, Stance } from '../../../src/ingest/types.ts';

interface Row {
  article: string;
  text: string;
  attribution: Attribution;
  stance?: Stance;
}

const named = (speaker: string): Attribution => ({ kind: 'named', speaker, role: null, via: null });
const anonymous: Attribution = { kind: 'anonymous', speaker: 'one of the same people', role: null, via: null };

function found(rows: Row[], clusters: number[][], sameStory = (_i: number, _j: number) => true): string[] {
  const units: StateUnits = {
    article: (i) => rows[i]!.article,
    outlet: (i) => `Outlet ${rows[i]!.article}`,
    text: (i) => rows[i]!.text,
    attribution: (i) => rows[i]!.attribution,
    stance: (i) => rows[i]!.stance ?? 'asserts',
  };
  const out: string[] = [];
  stateDisputes(clusters, units, () => true, sameStory, (c: number, d: StateDispute, by: number) => {
    out.push(`${c} ← ${by}: ${d.states.one.text} / ${d.states.other.text} [${d.speaker}]`);
  });
  return out;
}

const operator: Row = { article: 'interview', text: 'The ship’s radar was working', attribution: named('Catriona Marwick') };
const union: Row = { article: 'wire', text: 'The radar had been out of action for days', attribution: named('Gregor Baillie') };

describe('the state a claim tells', () => {
  it('reads a subject, a copula and a state of the lexicon, “not” turning it to its opposite', () => {
    expect(stateIn('The ship’s radar was working')).toMatchObject({ side: 0, nouns: ['radar'], text: 'working' });
    expect(stateIn('The radar had been out of action for days')).toMatchObject({ side: 1, nouns: ['radar'] });
    expect(stateIn('Our backups were not affected')).toMatchObject({ state: 1, side: 0, nouns: ['backup'], text: 'not affected' });
    expect(stateIn('Some backup servers had been encrypted as well')).toMatchObject({ state: 1, side: 1, nouns: ['backup', 'server'] });
    expect(stateIn('Air monitors near the plant were not working on the night of the fire')).toMatchObject({ state: 0, side: 1 });
  });

  it('reads a document held valid or lapsed: “had a valid safety certificate” / “the certificate had expired”', () => {
    expect(stateIn('The car park had a valid safety certificate')).toMatchObject({ side: 0, nouns: ['safety', 'certificate'], text: 'valid' });
    expect(stateIn('The certificate had expired in January 2026')).toMatchObject({ side: 1, nouns: ['certificate'], text: 'had expired' });
    expect(stateIn('Its operating licence was out of date')).toMatchObject({ side: 1, text: 'was out of date' });
    expect(stateIn('The council issued a certificate in 2020')).toBeNull();
  });

  it('reads no state of anything else, nor a state under a condition', () => {
    expect(stateIn('The crew was working through the night to refloat her')).toBeNull();
    expect(stateIn('The company said it was open to talks')).toBeNull();
    expect(stateIn('If the radar was working, why did the ship run aground')).toBeNull();
  });
});

describe('contrary states', () => {
  it('dispute each other, each telling on record, on two pages', () => {
    expect(found([operator, union], [[0], [1]])).toEqual(['0 ← 1: working / out of action [Gregor Baillie]', '1 ← 0: out of action / working [Catriona Marwick]']);
  });

  it('an unnamed telling is disputed by one on record, and disputes nothing', () => {
    const trust: Row = { article: 'courier', text: 'Our backups were not affected', attribution: named('Owen Pritchard') };
    const sources: Row = { article: 'newsletter', text: 'Some backup servers had been encrypted as well', attribution: anonymous };
    expect(found([trust, sources], [[0], [1]])).toEqual(['1 ← 0: encrypted / not affected [Owen Pritchard]']);
  });

  it('not the same state, other things, one source in one article, or other stories', () => {
    expect(found([operator, { ...union, text: 'The radar was fully operational' }], [[0], [1]])).toEqual([]);
    expect(found([operator, { ...union, text: 'The depth alarm had been out of action for days' }], [[0], [1]])).toEqual([]);
    expect(found([operator, { ...operator, text: 'The radar was broken' }], [[0], [1]])).toEqual([]);
    expect(found([operator, union], [[0], [1]], () => false)).toEqual([]);
  });
});

describe('a level against a limit', () => {
  it('“stayed below the safe limit” and “at four times the legal limit” are opposite states of one level', () => {
    expect(stateIn('Our monitoring shows that ammonia in the river stayed below the safe limit at all times')).toMatchObject({ side: 0, text: 'below the safe limit' });
    expect(stateIn('They showed ammonia at four times the legal limit')).toMatchObject({ side: 1, text: 'four times the legal limit' });
    expect(stateIn('Levels were well above the limit')).toMatchObject({ side: 1 });
    // ("not above" is at or below it.)
    expect(stateIn('Levels were not above the limit')).toMatchObject({ side: 0 });
    expect(stateIn('The ammonia level stayed below the safe limit')!.state).toBe(stateIn('Ammonia was at four times the legal limit')!.state);
  });

  it('reads no limit that is not a level’s: “The speed limit is 30 mph”', () => {
    expect(stateIn('The speed limit is 30 mph')).toBeNull();
  });
});

describe('open to whom', () => {
  it('“remained open to admissions throughout the weekend” is a state, as “was closed all weekend” is', () => {
    expect(stateIn('Elm Ward remained open to admissions throughout the weekend')).toMatchObject({ side: 0, text: 'open' });
    expect(stateIn('Elm Ward was closed all weekend')).toMatchObject({ side: 1, text: 'closed' });
    // (Open to talks is no ward's state.)
    expect(stateIn('The minister was open to talks with the union')).toBeNull();
  });
});

describe('free or paid for', () => {
  it('reads a service told free, and a price paid or asked for one', () => {
    expect(stateIn('Re-marks are free for affected candidates')).toMatchObject({ side: 0, nouns: ['re-mark'], text: 'free' });
    expect(stateIn('Parking is not free')).toMatchObject({ side: 1, nouns: ['parking'], text: 'not free' });
    expect(stateIn('They were charged £40 for a re-mark on Friday')).toMatchObject({ side: 1, nouns: ['re-mark'], text: 'charged £40 for a re-mark' });
    expect(stateIn('They were asked to pay the standard £40 fee when they applied for a re-mark')).toMatchObject({ side: 1, nouns: ['re-mark'] });
    expect(stateIn('The £40 fee applies')).toBeNull();
    expect(stateIn('Free school meals were cut')).toBeNull();
  });

  it('“Re-marks are free” on record disputes the parents’ unnamed “charged £40 for a re-mark”', () => {
    const board: Row = { article: 'faq', text: 'Re-marks are free for every candidate affected by the fault', attribution: named('Western Counties Examinations Board') };
    const parents: Row = { article: 'record', text: 'They were charged £40 for a re-mark on Friday', attribution: anonymous };
    expect(found([board, parents], [[0], [1]])).toEqual(['1 ← 0: charged £40 for a re-mark / free [Western Counties Examinations Board]']);
  });
});

describe('a rating in a year', () => {
  it('reads the rating and its year; an undated rating is no rival', () => {
    expect(stateIn('Larchfield House was rated Good by the same regulator in 2023')).toMatchObject({ nouns: ['larchfield', 'house'], text: 'Good', value: 'good 2023' });
    expect(stateIn('Larchfield House was rated “requires improvement” at its previous inspection in 2023, and not “good”')).toMatchObject({ text: 'requires improvement', value: 'requires improvement 2023' });
    expect(stateIn('The home was rated inadequate, its lowest rating')).toBeNull();
  });

  it('the operator’s “rated Good … in 2023” and the paper’s “rated “requires improvement” … in 2023” dispute each other; other years do not', () => {
    const operator: Row = { article: 'statement', text: 'Larchfield House was rated Good by the same regulator in 2023', attribution: named('Brightwater Care Group') };
    const paper: Row = { article: 'analysis', text: 'Larchfield House was rated “requires improvement” at its previous inspection in 2023, and not “good”', attribution: { kind: 'none', speaker: null, role: null, via: null } };
    expect(found([operator, paper], [[0], [1]])).toEqual(['0 ← 1: Good / requires improvement [Outlet analysis]', '1 ← 0: requires improvement / Good [Brightwater Care Group]']);
    expect(found([operator, { ...paper, text: 'Larchfield House was rated inadequate in 2025' }], [[0], [1]])).toEqual([]);
    expect(found([operator, { ...paper, text: 'Larchfield House was rated good in 2023' }], [[0], [1]])).toEqual([]);
  });
});

describe('working, in more words', () => {
  it('“was working perfectly” and “was faulty” are the two states of one lock', () => {
    const working = stateIn('The lock on the service gate was working perfectly')!;
    const faulty = stateIn('The lock on the service gate at Brackenfold Zoo was faulty')!;
    expect([working.state, working.side, working.text]).toEqual([faulty.state, 1 - faulty.side, 'working perfectly']);
    expect(stateIn('The pumps were malfunctioning')).toMatchObject({ side: 1 });
  });
});
