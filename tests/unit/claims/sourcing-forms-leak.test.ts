/**
 * Sourcing forms of the twenty-second story (tests/fixtures/leak: an ammonia leak, told by a live
 * blog, a national paper with a correction notice, a regional paper's reported speech, the
 * company's questions and answers, and a residents' group's open letter), each as a paragraph
 * through the same analysis the ingest runs.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

describe('a live blog', () => {
  it('an entry stamped with no dash, or labelled “Update 11:03:”, is told without its stamp', () => {
    const units = seedUnits(['10:15 Police have closed Wendle Road between the Mill Street roundabout and the bypass.', 'Update 11:03: Ellisford General Hospital says 17 people have been taken to hospital with breathing difficulties.'], 'Fernshire Live (live blog)');
    expect(rows(units)).toEqual([
      ['Police have closed Wendle Road between the Mill Street roundabout and the bypass', null, 'none', 'asserts'],
      ['17 people have been taken to hospital with breathing difficulties', 'Ellisford General Hospital', 'named', 'asserts'],
    ]);
  });

  it('a host’s hand-over and thanks are no claims', () => {
    expect(seedUnits(['15:02 — This is Josh taking over from Hannah. Thanks for staying with us.'], 'Fernshire Live (live blog)')).toEqual([]);
  });
});

describe('an open letter', () => {
  it('is its signatories’ words, on record; its requests and signature tell nothing', () => {
    const units = seedUnits(['Your inspectors last visited the Ellisford works in October 2022.', 'We therefore ask you to:', 'Dr Imogen Farrow, Chair of Friends of the Wendle'], 'Friends of the Wendle (open letter)');
    expect(rows(units)).toEqual([['Your inspectors last visited the Ellisford works in October 2022', 'Friends of the Wendle', 'named', 'asserts']]);
  });
});

describe('reported speech', () => {
  it('“X said Corvane’s claim that P was simply wrong” denies P on record; “…, X said, as …” is X’s clause before', () => {
    const units = seedUnits(['Dr Imogen Farrow said Corvane’s claim that the site was last inspected in March 2025 was simply wrong.', "Tap water in Ellisford is safe to drink, Wendle Valley Water said, as the town's supply is drawn from boreholes."], 'The Fernshire Advertiser');
    expect(rows(units)).toEqual([
      ['Corvane’s claim that the site was last inspected in March 2025 was simply wrong', 'Imogen Farrow', 'named', 'denies'],
      ['The site was last inspected in March 2025', 'Corvane', 'named', 'reports'],
      ['Tap water in Ellisford is safe to drink', 'Wendle Valley Water', 'named', 'asserts'],
    ]);
  });
});
