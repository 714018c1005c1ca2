import { describe, expect, it } from 'vitest';
import { conflictingTellings, figureDispute, figureDisputesBetween, type FigureUnits } from '../../../src/ingest/verdicts/figure-disputes.ts';
import type { FigureDispute } from '../../../src/ingest/verdicts/decide.ts';
import { figuresIn } from '../../../src/ingest/verdicts/figures.ts';
import type { Attribution } from '../../../src/ingest/types.ts';

/** One telling: its article, what it says, its terms and verbs, and who stands behind it. */
interface Row {
  article: string;
  text: string;
  terms: string[];
  predicates: string[];
  attribution: Attribution;
  date?: string;
}

const named = (speaker: string): Attribution => ({ kind: 'named', speaker, role: null, via: null });
const anonymous: Attribution = { kind: 'anonymous', speaker: 'sources', role: null, via: null };
const own: Attribution = { kind: 'none', speaker: null, role: null, via: null };

function table(rows: Row[]): FigureUnits {
  return {
    article: (i) => rows[i]!.article,
    outlet: (i) => `Outlet ${rows[i]!.article}`,
    date: (i) => rows[i]!.date ?? null,
    terms: (i) => rows[i]!.terms,
    predicates: (i) => rows[i]!.predicates,
    term: (w) => (w === 'soldier' ? 'c:military' : `w:${w}`),
    figures: (i) => figuresIn(rows[i]!.text),
    attribution: (i) => rows[i]!.attribution,
    stance: () => 'asserts',
    text: (i) => rows[i]!.text,
    nameTerms: (name) => name.toLowerCase().split(' ').filter((w) => w !== 'the' && w !== 'general').map((w) => `w:${w}`),
  };
}

/** The disputes found, as "claim ← by: figure one / figure other (speaker)". */
function between(rows: Row[], clusters: number[][], eligible = (_c: number) => true, sameStory = (_i: number, _j: number) => true): string[] {
  const found: string[] = [];
  figureDisputesBetween(clusters, table(rows), eligible, sameStory, (c: number, d: FigureDispute, by: number) => {
    found.push(`${c} ← ${by}: ${d.figures.one.text} / ${d.figures.other.text} (${d.speaker})`);
  });
  return found;
}

const hospital: Row = { article: 'a', text: 'The data of about 40,000 patients was exposed', terms: ['c:compromise', 'c:data', 'w:patient'], predicates: ['c:compromise'], attribution: named('the hospital') };
const state: Row = { article: 'b', text: 'The records of about 55,000 patients were exposed in the cyberattack', terms: ['c:compromise', 'c:cyberattack', 'w:patient', 'w:record'], predicates: ['c:compromise'], attribution: named('Ruth Calloway') };

describe('conflicting figures between claims', () => {
  it('each claim on record disputes the other, once per pair, naming both figures', () => {
    expect(between([hospital, state, { ...state, article: 'c' }], [[0], [1, 2]])).toEqual([
      '0 ← 1: about 40,000 patients / about 55,000 patients (Ruth Calloway)',
      '1 ← 0: about 55,000 patients / about 40,000 patients (the hospital)',
    ]);
  });

  it('a telling that is not on record disputes nothing, but is disputed; two such tellings, nothing', () => {
    expect(between([hospital, { ...state, attribution: anonymous }], [[0], [1]])).toEqual(['1 ← 0: about 55,000 patients / about 40,000 patients (the hospital)']);
    expect(between([{ ...hospital, attribution: anonymous }, { ...state, attribution: anonymous }], [[0], [1]])).toEqual([]);
    // The outlet's own assertion is on record: the outlet stands behind it.
    expect(between([hospital, { ...state, attribution: own }], [[0], [1]])).toContain('0 ← 1: about 40,000 patients / about 55,000 patients (Outlet b)');
  });

  it('not within one claim, one article, another story, or a claim left out', () => {
    expect(between([hospital, state], [[0, 1]])).toEqual([]);
    expect(between([hospital, { ...state, article: 'a' }], [[0], [1]])).toEqual([]);
    expect(between([hospital, state], [[0], [1]], () => true, () => false)).toEqual([]);
    expect(between([hospital, state], [[0], [1]], (c) => c !== 1)).toEqual([]);
  });

  it('not when the figures agree, measure other things, or happen to other things', () => {
    expect(between([hospital, { ...state, text: 'The records of about 42,000 patients were exposed' }], [[0], [1]])).toEqual([]);
    expect(between([hospital, { ...state, predicates: ['w:treat'], text: 'The hospital treats about 55,000 patients' }], [[0], [1]])).toEqual([]);
    const money = (article: string, text: string): Row => ({ article, text, terms: ['w:aid', 'w:euro', 'w:send'], predicates: ['w:send'], attribution: named('a minister') });
    expect(between([money('a', 'We will send 700 million euros in aid'), money('b', 'They will send 200 million euros in aid')], [[0], [1]])).toEqual([]);
  });

  it('only between tellings that name the same people and places, or none', () => {
    const employs = (article: string, text: string, names: string[]): Row => ({ article, text, terms: ['w:employ', 'w:people', ...names], predicates: ['w:employ'], attribution: named('a spokesman') });
    const talath = employs('a', 'Talath employs about 27,000 people', ['e:talath']);
    expect(between([talath, employs('b', 'The company employs about 6,000 people', [])], [[0], [1]])).toEqual([]);
    expect(between([talath, employs('b', 'Zanard employs about 6,000 people', ['e:zanard'])], [[0], [1]])).toEqual([]);
    expect(between([talath, employs('b', 'Talath employs about 6,000 people in Valoria', ['e:talath', 'e:valoria'])], [[0], [1]])).toHaveLength(2);
  });

  it('an organisation’s own figure that names nothing else is about the organisation: “It cancelled 1,100 flights” (Norvale) / “Norvale Airways cancelled about 1,400 flights”', () => {
    const flights = (article: string, text: string, names: string[], speaker: string): Row => ({ article, text, terms: ['c:cancel', 'w:flight', ...names], predicates: ['c:cancel'], attribution: named(speaker) });
    const directorate = flights('a', 'Norvale Airways cancelled about 1,400 flights on Monday', ['e:norvale'], 'the Civil Aviation Directorate');
    const rows = [directorate, flights('b', 'It cancelled 1,100 flights', [], 'Norvale'), flights('c', '1,100 flights have been cancelled today', [], 'Norvale')];
    const org = table(rows);
    const units: FigureUnits = { ...org, nameTerms: (name) => (name === 'Norvale' ? ['e:norvale'] : org.nameTerms(name)) };
    const found: string[] = [];
    figureDisputesBetween([[0], [1], [2]], units, () => true, () => true, (c, d, by) => found.push(`${c} ← ${by}: ${d.figures.one.text} / ${d.figures.other.text}`));
    expect(found.sort()).toEqual([
      '0 ← 1: about 1,400 flights / 1,100 flights',
      '0 ← 2: about 1,400 flights / 1,100 flights',
      '1 ← 0: 1,100 flights / about 1,400 flights',
      '2 ← 0: 1,100 flights / about 1,400 flights',
    ]);
    // (A person's figure that names nothing is not the person's own count: no name added.)
    expect(between([directorate, flights('b', '1,100 flights have been cancelled today', [], 'Priya Castell')], [[0], [1]])).toEqual([]);
  });

  it('a unit of measure is one quantity whatever the verbs, of something else both name', () => {
    const post: Row = { article: 'a', text: 'The concentration found was 2.4 nanograms per millilitre', terms: ['w:concentration', 'w:milliliter', 'w:nanogram'], predicates: [], attribution: named('the panel') };
    const clarion: Row = { article: 'b', text: 'The positive sample contained 4.2 nanograms of the steroid per millilitre', terms: ['w:contain', 'w:milliliter', 'w:nanogram', 'w:sample', 'w:steroid'], predicates: ['w:contain'], attribution: own };
    expect(between([post, clarion], [[0], [1]])).toEqual([
      '0 ← 1: 2.4 nanograms / 4.2 nanograms (Outlet b)',
      '1 ← 0: 4.2 nanograms / 2.4 nanograms (the panel)',
    ]);
    // Nothing else in common: not one quantity.
    expect(between([post, { ...clarion, terms: ['w:contain', 'w:nanogram', 'w:steroid'] }], [[0], [1]])).toEqual([]);
    // A counted thing still needs a verb in common: "4 athletes were banned" / "7 athletes were tested".
    const athletes = (article: string, text: string, verb: string): Row => ({ article, text, terms: ['w:athlete', verb, 'w:camp'], predicates: [verb], attribution: named(`speaker ${article}`) });
    expect(between([athletes('a', '4 athletes were banned', 'w:ban'), athletes('b', '7 athletes were tested', 'w:test')], [[0], [1]])).toEqual([]);
  });

  it('soldiers, troops: a counted noun with a concept is one measure', () => {
    const died = (article: string, text: string): Row => ({ article, text, terms: ['c:kill', 'c:military', 'e:maredian'], predicates: ['c:kill'], attribution: named(`speaker ${article}`) });
    expect(between([died('a', 'Five Maredian soldiers had died'), died('b', 'Twelve Maredian soldiers died')], [[0], [1]])).toEqual([
      '0 ← 1: Five Maredian soldiers / Twelve Maredian soldiers (speaker b)',
      '1 ← 0: Twelve Maredian soldiers / Five Maredian soldiers (speaker a)',
    ]);
  });
});

describe('conflicting figures within a claim', () => {
  const within = (rows: Row[]): string | undefined => {
    const d = figureDispute(rows.map((_, i) => i), table(rows));
    return d ? `${d.figures.one.text} / ${d.figures.other.text} (${d.speaker})` : undefined;
  };
  const region: Row = { article: 'a', text: '47 people had been treated in hospital', terms: ['w:hospital', 'w:people', 'w:treat'], predicates: ['w:treat'], attribution: named('the regional health authority') };
  const ward: Row = { article: 'b', text: 'It is treating 22 people from the derailment', terms: ['w:derailment', 'w:people', 'w:treat'], predicates: ['w:treat'], attribution: named('Ostrenz General Hospital') };

  it('a speaker’s count of itself (“It is treating 22 people”) is its share, not a conflicting total', () => {
    expect(within([region, ward])).toBeUndefined();
    expect(within([region, { ...ward, text: 'Its doctors are treating 22 people from the derailment' }])).toBeUndefined();
  });

  it('but conflicts with a telling that names the speaker, or with the same speaker’s', () => {
    const named22 = { ...region, text: '47 people had been treated at Ostrenz General Hospital', terms: [...region.terms, 'w:ostrenz'] };
    expect(within([named22, ward])).toBe('47 people / 22 people (Ostrenz General Hospital)');
    expect(within([{ ...region, attribution: named('Ostrenz General Hospital') }, ward])).toBe('47 people / 22 people (Ostrenz General Hospital)');
    // Not the speaker's self: the figures conflict as before. "We" of a person is whoever she speaks for.
    expect(within([region, { ...ward, text: 'We are treating 22 people from the derailment', attribution: { ...named('Jana Horak'), role: 'minister' } }])).toBe('47 people / 22 people (Jana Horak)');
    expect(within([region, { ...ward, attribution: { ...named('Jana Horak'), role: 'minister' } }])).toBe('47 people / 22 people (Jana Horak)');
    expect(within([region, { ...ward, text: 'Doctors are treating 22 people from the derailment' }])).toBe('47 people / 22 people (Ostrenz General Hospital)');
  });
});

describe('the tellings of a claim against its title’s figure', () => {
  const treated = (article: string, text: string, speaker: string): Row => ({ article, text, terms: ['w:hospital', 'w:people', 'w:take'], predicates: ['w:take'], attribution: named(speaker) });
  const fourteen = treated('a', '14 people have been taken to hospital', 'the ambulance service');
  const nine = treated('b', 'Nine people were taken to hospital as a precaution', 'the organiser');
  const against = (rows: Row[], shown = 0, sameStory?: (i: number, j: number) => boolean): number[] => [...conflictingTellings(rows.map((_, i) => i), shown, table(rows), sameStory)];

  it('a telling whose figure cannot also be true of the title’s is against it, on record or not', () => {
    expect(against([fourteen, nine, treated('c', 'Fourteen people were taken to hospital', 'the wire')])).toEqual([1]);
    expect(against([nine, fourteen, treated('c', 'Fourteen people were taken to hospital', 'the wire')])).toEqual([1, 2]);
    expect(against([fourteen, { ...nine, attribution: anonymous }])).toEqual([1]);
  });

  it('not a telling that gives the title’s figure too, one of another story, or the same speaker’s in one article', () => {
    expect(against([fourteen, treated('b', '14 people were taken to hospital, not nine as the organiser said', 'the wire')])).toEqual([]);
    expect(against([fourteen, nine], 0, () => false)).toEqual([]);
    expect(against([fourteen, { ...nine, article: 'a', attribution: named('the ambulance service') }])).toEqual([]);
    expect(against([fourteen, { ...nine, article: 'a' }])).toEqual([1]);
  });

  it('nothing when the title states no figure, or the figures count other things', () => {
    expect(against([treated('a', 'People have been taken to hospital', 'the ambulance service'), nine])).toEqual([]);
    expect(against([fourteen, treated('b', 'Nine ambulances took people to hospital', 'the organiser')])).toEqual([]);
  });
});

describe('what each figure counts', () => {
  it('a figure counts what its own clause says happened (“47 people had been treated …, and that seven remained” / “38 people remained”)', () => {
    const treated: Row = { article: 'a', text: '47 people had been treated in hospital, most of them for cuts, and that seven remained in intensive care', terms: ['w:cut', 'w:hospital', 'w:people', 'w:remain', 'w:treat'], predicates: ['w:remain', 'w:treat'], attribution: named('the regional health authority') };
    const remained: Row = { article: 'b', text: '38 people remained in hospital last night', terms: ['w:hospital', 'w:night', 'w:people', 'w:remain'], predicates: ['w:remain'], attribution: named('the regional health authority') };
    expect(figureDispute([0, 1], table([treated, remained]))).toBeNull();
    expect(between([treated, remained], [[0], [1]])).toEqual([]);
    // The same act in both clauses: a conflict.
    const stayed = { ...remained, text: '38 people were treated in hospital, and most remained overnight', predicates: ['w:remain', 'w:treat'], terms: [...remained.terms, 'w:treat'] };
    expect(figureDispute([0, 1], table([treated, stayed]))?.figures).toEqual({ one: { text: '47 people', by: 'the regional health authority, Outlet a' }, other: { text: '38 people', by: 'the regional health authority, Outlet b' } });
  });
});
