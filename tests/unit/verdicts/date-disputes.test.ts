/**
 * Conflicting dates of being told (src/ingest/verdicts/date-disputes.ts): "the federation was
 * told of the result in early May" against "it had been informed of the result on May 30".
 */
import { describe, expect, it } from 'vitest';
import { dateDisputes, type DateUnits } from '../../../src/ingest/verdicts/date-disputes.ts';
import type { DateDispute } from '../../../src/ingest/verdicts/decide.ts';
import type { Attribution, Stance } from '../../../src/ingest/types.ts';

interface Row {
  article: string;
  text: string;
  attribution: Attribution;
  stance?: Stance;
  negated?: boolean;
}

const named = (speaker: string, role: string | null = null): Attribution => ({ kind: 'named', speaker, role, via: null });
const own: Attribution = { kind: 'none', speaker: null, role: null, via: null };
const anonymous: Attribution = { kind: 'anonymous', speaker: 'people familiar with the matter', role: null, via: null };

function found(rows: Row[], clusters: number[][], sameStory = (_i: number, _j: number) => true, eligible = (_c: number) => true): string[] {
  const units: DateUnits = {
    article: (i) => rows[i]!.article,
    outlet: (i) => `Outlet ${rows[i]!.article}`,
    date: () => '2025-06-12',
    text: (i) => rows[i]!.text,
    // Being told is the "inform" concept, as the matcher's features give it.
    terms: (i) => (/\b(?:informed|notified|told|briefed)\b/.test(rows[i]!.text) ? ['c:inform'] : []),
    negated: (i) => rows[i]!.negated ?? false,
    term: (w) => `w:${w}`,
    attribution: (i) => rows[i]!.attribution,
    stance: (i) => rows[i]!.stance ?? 'asserts',
  };
  const out: string[] = [];
  dateDisputes(clusters, units, eligible, sameStory, (c: number, d: DateDispute, by: number) => {
    out.push(`${c} ← ${by}: ${d.dates.one.text} (${d.dates.one.by}) / ${d.dates.other.text} (${d.dates.other.by}) [${d.speaker}]`);
  });
  return out;
}

const chronicle: Row = { article: 'chronicle', text: 'The federation was told of the result in early May', attribution: own };
const wire: Row = { article: 'wire', text: 'It had been informed of the result on May 30', attribution: named('the Corvale Athletics Federation') };

describe('dates of coming to know', () => {
  it('“first learned of the fault on 12 August” against “on 8 August”, of the same board: coming to know happens once', () => {
    const pryce: Row = { article: 'wire', text: 'The board first learned of the fault on Aug 12', attribution: named('Alan Pryce') };
    const email: Row = { article: 'herald', text: 'The board first learned of the fault on 8 August', attribution: named('an internal email') };
    expect(found([pryce, email], [[0, 1]])).toEqual(['0 ← -1: on Aug 12 (Alan Pryce, Outlet wire) / on 8 August (an internal email, Outlet herald) [an internal email]']);
  });

  it('“became aware of” and “was made aware of” are coming to know; the same date, or another one who learned, is no conflict', () => {
    const faq: Row = { article: 'faq', text: 'We first became aware of the fault on 12 August', attribution: named('Western Counties Examinations Board', null) };
    const brief: Row = { article: 'brief', text: 'The board became aware of the fault on 12 August', attribution: own };
    expect(found([faq, brief], [[0, 1]])).toEqual([]);
    const union: Row = { article: 'union', text: 'The union found out on 8 August', attribution: named('the union') };
    expect(found([brief, union], [[0], [1]])).toEqual([]);
    const made: Row = { article: 'wire', text: 'The board was made aware of the fault on 8 August', attribution: named('Gareth Vell') };
    expect(found([brief, made], [[0], [1]])).toHaveLength(2);
  });
});

describe('dates of being told', () => {
  it('on two pages, each telling on record disputes the other; "it" is the speaker', () => {
    expect(found([chronicle, wire], [[0], [1]])).toEqual([
      '0 ← 1: in early May (Outlet chronicle) / on May 30 (the Corvale Athletics Federation, Outlet wire) [the Corvale Athletics Federation]',
      '1 ← 0: on May 30 (the Corvale Athletics Federation, Outlet wire) / in early May (Outlet chronicle) [Outlet chronicle]',
    ]);
  });

  it('on one page, once; "we" is whom the speaker’s role speaks for', () => {
    const we: Row = { article: 'blog', text: 'We were notified on May 30 and we acted the same day', attribution: named('Helen Marchbank', "the federation's chief executive") };
    expect(found([chronicle, we], [[0, 1]])).toEqual(['0 ← -1: in early May (Outlet chronicle) / on May 30 (Helen Marchbank, Outlet blog) [Helen Marchbank]']);
  });

  it('one article may set one source’s date against another’s, but not one source against itself', () => {
    expect(found([chronicle, { ...wire, article: 'chronicle' }], [[0], [1]])).toHaveLength(2);
    expect(found([chronicle, { ...chronicle, text: 'The federation was informed of the result on May 30' }], [[0], [1]])).toEqual([]);
  });

  it('no dispute when the dates meet, or name no day the other excludes', () => {
    expect(found([chronicle, { ...wire, text: 'It had been informed of the result on May 8' }], [[0], [1]])).toEqual([]);
    expect(found([{ ...chronicle, text: 'The federation was told of the result in May' }, wire], [[0], [1]])).toEqual([]);
  });

  it('no dispute between different people told, or told of different things', () => {
    expect(found([{ ...chronicle, text: 'The athlete was told of the result in early May' }, wire], [[0], [1]])).toEqual([]);
    expect(found([chronicle, { ...wire, text: 'It had been informed of the appeal on May 30' }], [[0], [1]])).toEqual([]);
    // One side not saying of what: the same story's being told.
    expect(found([chronicle, { ...wire, text: 'It had been informed on May 30' }], [[0], [1]])).toHaveLength(2);
  });

  it('only being told, in the passive: a dated meeting or briefing may happen again, and "told reporters" is speech', () => {
    expect(found([{ ...chronicle, text: 'The board met the panel in early May' }, { ...wire, text: 'The board met the panel on May 30' }], [[0], [1]])).toEqual([]);
    expect(found([{ ...chronicle, text: 'The federation was briefed in early May' }, { ...wire, text: 'The federation was briefed on May 30' }], [[0], [1]])).toEqual([]);
    expect(found([{ ...chronicle, text: 'Marchbank told the federation in early May' }, { ...wire, text: 'Marchbank told the federation on May 30' }], [[0], [1]])).toEqual([]);
  });

  it('notifying someone, in the active, is their being told: “she had notified Sollan Ferries in writing on 3 March” / “We were first told … on 13 March”', () => {
    const harbour: Row = { article: 'minutes', text: 'She had notified Sollan Ferries in writing on 3 March', attribution: named('the harbour master') };
    const chief: Row = { article: 'interview', text: 'We were first told the buoy was missing on 13 March, the day before the grounding', attribution: named('Catriona Marwick', 'chief executive of Sollan Ferries') };
    expect(found([harbour, chief], [[0], [1]])).toEqual([
      '0 ← 1: on 3 March (the harbour master, Outlet minutes) / on 13 March (Catriona Marwick, Outlet interview) [Catriona Marwick]',
      '1 ← 0: on 13 March (Catriona Marwick, Outlet interview) / on 3 March (the harbour master, Outlet minutes) [the harbour master]',
    ]);
    // (Another one notified is no dispute.)
    expect(found([{ ...harbour, text: 'She had notified the coastguard in writing on 3 March' }, chief], [[0], [1]])).toEqual([]);
  });

  it('nothing from a negated claim, from tellings not on record, from another story, or from claims left out', () => {
    expect(found([chronicle, { ...wire, negated: true }], [[0], [1]])).toEqual([]);
    expect(found([{ ...chronicle, attribution: anonymous }, { ...wire, attribution: anonymous }], [[0], [1]])).toEqual([]);
    expect(found([chronicle, wire], [[0], [1]], () => false)).toEqual([]);
    expect(found([chronicle, wire], [[0], [1]], () => true, (c) => c === 0)).toEqual([]);
    expect(found([chronicle, { ...wire, stance: 'denies' }], [[0], [1]])).toEqual([]);
  });

  it('a telling not on record is disputed by one on record, and disputes nothing itself', () => {
    expect(found([{ ...chronicle, attribution: anonymous }, wire], [[0], [1]])).toEqual([
      '0 ← 1: in early May (people familiar with the matter, Outlet chronicle) / on May 30 (the Corvale Athletics Federation, Outlet wire) [the Corvale Athletics Federation]',
    ]);
  });
});

describe('dates of the last inspection of a thing', () => {
  const company: Row = { article: 'faq', text: 'The Hazardous Sites Inspectorate last inspected our Ellisford works in March 2025', attribution: named('Corvane Agrochemicals') };
  const letter: Row = { article: 'letter', text: 'Your inspectors last visited the Ellisford works in October 2022', attribution: named('Friends of the Wendle') };

  it('one last time: two dates that do not meet, for the same thing inspected, dispute each other', () => {
    expect(found([company, letter], [[0], [1]])).toEqual([
      '0 ← 1: in March 2025 (Corvane Agrochemicals, Outlet faq) / in October 2022 (Friends of the Wendle, Outlet letter) [Friends of the Wendle]',
      '1 ← 0: in October 2022 (Friends of the Wendle, Outlet letter) / in March 2025 (Corvane Agrochemicals, Outlet faq) [Corvane Agrochemicals]',
    ]);
    // (In the passive too: "The Ellisford works were last inspected in …".)
    expect(found([{ ...company, text: 'The Ellisford works were last inspected in March 2025' }, letter], [[0], [1]])).toHaveLength(2);
  });

  it('not another thing inspected, dates that meet, or an inspection that is not the last', () => {
    expect(found([company, { ...letter, text: 'Your inspectors last visited the Harlow depot in October 2022' }], [[0], [1]])).toEqual([]);
    expect(found([company, { ...letter, text: 'Your inspectors last visited the Ellisford works in March 2025' }], [[0], [1]])).toEqual([]);
    expect(found([company, { ...letter, text: 'Your inspectors visited the Ellisford works in October 2022' }], [[0], [1]])).toEqual([]);
  });
});
