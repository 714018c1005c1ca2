/**
 * Figures told as corrections of another (src/ingest/verdicts/figure-corrections.ts): "it was
 * closer to 2,000" after "1,286 postal votes were rejected"; "won by just over 300 ballots, not 412".
 */
import { describe, expect, it } from 'vitest';
import { figureCorrections, type CorrectionUnits } from '../../../src/ingest/verdicts/figure-corrections.ts';
import { figuresIn } from '../../../src/ingest/verdicts/figures.ts';
import type { FigureDispute } from '../../../src/ingest/verdicts/decide.ts';
import type { Attribution, Stance } from '../../../src/ingest/types.ts';

interface Row {
  article: string;
  sentence: number;
  text: string;
  /** The whole sentence, when the claim's text is shortened from it. */
  quote?: string;
  attribution: Attribution;
  stance?: Stance;
  terms?: string[];
}

const named = (speaker: string): Attribution => ({ kind: 'named', speaker, role: null, via: null });
const anonymous: Attribution = { kind: 'anonymous', speaker: 'count staff', role: null, via: null };

/** Each row its own claim unless `clusters` says otherwise; rows of one article consecutive, as the unit table keeps them. */
function found(rows: Row[], clusters: number[][] = rows.map((_, i) => [i]), sameStory = (_i: number, _j: number) => true, predicates?: string[][]): string[] {
  const cluster = new Int32Array(rows.length);
  clusters.forEach((members, c) => members.forEach((i) => (cluster[i] = c)));
  const units: CorrectionUnits & { cluster: ArrayLike<number>; length: number } = {
    article: (i) => rows[i]!.article,
    outlet: (i) => `Outlet ${rows[i]!.article}`,
    text: (i) => rows[i]!.text,
    attribution: (i) => rows[i]!.attribution,
    stance: (i) => rows[i]!.stance ?? 'asserts',
    figures: (i) => figuresIn(rows[i]!.text),
    terms: (i) => rows[i]!.terms ?? [],
    sentence: (i) => rows[i]!.sentence,
    quote: (i) => rows[i]!.quote ?? rows[i]!.text,
    ...(predicates ? { predicates: (i: number) => predicates[i]! } : {}),
    cluster,
    length: rows.length,
  };
  const out: string[] = [];
  figureCorrections(clusters, units, () => true, sameStory, (c: number, d: FigureDispute, by: number) => {
    out.push(`${c} ← ${by}: ${d.figures.one.text} / ${d.figures.other.text} [${d.speaker}]`);
  });
  return out;
}

const officer: Row = { article: 'tv', sentence: 35, text: 'The returning officer says 1,286 postal votes were rejected', attribution: named('the returning officer') };
const observer: Row = { article: 'tv', sentence: 36, text: 'Our figures suggest it was closer to 2,000, mostly because of signature mismatches', attribution: named('Samuel Achterberg') };

describe('a figure that points back to the one just told', () => {
  it('counts what that one counts, and each side on record disputes the other', () => {
    expect(found([officer, observer])).toEqual(['1 ← 0: closer to 2,000 / 1,286 postal votes [the returning officer]', '0 ← 1: 1,286 postal votes / closer to 2,000 [Samuel Achterberg]']);
  });

  it('reads “X puts the number at more than 300” after “212 properties were flooded”, but not an earlier figure the teller “had put” the number at', () => {
    const agency: Row = { article: 'wire', sentence: 4, text: '212 properties were flooded', attribution: named('the Riverways Agency') };
    const council: Row = { article: 'wire', sentence: 4, text: 'Wyredale District Council puts the number at more than 300', attribution: named('Wyredale District Council') };
    expect(found([agency, council])).toEqual(['1 ← 0: more than 300 / 212 properties [the Riverways Agency]', '0 ← 1: 212 properties / more than 300 [Wyredale District Council]']);
    const update: Row = { article: 'live', sentence: 36, text: 'At noon the airline had put the number at 900', attribution: { kind: 'none', speaker: null, role: null, via: null } };
    expect(found([{ ...agency, article: 'live', sentence: 35, text: 'Norvale now says 1,100 flights have been cancelled today', attribution: named('Norvale') }, update])).toEqual([]);
  });

  it('reads “the true figure”, “the real number” and a quoted number too', () => {
    const ledger: Row = { article: 'ledger', sentence: 28, text: 'The returning officer says 1,286 postal voting statements were rejected', attribution: { kind: 'none', speaker: null, role: null, via: null } };
    const told: Row = { article: 'ledger', sentence: 29, text: 'the true figure was "closer to 2,000"', attribution: named('Samuel Achterberg') };
    expect(found([ledger, told])).toHaveLength(2);
    expect(found([ledger, { ...told, text: 'the real number is nearer 2,500' }])).toHaveLength(2);
  });

  it('rejects the figure it answers wherever else its story tells it', () => {
    const release: Row = { article: 'release', sentence: 20, text: 'A total of 1,286 postal voting statements were rejected out of 141,530 postal votes returned', attribution: named('Vellmoor Combined Authority') };
    expect(found([release, officer, observer])).toEqual([
      '2 ← 1: closer to 2,000 / 1,286 postal votes [the returning officer]',
      '1 ← 2: 1,286 postal votes / closer to 2,000 [Samuel Achterberg]',
      '2 ← 0: closer to 2,000 / 1,286 postal voting statements [Vellmoor Combined Authority]',
      '0 ← 2: 1,286 postal voting statements / closer to 2,000 [Samuel Achterberg]',
    ]);
    expect(found([release, officer, observer], undefined, (i, j) => !(i === 0 || j === 0))).toHaveLength(2);
  });

  it('is no correction when the figures meet, when nothing was told just before, or when it counts something itself', () => {
    expect(found([officer, { ...observer, text: 'Our figures suggest it was closer to 1,300' }])).toEqual([]);
    expect(found([{ ...officer, sentence: 30 }, observer])).toEqual([]);
    expect(found([officer, { ...observer, text: 'Our figures suggest it was closer to 2,000 signatures' }])).toEqual([]);
    expect(found([officer, { ...observer, article: 'other' }])).toEqual([]);
  });

  it('“the true figure was far higher” puts the truth above the figure told, and rejects it elsewhere too', () => {
    const trust: Row = { article: 'courier', sentence: 7, text: '1,180 planned operations and outpatient appointments have been postponed', attribution: named('the trust') };
    const union: Row = { article: 'courier', sentence: 8, text: 'The true figure was far higher', attribution: named('Gail Ferris') };
    const release: Row = { article: 'release', sentence: 3, text: 'We have had to postpone 1,180 planned operations and outpatient appointments', attribution: named('the trust') };
    expect(found([release, trust, union])).toEqual([
      '2 ← 1: far higher / 1,180 planned operations and outpatient appointments [the trust]',
      '1 ← 2: 1,180 planned operations and outpatient appointments / far higher [Gail Ferris]',
      '2 ← 0: far higher / 1,180 planned operations and outpatient appointments [the trust]',
      '0 ← 2: 1,180 planned operations and outpatient appointments / far higher [Gail Ferris]',
    ]);
    // "much lower" below it; "higher" said of something else is no correction.
    expect(found([trust, { ...union, text: 'The real number is much lower' }])).toHaveLength(2);
    expect(found([trust, { ...union, text: 'The cost was far higher' }])).toEqual([]);
  });

  it('answers a figure “put at” a number, which counts what comes before it', () => {
    const harbour: Row = { article: 'minutes', sentence: 19, text: 'Sollan Ferries had put the number of islanders waiting for a crossing at 180', attribution: named('the harbour master') };
    const councillor: Row = { article: 'minutes', sentence: 20, text: 'The real number is closer to 300, and that care home residents were among them', attribution: named('Cllr Duncan Innes') };
    expect(found([harbour, councillor])).toEqual(['1 ← 0: closer to 300 / 180 [the harbour master]', '0 ← 1: 180 / closer to 300 [Cllr Duncan Innes]']);
    expect(found([harbour, { ...councillor, text: 'The real number is closer to 190' }])).toEqual([]);
  });

  it('only the side on record disputes: an unnamed correction is disputed, and disputes nothing', () => {
    expect(found([officer, { ...observer, attribution: anonymous }])).toEqual(['1 ← 0: closer to 2,000 / 1,286 postal votes [the returning officer]']);
  });
});

describe('rival figures set side by side in one article', () => {
  const officer: Row = { article: 'ledger', sentence: 10, text: 'The returning officer puts turnout at 38.6 per cent', attribution: { kind: 'none', speaker: null, role: null, via: null }, terms: ['w:officer', 'w:put', 'w:return', 'w:turnout'] };
  const observers: Row = { article: 'ledger', sentence: 11, text: 'Turnout was 35.1 per cent', attribution: named('Open Count Vellmoor'), terms: ['w:turnout'] };

  it('dispute each other when one telling’s words are all the other’s, from two sources within two sentences', () => {
    expect(found([officer, observers])).toEqual(['1 ← 0: 35.1 per cent / 38.6 per cent [Outlet ledger]', '0 ← 1: 38.6 per cent / 35.1 per cent [Open Count Vellmoor]']);
  });

  it('not when the figures count what two acts did: “…, built to protect about 60 properties, …” is no count of “212 properties were flooded”', () => {
    const rows: Row[] = [
      { article: 'wire', sentence: 4, text: '212 properties were flooded', attribution: named('the Riverways Agency'), terms: ['w:flood', 'w:property'] },
      { article: 'wire', sentence: 5, text: 'A removable flood barrier on Quay Street, built in 2019 to protect about 60 properties, was not put up', attribution: { kind: 'none', speaker: null, role: null, via: null }, terms: ['w:barrier', 'w:build', 'w:flood', 'w:property', 'w:protect', 'w:put'] },
    ];
    const predicates = [['w:flood'], ['w:build', 'w:protect', 'w:put']];
    expect(found(rows, undefined, undefined, predicates)).toEqual([]);
    // (Without the verbs known, the words alone set them side by side, as before.)
    expect(found(rows)).toHaveLength(2);
  });

  it('not figures that agree, of other things, of one source, or sentences apart', () => {
    expect(found([officer, { ...observers, text: 'Turnout was 38.6 per cent' }])).toEqual([]);
    expect(found([officer, { ...observers, text: 'Unemployment was 35.1 per cent', terms: ['w:unemployment'] }])).toEqual([]);
    // ("Inflation" opening a sentence may read as a name: it is still no "Prices".)
    const inflation: Row = { article: 'a', sentence: 8, text: 'Inflation in Beloria rose to 4.6 percent in March', attribution: named('a minister'), terms: ['e:inflation', 'p:beloria', 'w:percent', 'w:rise'] };
    expect(found([inflation, { ...inflation, sentence: 9, text: 'Prices have risen by about 14 percent', attribution: named('the bank'), terms: ['e:prices', 'w:percent', 'w:rise'] }])).toEqual([]);
    expect(found([{ ...officer, attribution: named('Open Count Vellmoor') }, observers])).toEqual([]);
    expect(found([{ ...officer, sentence: 5 }, observers])).toEqual([]);
  });
});

describe('a figure told with the one it rejects', () => {
  const post: Row = { article: 'herald', sentence: 11, text: 'Our own count agents’ tallies show Priya Castellane won by just over 300 ballots, not 412', attribution: named('Tom Rudderham'), terms: ['e:castellane', 'w:ballot'] };
  const declaration: Row = { article: 'declaration', sentence: 9, text: 'Priya Castellane is duly elected as Mayor, with a majority of 412 votes', attribution: named('Margaret Ondrejka'), terms: ['e:castellane', 'w:mayor'] };

  it('disputes, and is disputed by, each telling of that figure that names what it names', () => {
    expect(found([declaration, post])).toEqual(['1 ← 0: just over 300 ballots / 412 votes [Margaret Ondrejka]', '0 ← 1: 412 votes / just over 300 ballots [Tom Rudderham]']);
    // (The digits as written, when figures.ts reads no figure: "a majority of 412." counts nothing.)
    expect(found([{ ...declaration, text: 'The declaration gives Castellane a majority of 412.' }, post])[1]).toBe('0 ← 1: 412 / just over 300 ballots [Tom Rudderham]');
  });

  it('reads “far fewer than the 1.2 million claimed by …” in the whole sentence, past what the claim was shortened to', () => {
    const chief: Row = { article: 'courier', sentence: 22, text: 'The trust believed data on about 900,000 people may have been accessed', quote: 'Dr Helena Marsh told the Courier that the trust believed data on about 900,000 people may have been accessed, far fewer than the 1.2 million claimed by the criminals.', attribution: named('Helena Marsh') };
    const gang: Row = { article: 'wire', sentence: 5, text: 'The group had stolen the records of 1.2 million patients', attribution: named('the group') };
    expect(found([gang, chief])).toEqual(['1 ← 0: about 900,000 people / 1.2 million patients [the group]', '0 ← 1: 1.2 million patients / about 900,000 people [Helena Marsh]']);
    // (A figure only compared, not said to be claimed by someone, is rejected by nothing.)
    expect(found([gang, { ...chief, quote: 'The trust believed data on about 900,000 people may have been accessed, far fewer than in 2019.' }])).toEqual([]);
  });

  it('“…, not 38 as the report states” rejects 38, and a telling that names nothing counts if it counts people or the same thing', () => {
    const operator: Row = { article: 'statement', sentence: 8, text: 'There were 36 residents at Larchfield House on the night of the inspection, not 38 as the report states', attribution: named('Brightwater Care Group'), terms: ['e:larchfield', 'w:resident', 'w:night'] };
    const report: Row = { article: 'report', sentence: 5, text: 'There were 38 people living at the home when we inspected', attribution: named('the regulator'), terms: ['w:people', 'w:live', 'w:home'] };
    expect(found([report, operator])).toEqual(['1 ← 0: 36 residents / 38 people [the regulator]', '0 ← 1: 38 people / 36 residents [Brightwater Care Group]']);
    // (Nor a nameless count of other things: "38 firefighters attended" is no count of residents.)
    expect(found([{ ...report, text: '38 firefighters attended the fire', terms: ['w:firefighter'] }, operator])).toEqual([]);
  });

  it('leaves other names, other stories, small numbers and the number it gives itself alone', () => {
    expect(found([{ ...declaration, terms: ['e:voss'] }, post])).toEqual([]);
    expect(found([declaration, post], undefined, () => false)).toEqual([]);
    expect(found([{ ...declaration, text: 'Castellane won 4 wards' }, { ...post, text: 'Castellane won 9 wards, not 4' }])).toEqual([]);
    expect(found([declaration, { ...post, text: 'Castellane won by about 400 ballots, not 412' }])).toEqual([]);
    // ("4:12", "41.2" and "1,412" are not 412.)
    expect(found([{ ...declaration, text: 'Castellane was declared at 4:12 with 41.2 percent and 1,412 votes to spare' }, post])).toEqual([]);
  });
});

describe('a source’s figure called wrong', () => {
  const coastguard: Row = { article: 'wire', sentence: 3, text: '212 passengers and 19 crew had been on board', attribution: named('Western Seaboard Coastguard') };
  const called: Row = { article: 'wire', sentence: 6, text: 'The coastguard’s passenger figure was wrong', attribution: named('Gregor Baillie') };
  const own: Row = { article: 'wire', sentence: 7, text: 'There were more than 250 passengers on that boat', attribution: named('Gregor Baillie') };
  const statement: Row = { article: 'statement', sentence: 4, text: 'The vessel was carrying 212 passengers and 19 crew', attribution: named('Western Seaboard Coastguard') };

  it('sets the caller’s own figure against the owner’s, and against that figure wherever the story tells it', () => {
    expect(found([statement, coastguard, called, own])).toEqual([
      '3 ← 1: more than 250 passengers / 212 passengers [Western Seaboard Coastguard]',
      '1 ← 3: 212 passengers / more than 250 passengers [Gregor Baillie]',
      '3 ← 0: more than 250 passengers / 212 passengers [Western Seaboard Coastguard]',
      '0 ← 3: 212 passengers / more than 250 passengers [Gregor Baillie]',
    ]);
  });

  it('reads the figure called wrong in other words: “figures”, “count of …”, “an underestimate”, “far too low”', () => {
    for (const text of ['The coastguard’s figures were wrong', 'The coastguard’s count of passengers is a gross underestimate', 'Western Seaboard Coastguard’s official passenger total was far too low']) {
      expect(found([coastguard, { ...called, text }, own])).toHaveLength(2);
    }
  });

  it('needs the caller’s own figure of the thing counted, nearby, and the owner’s figure in the article', () => {
    // No figure of his own, or his figure of something else, or told far from the call.
    expect(found([coastguard, called, { ...own, text: 'Crew had been counting heads at the muster stations' }])).toEqual([]);
    expect(found([coastguard, { ...called, text: 'The coastguard’s crew figure was wrong' }, own])).toEqual([]);
    expect(found([coastguard, called, { ...own, sentence: 12 }])).toEqual([]);
    // The owner named by no telling of the article, or a figure that agrees.
    expect(found([{ ...coastguard, attribution: named('Sollan Ferries') }, called, own])).toEqual([]);
    expect(found([{ ...coastguard, text: '260 passengers had been on board' }, called, own])).toEqual([]);
  });
});

describe('a correction of its own side’s earlier figure', () => {
  const statement: Row = { article: 'statement', sentence: 5, text: 'We estimate that around 3,400 passengers were affected', attribution: named('Harwick Airport') };
  const said: Row = { article: 'live', sentence: 20, text: 'Last night we said around 3,400', attribution: named('Claire Okafor') };
  const real: Row = { article: 'live', sentence: 21, text: 'Having gone through the airlines’ figures this morning, the real number is closer to 3,900, so I want to correct that', attribution: named('Claire Okafor') };

  it('“Last night we said around 3,400. Having gone through …, the real number is closer to 3,900”: the 3,400 is corrected wherever told, however the two are hedged', () => {
    expect(found([statement, said, real])).toContain('0 ← 2: 3,400 / closer to 3,900 [Claire Okafor]');
  });

  it('the same words with no number said before correct nothing', () => {
    expect(found([statement, { ...said, text: 'Last night we said we would update the figure' }, real])).toEqual([]);
  });
});
