/**
 * Who speaks in a live blog of a car park's collapse (the twenty-fourth story): entries stamped
 * "5.47pm:", services named in full, a company's statement quoted after "it said", and a
 * hospital named in passing between a police officer and his next "he said".
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

const BLOG = 'Brackenford Echo (live blog)';

describe('a live blog’s speakers', () => {
  it('“he said” after a hospital named in passing is the officer who spoke, not the hospital', () => {
    const units = seedUnits(['5.47pm: Superintendent Owen Hale of Northmoor Police has spoken to reporters. He said 11 people had been injured, one of them a man who is in a critical condition at Northmoor Royal Infirmary.', '“Level 4 was open to the public this afternoon,” he said.'], BLOG);
    expect(units.filter((u) => u.stance !== 'reports').map((u) => u.attribution.speaker)).toEqual([null, 'Owen Hale', 'Owen Hale']);
  });

  it('one service named in full is not another of the same place: the fire service is no ambulance service', () => {
    const units = rows(seedUnits(['6.31pm: Northmoor Ambulance Service says six people were taken to hospital.', '5.20pm: Firefighters have freed two people who were trapped in their cars on Level 3, Northmoor Fire and Rescue Service says.'], BLOG));
    expect(units.map((u) => u[1])).toEqual(['Northmoor Ambulance Service', 'Northmoor Fire and Rescue Service']);
    // (And no entry's time is left in what it says.)
    expect(units.map((u) => u[0])).toEqual(['Six people were taken to hospital', 'Firefighters have freed two people who were trapped in their cars on Level 3']);
  });

  it('“X, which owns Y, has issued a short statement. “…,” it said.”: X speaks, not the body named in the entry before', () => {
    const units = seedUnits(['Northmoor Ambulance Service says six people were taken to hospital.', 'Corvane Property Group, which owns Kestrel Walk, has issued a short statement. “Level 4 had been closed to the public since 2 November for resurfacing works,” it said.'], BLOG);
    expect(units.find((u) => u.quote.includes('Level 4 had been closed'))!.attribution.speaker).toBe('Corvane Property Group');
  });
});

describe('a radio transcript’s turns', () => {
  const RADIO = 'Northmoor Radio (transcript)';
  const turns = ['SAM OKONJO: Elaine Marsh is chief executive of Corvane Property Group. Good morning.', 'ELAINE MARSH: Good morning.', 'OKONJO: Engineers I have spoken to say cracks on Level 4 were reported to your company in September.', 'MARSH: That is not true.', 'OKONJO: One listener, who gave her name only as Jo, has texted to say the lifts had been out of order for weeks.'];

  it('a full name in capitals opens a turn even when the text names that person nowhere else; its surname alone does later', () => {
    const units = seedUnits(turns, RADIO);
    expect(units.find((u) => u.quote.includes('Elaine Marsh is chief executive'))!.attribution.speaker).toBe('Sam Okonjo');
    expect(units.map((u) => u.text).filter((t) => /OKONJO/.test(t))).toEqual([]);
  });

  it('what the host relays from engineers he has spoken to, or a listener who texted, is theirs and unnamed', () => {
    const units = rows(seedUnits(turns, RADIO));
    expect(units).toContainEqual(['Cracks on Level 4 were reported to your company in September', 'engineers I have spoken to', 'anonymous', 'asserts']);
    expect(units).toContainEqual(['The lifts had been out of order for weeks', 'one listener, who gave her name only as Jo', 'anonymous', 'asserts']);
  });
});

describe('a body called by its kind and one word of its name', () => {
  it('“the fire service said” is the fire and rescue service the article names, not the ambulance service', () => {
    const units = rows(seedUnits(['Northmoor Ambulance Service took six people to hospital.', 'Group Manager Priya Lakhani of Northmoor Fire and Rescue Service was at the scene.', 'Eight engines were sent, the fire service said.', 'Six people were taken to hospital, the ambulance service said.']));
    expect(units.find((u) => String(u[0]).startsWith('Eight engines'))![1]).toBe('Northmoor Fire and Rescue Service');
    expect(units.find((u) => String(u[0]).startsWith('Six people were taken'))![1]).toBe('Northmoor Ambulance Service');
  });

  it('two bodies of a kind joined by “and” are no one body', () => {
    const units = rows(seedUnits(['Northmoor Ambulance Service and Northmoor Fire and Rescue Service attended.', 'Eight engines were sent, the fire service said.']));
    expect(units.find((u) => String(u[0]).startsWith('Eight engines'))![1]).not.toMatch(/ and Northmoor/);
  });
});
