import { describe, expect, it } from 'vitest';
import { figureDisputesBetween, type FigureUnits } from '../../../src/ingest/verdicts/figure-disputes.ts';
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
