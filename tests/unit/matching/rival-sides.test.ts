/**
 * One page per side of a rival account (src/ingest/matching/rival-sides.ts): clusters holding
 * "Maredian soldiers fired first" and "Oshtaran troops fired first" are split, and one side's
 * accounts in other words are joined.
 */
import { describe, expect, it } from 'vitest';
import { splitRivalSides } from '../../../src/ingest/matching/rival-sides.ts';
import { firstAct, type FirstAct } from '../../../src/ingest/verdicts/rival-accounts.ts';

/** Units by index: an account's text, or null for a member that tells no account. */
function sides(texts: ReadonlyArray<string | null>, clusters: number[][], sameStory = (_i: number, _j: number) => true, nobody: number[] = []): number[][] {
  const account = (i: number): FirstAct | undefined => {
    if (nobody.includes(i)) return { act: 'fire', says: texts[i]!, actors: [], who: [] };
    const t = texts[i];
    return t ? (firstAct(t) ?? undefined) : undefined;
  };
  return splitRivalSides(clusters, account, sameStory);
}

const M = 'Maredian soldiers had fired first';
const O = 'Oshtaran troops fired first';

describe('splitting a cluster', () => {
  it('each side gets a cluster; the first side keeps the place, the others come after all clusters', () => {
    expect(sides([M, O, 'Maredia fired first', null, O, null], [[0, 1, 2, 3], [4, 5]])).toEqual([[0, 2, 3], [4, 5], [1]]);
  });

  it('members that tell no account stay with the first side; accounts naming nobody get a cluster of their own', () => {
    expect(sides([null, O, M, 'They fired first'], [[0, 1, 2, 3]], () => true, [3])).toEqual([[0, 1], [2], [3]]);
  });

  it('no split with one side, with different acts, or for a cluster of one', () => {
    expect(sides([M, 'Maredia fired first', null], [[0, 1, 2]])).toEqual([[0, 1, 2]]);
    expect(sides([M, 'Oshtaran jets struck first'], [[0, 1]])).toEqual([[0, 1]]);
    expect(sides([M], [[0]])).toEqual([[0]]);
  });
});

describe('joining one side’s accounts', () => {
  it('clusters made only of one side’s accounts of one act are one claim', () => {
    expect(sides([O, M, 'Oshtaran guns opened fire first', 'Oshtara fired first'], [[0], [1], [2, 3]])).toEqual([[0, 2, 3], [1]]);
  });

  it('not across stories, not with members that tell no account, not across acts', () => {
    expect(sides([O, 'Oshtaran guns opened fire first'], [[0], [1]], () => false)).toEqual([[0], [1]]);
    expect(sides([O, 'Oshtaran guns opened fire first', null], [[0], [1, 2]])).toEqual([[0], [1, 2]]);
    expect(sides([O, 'Oshtaran jets struck first'], [[0], [1]])).toEqual([[0], [1]]);
  });

  it('a split side joins the other clusters of its side', () => {
    expect(sides([M, O, 'Oshtaran guns opened fire first'], [[0, 1], [2]])).toEqual([[0], [1, 2]]);
  });
});
