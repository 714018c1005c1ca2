/**
 * Conflicting times of an incident's start (src/ingest/verdicts/time-disputes.ts): "the fault
 * began at 4:50 a.m." against "the disruption began shortly after 6 a.m.".
 */
import { describe, expect, it } from 'vitest';
import { onsetIn, timeDisputes, type TimeUnits } from '../../../src/ingest/verdicts/time-disputes.ts';
import type { TimeDispute } from '../../../src/ingest/verdicts/decide.ts';
import type { Attribution, Stance } from '../../../src/ingest/types.ts';

interface Row {
  article: string;
  text: string;
  attribution: Attribution;
  stance?: Stance;
}

const named = (speaker: string): Attribution => ({ kind: 'named', speaker, role: null, via: null });
const anonymous: Attribution = { kind: 'anonymous', speaker: 'staff at the hospital', role: null, via: null };

function found(rows: Row[], clusters: number[][], sameStory = (_i: number, _j: number) => true): string[] {
  const units: TimeUnits = {
    article: (i) => rows[i]!.article,
    outlet: (i) => `Outlet ${rows[i]!.article}`,
    text: (i) => rows[i]!.text,
    attribution: (i) => rows[i]!.attribution,
    stance: (i) => rows[i]!.stance ?? 'asserts',
  };
  const out: string[] = [];
  timeDisputes(clusters, units, () => true, sameStory, (c: number, d: TimeDispute, by: number) => {
    out.push(`${c} ← ${by}: ${d.times.one.text} / ${d.times.other.text} [${d.speaker}]`);
  });
  return out;
}

const airline: Row = { article: 'live', text: 'The fault began at 4:50 a.m.', attribution: named('the airline') };
const vendor: Row = { article: 'statement', text: 'The disruption began shortly after 6 a.m., not earlier', attribution: named('Quantaris Systems') };

describe('when an incident began', () => {
  it('reads the clock time after the start of an incident, as the span its hedge allows', () => {
    expect(onsetIn('The fault began at 4:50 a.m.')).toMatchObject({ low: 290, high: 290, text: '4:50 a.m.' });
    expect(onsetIn('The fault began at about 4:50 a.m., before the first departures')).toMatchObject({ low: 275, high: 305 });
    expect(onsetIn('The disruption began shortly after 6 a.m., not earlier')).toMatchObject({ low: 360, high: 420 });
    // "shortly after midnight on Monday night" is the small hours of Tuesday; "the 2:15 a.m. time
    // the trust has given" is the trust's time, not this telling's.
    expect(onsetIn('Screens went blank on the wards shortly after midnight on Monday night, more than two hours before the 2:15 a.m. time the trust has given')).toEqual({
      low: 0,
      high: 60,
      day: 2,
      text: 'shortly after midnight',
    });
    expect(onsetIn('The trust’s IT systems went down at 2:15 a.m. on Tuesday')).toMatchObject({ low: 135, day: 2 });
  });

  it('reads no start of anything else, and no start said not to have happened', () => {
    expect(onsetIn('The meeting began at 9 a.m.')).toBeNull();
    expect(onsetIn('The outage did not begin until 6 a.m.')).toBeNull();
    expect(onsetIn('The fault began on Monday')).toBeNull();
  });

  it('each telling on record disputes the other, on two pages', () => {
    expect(found([airline, vendor], [[0], [1]])).toEqual([
      '0 ← 1: 4:50 a.m. / shortly after 6 a.m. [Quantaris Systems]',
      '1 ← 0: shortly after 6 a.m. / 4:50 a.m. [the airline]',
    ]);
  });

  it('an unnamed telling is disputed by one on record, and disputes nothing', () => {
    const staff: Row = { article: 'echo', text: 'Screens went blank on the wards shortly after midnight on Monday night', attribution: anonymous };
    const trust: Row = { article: 'wire', text: 'The trust’s IT systems went down at 2:15 a.m. on Tuesday', attribution: named('the trust') };
    expect(found([staff, trust], [[0], [1]])).toEqual(['0 ← 1: shortly after midnight / 2:15 a.m. [the trust]']);
  });

  it('times that meet, other weekdays, one source twice in one article or other stories are no dispute', () => {
    expect(found([airline, { ...vendor, text: 'The disruption began at about 5 a.m.' }], [[0], [1]])).toEqual([]);
    expect(found([{ ...airline, text: 'The fault began at 4:50 a.m. on Monday' }, { ...vendor, text: 'The disruption began at 6 a.m. on Tuesday' }], [[0], [1]])).toEqual([]);
    expect(found([airline, { ...airline, text: 'The fault began shortly after 6 a.m.' }], [[0], [1]])).toEqual([]);
    expect(found([airline, vendor], [[0], [1]], () => false)).toEqual([]);
  });
});
