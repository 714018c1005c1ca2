/**
 * Conflicting times of an event that happens once (src/ingest/verdicts/time-disputes.ts): "the
 * fault began at 4:50 a.m." against "the disruption began shortly after 6 a.m."; "the result was
 * declared at 4:47 a.m." against "the result wasn't declared until ten past six in the morning".
 */
import { describe, expect, it } from 'vitest';
import { onceTimeIn, onceTimeOf, timeDisputes, type TimeUnits } from '../../../src/ingest/verdicts/time-disputes.ts';
import type { TimeDispute } from '../../../src/ingest/verdicts/decide.ts';
import type { Attribution, Stance } from '../../../src/ingest/types.ts';

interface Row {
  article: string;
  text: string;
  /** The sentence, when the claim's words stop short of it. */
  quote?: string;
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
    quote: (i) => rows[i]!.quote ?? rows[i]!.text,
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

describe('when a structure collapsed', () => {
  it('reads a deck’s, a roof’s or a bridge’s collapse as an event that happens once, in other words too', () => {
    expect(onceTimeIn('The deck collapsed at 2.40pm')).toMatchObject({ text: '2.40pm' });
    expect(onceTimeIn('Our CCTV shows the deck came down at 3.05pm')).toMatchObject({ text: '3.05pm' });
    expect(onceTimeIn('Part of the roof gave way at about 11 p.m.')).not.toBeNull();
    // (A person who collapsed may collapse again; a price that "came down" is no event.)
    expect(onceTimeIn('The runner collapsed at 2.40pm')).toBeNull();
    expect(onceTimeIn('Prices came down at 3pm')).toBeNull();
  });
});

describe('when an incident began', () => {
  it('reads the clock time after the start of an incident, as the span its hedge allows', () => {
    expect(onceTimeIn('The fault began at 4:50 a.m.')).toMatchObject({ low: 290, high: 290, text: '4:50 a.m.' });
    expect(onceTimeIn('The fault began at about 4:50 a.m., before the first departures')).toMatchObject({ low: 275, high: 305 });
    expect(onceTimeIn('The disruption began shortly after 6 a.m., not earlier')).toMatchObject({ low: 360, high: 375 });
    // "shortly after midnight on Monday night" is the small hours of Tuesday; "the 2:15 a.m. time
    // the trust has given" is the trust's time, not this telling's.
    expect(onceTimeIn('Screens went blank on the wards shortly after midnight on Monday night, more than two hours before the 2:15 a.m. time the trust has given')).toEqual({
      event: 0,
      low: 0,
      high: 15,
      either: false,
      day: 2,
      dayText: 'Monday night',
      text: 'shortly after midnight',
    });
    expect(onceTimeIn('The trust’s IT systems went down at 2:15 a.m. on Tuesday')).toMatchObject({ low: 135, day: 2 });
  });

  it('reads no start of anything else, and no start said not to have happened', () => {
    expect(onceTimeIn('The meeting began at 9 a.m.')).toBeNull();
    expect(onceTimeIn('The outage did not begin at 6 a.m.')).toBeNull();
    expect(onceTimeIn('The fault began on Monday')).toBeNull();
  });

  it('reads "not … until" a time as that time', () => {
    expect(onceTimeIn('The outage did not begin until 6 a.m.')).toMatchObject({ low: 360, high: 375, text: '6 a.m.' });
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

  it('a leak, a gas escaping or a valve failing begins an incident; its time may be told first', () => {
    expect(onceTimeIn('The leak began at 8.55am')).toMatchObject({ low: 535, high: 535, text: '8.55am' });
    expect(onceTimeIn('The gas had been escaping since about 7.50am')).toMatchObject({ low: 455, high: 485 });
    expect(onceTimeIn('At 8.55am on Tuesday 9 June, a valve on a pipe leading from one of our ammonia storage tanks failed')).toMatchObject({ low: 535, day: 2, text: '8.55am' });
    // (An opening "At …" with no time leaves the time after the verb.)
    expect(onceTimeIn('At the plant, the valve failed at 3pm')).toMatchObject({ low: 900 });
  });
});

describe('when a result was declared', () => {
  it('reads a result declared or announced, and not its start', () => {
    expect(onceTimeIn('The result was declared at 4:47 a.m. on Friday 8 May')).toMatchObject({ event: 1, low: 287, high: 287, day: 5 });
    expect(onceTimeIn('The winner was announced shortly before 5 a.m.')).toMatchObject({ event: 1, low: 285, high: 300 });
    expect(onceTimeIn('The fault began at 4:50 a.m.')).toMatchObject({ event: 0 });
    expect(onceTimeIn('The minister announced at 9 a.m. that schools would close')).toBeNull();
  });

  it('reads clock times in words, with the part of the day when told', () => {
    expect(onceTimeIn('The result wasn’t declared until ten past six in the morning, more than an hour after every other count')).toMatchObject({ low: 365, high: 385, either: false, text: 'ten past six in the morning' });
    expect(onceTimeIn('The result was declared at quarter to ten at night')).toMatchObject({ low: 21 * 60 + 40, either: false });
    expect(onceTimeIn('The result was declared at half past four')).toMatchObject({ low: 265, high: 275, either: true });
    expect(onceTimeIn('The result was announced at about six o’clock this evening')).toMatchObject({ low: 18 * 60 - 15, high: 18 * 60 + 15 });
  });

  it('each telling on record disputes the other, a time in words with no part of the day read both ways', () => {
    const officer: Row = { article: 'declaration', text: 'The result was declared at 4:47 a.m. on Friday 8 May', attribution: named('the returning officer') };
    const party: Row = { article: 'transcript', text: 'The result wasn’t declared until ten past six in the morning, more than an hour after every other count in the region had finished', attribution: named('Declan Hurst') };
    expect(found([officer, party], [[0], [1]])).toEqual([
      '0 ← 1: 4:47 a.m. / ten past six in the morning [Declan Hurst]',
      '1 ← 0: ten past six in the morning / 4:47 a.m. [the returning officer]',
    ]);
    // "ten to five", in words, is 4:50 to the nearest five minutes: 4:47 may be it. "ten past six" is no 4:47 either way.
    expect(found([officer, { ...party, text: 'The result was declared at ten to five' }], [[0], [1]])).toEqual([]);
    expect(found([officer, { ...party, text: 'The result was declared at ten past six' }], [[0], [1]])).toHaveLength(2);
  });

  it('a declaration’s time and an incident’s start are no dispute', () => {
    expect(found([{ article: 'a', text: 'The result was declared at 4:47 a.m.', attribution: named('the returning officer') }, airline], [[0], [1]])).toEqual([]);
  });
});

describe('when an accident happened', () => {
  it('reads a ship aground, a train derailed or “we hit”, whatever the subject, on a 12- or 24-hour clock', () => {
    expect(onceTimeIn('The MV Kittiwake Star ran aground on the Garvel Rocks at 6:12 a.m. on Saturday 14 March')).toMatchObject({ event: 2, low: 372, high: 372, either: false });
    expect(onceTimeIn('The Kittiwake Star grounded on the Garvel Rocks at 06:12 on her first crossing')).toMatchObject({ event: 2, low: 372, either: false });
    expect(onceTimeIn('The train derailed at 18:40')).toMatchObject({ low: 18 * 60 + 40, either: false });
    // ("10:55" may be morning or evening.)
    expect(onceTimeIn('The coach collided with a lorry at 10:55')).toMatchObject({ low: 655, either: true });
    expect(onceTimeIn('The ferry sailed at 6:12 a.m.')).toBeNull();
  });

  it('reads “It was <time> when …” as the time of what follows', () => {
    expect(onceTimeIn('It was shortly after half past six when we hit')).toMatchObject({ event: 2, low: 390, high: 405, either: true, text: 'shortly after half past six' });
    expect(onceTimeIn('It was a quiet morning when we sailed')).toBeNull();
  });

  it('the coastguard’s 6:12 a.m. and a passenger’s “shortly after half past six” dispute each other; 06:12 agrees with 6:12 a.m.', () => {
    const coastguard: Row = { article: 'statement', text: 'The MV Kittiwake Star ran aground on the Garvel Rocks at 6:12 a.m.', attribution: named('Western Seaboard Coastguard') };
    const passenger: Row = { article: 'blog', text: 'It was shortly after half past six when we hit', attribution: named('Morag Finlay') };
    const chief: Row = { article: 'interview', text: 'The Kittiwake Star grounded on the Garvel Rocks at 06:12', attribution: named('Catriona Marwick') };
    expect(found([coastguard, passenger], [[0], [1]])).toHaveLength(2);
    expect(found([coastguard, chief], [[0], [1]])).toEqual([]);
  });
});

describe('when a critical incident was declared', () => {
  it('a critical or major incident declared, in the passive, happens once; one a body declared of its own, or its standing down, is another event', () => {
    expect(onceTimeIn('A critical incident was declared at 7am on Sunday 11 January, when the site team judged it necessary.')).toMatchObject({ event: 3, low: 420, day: 0 });
    expect(onceTimeIn('Yet the critical incident was declared only at 2.15 pm on the Sunday, an hour and 40 minutes after Mr Bessant died.')).toMatchObject({ event: 3, low: 855, day: 0 });
    expect(onceTimeIn('The ambulance service declared its own critical incident at 9 pm on the Saturday.')).toBeNull();
    expect(onceTimeIn('The critical incident was stood down at 6pm on Tuesday.')).toBeNull();
    // (No result's declaration: the two are different events.)
    expect(onceTimeIn('The result was declared at 4:47 a.m.')).toMatchObject({ event: 1 });
  });
});

describe('when a named gate was closed', () => {
  it('reads its closing, told either way, with which gate it was', () => {
    expect(onceTimeIn('Its event control closed the East Gate at 21:10')).toMatchObject({ what: 'east', low: 21 * 60 + 10, high: 21 * 60 + 10 });
    expect(onceTimeIn('The East Gate to the main arena was closed shortly before 9.30pm')).toMatchObject({ what: 'east', low: 21 * 60 + 15, high: 21 * 60 + 30 });
    // (A gate no name says which, or a plan to close one, is no telling of when it closed.)
    expect(onceTimeIn('The gate was closed at 21:10')).toBeNull();
    expect(onceTimeIn('Police asked event control at 20:50 to close the East Gate')).toBeNull();
  });

  it('the organiser’s 21:10 and the police’s “shortly before 9.30pm” dispute each other; two gates’ times do not', () => {
    const organiser: Row = { article: 'statement', text: 'Its event control closed the East Gate at 21:10', attribution: named('Tidewave Events') };
    const police: Row = { article: 'wire', text: 'The East Gate to the main arena was closed shortly before 9.30pm', attribution: named('Alison Kerr') };
    const west: Row = { article: 'wire', text: 'The West Gate was closed at 22:00', attribution: named('Alison Kerr') };
    expect(found([organiser, police], [[0], [1]])).toEqual(['0 ← 1: 21:10 / shortly before 9.30pm [Alison Kerr]', '1 ← 0: shortly before 9.30pm / 21:10 [Tidewave Events]']);
    expect(found([organiser, west], [[0], [1]])).toEqual([]);
  });
});

describe('when a strike began', () => {
  it('reads a strike’s start, told of the strike or of who walked out, on a 12- or 24-hour clock', () => {
    expect(onceTimeIn('The strike began at 06:00 on Monday and is due to end on 17 June')).toMatchObject({ event: 7, low: 360, day: 1 });
    expect(onceTimeIn('The dockers walked out at 7am on Monday')).toMatchObject({ event: 7, low: 420, day: 1 });
    expect(onceTimeIn('More than 1,400 dockers at the Port of Carrow Sound began an eight-day strike at 6am on Monday 9 June')).toMatchObject({ event: 7, low: 360 });
    // (Its end, or a walk-out that was not, is no start; nor is a fire that began.)
    expect(onceTimeIn('The strike will run until 6am on Tuesday 17 June')).toBeNull();
    expect(onceTimeIn('The dockers did not walk out at 7am')).toBeNull();
    expect(onceTimeIn('The fire began at 7am')).toMatchObject({ event: 0 });
  });

  it('the live blog’s 7am and the union’s 6am dispute each other; the operator’s 06:00 agrees with 6am', () => {
    const blog: Row = { article: 'live', text: 'The dockers walked out at 7am on Monday', attribution: { speaker: null, role: null, kind: 'none', via: null } };
    const union: Row = { article: 'release', text: 'More than 1,400 dockers began an eight-day strike at 6am on Monday 9 June', attribution: named('DMWU') };
    const operator: Row = { article: 'statement', text: 'The strike began at 06:00 on Monday', attribution: named('Carrow Sound Port Holdings') };
    // (The outlet's own assertion stands behind its 7am, as a conflicting figure's does.)
    expect(found([blog, union], [[0], [1]])).toEqual(['0 ← 1: 7am / 6am [DMWU]', '1 ← 0: 6am / 7am [Outlet live]']);
    expect(found([union, operator], [[0], [1]])).toEqual([]);
  });
});

describe('when a warning went out', () => {
  it('reads a warning issued, sent or come, with which kind it was; a warning that reached someone is no issue', () => {
    expect(onceTimeIn('The agency says its Flood Warning was issued at 02:40 on Monday')).toMatchObject({ event: 9, what: 'warning', low: 160, day: 1 });
    expect(onceTimeIn('The warning came after 4am')).toMatchObject({ event: 9, what: 'warning', low: 240 });
    expect(onceTimeIn('Flood Alert issued at 18:15')).toMatchObject({ what: 'alert' });
    expect(onceTimeIn('A Severe Flood Warning was issued at 04:55')).toMatchObject({ what: 'severe warning' });
    expect(onceTimeIn('The Flood Warning did not reach our emergency team until 03:55 on Monday')).toBeNull();
  });

  it('the agency’s 02:40 and the residents’ “after 4am” dispute each other; an alert at 18:15 and a severe warning at 04:55 are other events', () => {
    const agency: Row = { article: 'agency', text: 'The Flood Warning for Quay Street was issued at 02:40', attribution: named('Riverways Agency') };
    const residents: Row = { article: 'wire', text: 'The warning came after 4am', attribution: named('Jean Pilling') };
    expect(found([agency, residents], [[0], [1]])).toHaveLength(2);
    expect(found([{ ...agency, text: 'A Flood Alert was issued at 18:15' }, residents], [[0], [1]])).toEqual([]);
    expect(found([{ ...agency, text: 'A Severe Flood Warning was issued at 04:55' }, { ...residents, text: 'The Flood Warning was issued at 02:40' }], [[0], [1]])).toEqual([]);
  });
});

describe('when a vehicle crashed', () => {
  it('reads a vehicle leaving the road, crashing or overturning, and “the crash happened”, as one accident; no website’s crash', () => {
    expect(onceTimeIn('The coach left the M47 near Hallowfield at about 2.40pm on Thursday 12 March')).toMatchObject({ event: 2, low: 865, high: 895, day: 4 });
    expect(onceTimeIn('The crash happened shortly after 3pm, between junctions 14 and 15')).toMatchObject({ event: 2, low: 900, high: 915 });
    expect(onceTimeIn('The lorry overturned at 2.45pm')).toMatchObject({ event: 2, low: 885 });
    expect(onceTimeIn('One of our coaches was involved in a collision on the M47 at approximately 2.40pm')).toMatchObject({ event: 2, low: 865 });
    expect(onceTimeIn('The website crashed at 9am')).toBeNull();
  });

  it('reads the time told past where the claim’s words stop, in its own sentence', () => {
    const quote = 'We are deeply saddened to confirm that one of our coaches was involved in a collision on the northbound M47, between junctions 14 and 15, at approximately 2.40pm on Thursday 12 March.';
    expect(onceTimeOf('One of our coaches was involved in a collision on the northbound M47', quote)).toMatchObject({ event: 2, low: 865, high: 895 });
    expect(onceTimeOf('Firefighters arrived', 'The fire began at 4am and firefighters arrived.')).toBeNull();
  });

  it('the school’s “about 2.40pm” and the radio’s “shortly after 3pm” dispute each other; the operator’s “approximately 2.40pm” agrees with the school', () => {
    const school: Row = { article: 'letter', text: 'The coach left the M47 near Hallowfield at about 2.40pm on Thursday 12 March', attribution: named('Kestrel Vale Academy') };
    const radio: Row = { article: 'live', text: 'The crash happened shortly after 3pm', attribution: { kind: 'none', speaker: null, role: null, via: null } };
    const operator: Row = { article: 'statement', text: 'One of our coaches was involved in a collision on the northbound M47', quote: 'One of our coaches was involved in a collision on the northbound M47, at approximately 2.40pm.', attribution: named('Pennant Travel') };
    expect(found([school, radio], [[0], [1]])).toHaveLength(2);
    expect(found([operator, radio], [[0], [1]])).toHaveLength(2);
    expect(found([school, operator], [[0], [1]])).toEqual([]);
  });
});

describe('when a break-in happened', () => {
  it('reads a building broken into or burgled, “the break-in began”, and a burglary named with its day, as one break-in; an alarm going off as its own event', () => {
    expect(onceTimeIn('The break-in at Halbrook Museum began at 2.10am on Tuesday')).toMatchObject({ event: 12, low: 130, high: 130, day: 2 });
    expect(onceTimeIn('A gang of four men broke into Halbrook Museum at about 3.40am yesterday')).toMatchObject({ event: 12, low: 205, high: 235 });
    expect(onceTimeIn('Halbrook Museum in Marlowby was burgled in the early hours of Wednesday')).toMatchObject({ event: 12, day: 3, dayText: 'Wednesday', text: '' });
    expect(onceTimeIn('We are devastated to confirm that Halbrook Museum was broken into in the early hours of this morning, Tuesday 3 March')).toMatchObject({ event: 12, day: 2 });
    expect(onceTimeIn("The museum's intruder alarm was triggered at 2.14am")).toMatchObject({ event: 14, low: 134, high: 134 });
    // (A burglary named with no verb gives its day only: a time after it may be another's.)
    expect(onceTimeIn('After the burglary, police arrived at 3am')).toBeNull();
    // (A night may run into the next day's small hours.)
    expect(onceTimeIn('The shop was burgled on Monday night')).toBeNull();
  });

  it('reads the day told past where the claim’s words stop: “… about the burglary at Halbrook Museum in Marlowby” in the early hours of Wednesday', () => {
    const quote = 'Bastion Guard Services is aware of reports in the national press about the burglary at Halbrook Museum in Marlowby in the early hours of Wednesday.';
    expect(onceTimeOf('Bastion Guard Services is aware of reports in the national press about the burglary at Halbrook Museum in Marlowby', quote)).toMatchObject({ event: 12, day: 3 });
  });

  it('the police’s Tuesday and the contractor’s Wednesday dispute each other, as do 2.10am and about 3.40am; the museum’s Tuesday agrees', () => {
    const police: Row = { article: 'appeal', text: 'Detectives are appealing for witnesses after a burglary at Halbrook Museum', quote: 'Detectives are appealing for witnesses after a burglary at Halbrook Museum in Marlowby in the early hours of Tuesday 3 March.', attribution: named('Eastmere Constabulary') };
    const contractor: Row = { article: 'statement', text: 'Halbrook Museum in Marlowby was burgled in the early hours of Wednesday', attribution: named('Bastion Guard Services') };
    const museum: Row = { article: 'museum', text: 'Halbrook Museum was broken into in the early hours of this morning, Tuesday 3 March', attribution: named('Halbrook Museum') };
    expect(found([police, contractor], [[0], [1]])).toEqual(['0 ← 1: Tuesday / Wednesday [Bastion Guard Services]', '1 ← 0: Wednesday / Tuesday [Eastmere Constabulary]']);
    expect(found([police, museum], [[0], [1]])).toEqual([]);
    const early: Row = { article: 'appeal', text: 'The break-in at Halbrook Museum began at 2.10am on Tuesday', attribution: named('Eastmere Constabulary') };
    const late: Row = { article: 'paper', text: 'The break-in at Halbrook Museum began at about 3.40am on Tuesday', attribution: { kind: 'none', speaker: null, role: null, via: null } };
    expect(found([early, late], [[0, 1]])).toHaveLength(1);
  });
});

describe('when animals escaped, and when a lockdown ended', () => {
  it('reads wolves escaping (with their weekday alone too) and a lockdown lifted as events that happen once; people escaping a fire are none', () => {
    expect(onceTimeIn('Three wolves escaped from Brackenfold Zoo shortly before 11.30am on Saturday')).toMatchObject({ event: 16, day: 6 });
    expect(onceTimeIn('Three wolves escaped from Brackenfold Zoo on Sunday')).toMatchObject({ event: 16, day: 0 });
    expect(onceTimeIn('The lockdown at Brackenfold Zoo was lifted at 2.20pm')).toMatchObject({ event: 17, low: 860, high: 860 });
    expect(onceTimeIn('Residents escaped from the burning building at 2am')).toBeNull();
  });

  it('the paper’s “about 10.50am” and the zoo’s “shortly before 11.30am” dispute each other; so do the police’s 2.20pm and the radio’s 2pm', () => {
    const zoo: Row = { article: 'zoo', text: 'Three wolves escaped from Brackenfold Zoo shortly before 11.30am on Saturday', attribution: named('Brackenfold Zoo') };
    const paper: Row = { article: 'paper', text: 'Three wolves escaped from Brackenfold Zoo at about 10.50am on Saturday', attribution: named('Marcus Heywood') };
    expect(found([zoo, paper], [[0], [1]])).toHaveLength(2);
    const police: Row = { article: 'police', text: 'The lockdown at Brackenfold Zoo was lifted at 2.20pm', attribution: named('Corrowshire Police') };
    const radio: Row = { article: 'radio', text: 'The lockdown at Brackenfold Zoo was lifted at 2pm', attribution: named('Police') };
    expect(found([police, radio], [[0], [1]])).toHaveLength(2);
  });
});
