import { describe, expect, it } from 'vitest';
import { actOf, firstAct, resolveAccounts, rivalAccounts, sameActor, sameSide, type AccountUnits, type FirstAct } from '../../../src/ingest/verdicts/rival-accounts.ts';
import type { AccountDispute } from '../../../src/ingest/verdicts/decide.ts';
import type { Attribution, Stance } from '../../../src/ingest/types.ts';

describe('firstAct', () => {
  it.each([
    ['Maredian soldiers had fired first', 'fire', ['maredian']],
    ['It was Oshtaran troops who fired first, and that its soldiers only returned fire', 'fire', ['oshtaran']],
    ['Oshtaran guns opened fire first', 'fire', ['oshtaran']],
    ["Russia's forces struck first", 'attack', ['russia']],
    ['Police say the Harlow Bay gang shot first', 'fire', ['bay', 'harlow', 'police']],
    ['Rebels fired first', 'fire', ['rebels']],
  ])('reads who acted first in %j', (text, act, actors) => {
    expect(firstAct(text)).toMatchObject({ act, actors });
  });

  it('keeps the words up to the act, for the reason', () => {
    expect(firstAct('Maredian soldiers had fired first, a claim Ferenčak called “absurd”')?.says).toBe('Maredian soldiers had fired first');
  });

  it.each([
    'They fired first', // names nobody
    'It fired first',
    'Maredian soldiers fired the first shot', // "first" does not end the phrase
    'The army fired first-aid kits to the front',
    'Maredian soldiers returned fire',
  ])('finds no account of who acted first in %j', (text) => {
    expect(firstAct(text)).toBeNull();
  });
});

describe('actOf', () => {
  it('reads the act even when no name says who, and whether a pronoun points back', () => {
    expect(actOf('They fired first')).toMatchObject({ act: 'fire', actors: [], pronoun: true });
    expect(actOf('It was they who struck first')).toMatchObject({ act: 'attack', actors: [], pronoun: true });
    expect(actOf('Troops fired first')).toMatchObject({ actors: ['troops'], pronoun: false });
    expect(actOf('Soldiers at the post said shots were fired first')).toMatchObject({ actors: ['soldiers'], pronoun: false });
    expect(actOf('Maredian soldiers returned fire')).toBeNull();
  });
});

describe('sameSide', () => {
  const side = (text: string): FirstAct => firstAct(text)!;
  it('one name in both, capitalised in one of them: one side', () => {
    expect(sameSide(side('Maredia fired first'), side('Maredian soldiers had fired first'))).toBe(true);
    expect(sameSide(side('Troops fired first'), side('Maredian troops fired first'))).toBe(true); // whose troops?
  });
  it('a common noun in both is no side: "Maredian troops" and "Oshtaran troops" are two', () => {
    expect(sameSide(side('Maredian troops fired first'), side('Oshtaran troops fired first'))).toBe(false);
    expect(sameSide(side('Maredian soldiers fired first'), side('Oshtaran troops fired first'))).toBe(false);
  });
});

describe('resolveAccounts', () => {
  interface U {
    article: string;
    sentence: number;
    text: string;
  }
  const resolved = (rows: U[]): Array<[number, string[], boolean]> =>
    [...resolveAccounts({ length: rows.length, text: (i) => rows[i]!.text, article: (i) => rows[i]!.article, sentence: (i) => rows[i]!.sentence })].map(([i, a]) => [i, a.actors, a.pointsBack ?? false]);

  it('"they" are whoever the nearest earlier sentence says fired or attacked', () => {
    const rows: U[] = [
      { article: 'a', sentence: 2, text: 'Twelve Maredian soldiers died when Oshtaran guns shelled the frontier post' },
      { article: 'a', sentence: 3, text: 'They fired first, without any provocation' },
      { article: 'a', sentence: 4, text: 'Maredian soldiers had fired first' },
    ];
    expect(resolved(rows)).toEqual([
      [1, ['oshtaran'], true],
      [2, ['maredian'], false],
    ]);
  });

  it('nobody when the act is too far back, in another article, or names nobody; a named account is read as it stands', () => {
    expect(resolved([{ article: 'a', sentence: 1, text: 'Oshtaran guns shelled the post' }, { article: 'a', sentence: 5, text: 'They fired first' }])).toEqual([[1, [], false]]);
    expect(resolved([{ article: 'a', sentence: 1, text: 'Oshtaran guns shelled the post' }, { article: 'b', sentence: 2, text: 'They fired first' }])).toEqual([[1, [], false]]);
    expect(resolved([{ article: 'a', sentence: 1, text: 'the guns shelled the post' }, { article: 'a', sentence: 2, text: 'They fired first' }])).toEqual([[1, [], false]]);
    // The same sentence is no earlier sentence: "they" points back, not sideways.
    expect(resolved([{ article: 'a', sentence: 2, text: 'Oshtaran guns shelled the post' }, { article: 'a', sentence: 2, text: 'They fired first' }])).toEqual([[1, [], false]]);
    expect(resolved([{ article: 'a', sentence: 1, text: 'the report was late' }])).toEqual([]);
  });
});

describe('sameActor', () => {
  it('one name however it is written; two names apart', () => {
    expect(sameActor('maredia', 'maredian')).toBe(true);
    expect(sameActor('britain', 'british')).toBe(true);
    expect(sameActor('iran', 'iraq')).toBe(false);
    expect(sameActor('maredian', 'oshtaran')).toBe(false);
  });
});

interface Row {
  article: string;
  text: string;
  attribution: Attribution;
  stance?: Stance;
}
const named = (speaker: string): Attribution => ({ kind: 'named', speaker, role: 'spokesman', via: null });
const anonymous: Attribution = { kind: 'anonymous', speaker: 'sources', role: null, via: null };

function found(rows: Row[], clusters: number[][], sameStory = (_i: number, _j: number) => true, eligible = (_c: number) => true): string[] {
  const units: AccountUnits = {
    article: (i) => rows[i]!.article,
    outlet: (i) => `Outlet ${rows[i]!.article}`,
    text: (i) => rows[i]!.text,
    attribution: (i) => rows[i]!.attribution,
    stance: (i) => rows[i]!.stance ?? 'asserts',
  };
  const out: string[] = [];
  rivalAccounts(clusters, units, eligible, sameStory, (c: number, d: AccountDispute, by: number) => {
    out.push(`${c} ← ${by}: ${d.accounts.one.text} (${d.accounts.one.by}) / ${d.accounts.other.text} (${d.accounts.other.by}) [${d.speaker}, ${d.role}]`);
  });
  return out;
}

const maredia: Row = { article: 'a', text: 'Oshtaran troops fired first', attribution: named('Radu Ferenčak') };
const oshtara: Row = { article: 'b', text: 'Maredian soldiers had fired first', attribution: named('Nikolai Brân') };

describe('rival accounts', () => {
  it('on two pages, each account on record disputes the other page', () => {
    expect(found([maredia, oshtara], [[0], [1]])).toEqual([
      '0 ← 1: Oshtaran troops fired first (Radu Ferenčak, Outlet a) / Maredian soldiers had fired first (Nikolai Brân, Outlet b) [Nikolai Brân, spokesman]',
      '1 ← 0: Maredian soldiers had fired first (Nikolai Brân, Outlet b) / Oshtaran troops fired first (Radu Ferenčak, Outlet a) [Radu Ferenčak, spokesman]',
    ]);
  });

  it('on one page, the page is disputed once, by an account on record', () => {
    expect(found([maredia, oshtara, { ...oshtara, article: 'c' }], [[0, 1, 2]])).toEqual([
      '0 ← -1: Oshtaran troops fired first (Radu Ferenčak, Outlet a) / Maredian soldiers had fired first (Nikolai Brân, Outlet b) [Nikolai Brân, spokesman]',
    ]);
    expect(found([{ ...maredia, attribution: anonymous }, oshtara], [[0, 1]])).toEqual([
      '0 ← -1: Oshtaran troops fired first (sources, Outlet a) / Maredian soldiers had fired first (Nikolai Brân, Outlet b) [Nikolai Brân, spokesman]',
    ]);
  });

  it('an account not on record disputes nothing; two such, nothing at all', () => {
    expect(found([{ ...maredia, attribution: anonymous }, oshtara], [[0], [1]])).toEqual([
      '0 ← 1: Oshtaran troops fired first (sources, Outlet a) / Maredian soldiers had fired first (Nikolai Brân, Outlet b) [Nikolai Brân, spokesman]',
    ]);
    expect(found([{ ...maredia, attribution: anonymous }, { ...oshtara, attribution: anonymous }], [[0], [1]])).toEqual([]);
  });

  it('a resolved account disputes like a named one; a reason quotes a named account before one that points back', () => {
    const rows = [maredia, oshtara, { ...maredia, article: 'c', text: 'They fired first' }];
    const accounts = new Map<number, FirstAct>([
      [0, firstAct(rows[0]!.text)!],
      [1, firstAct(rows[1]!.text)!],
      [2, { act: 'fire', says: 'They fired first', actors: ['oshtaran'], who: ['oshtaran'], pointsBack: true }],
    ]);
    const out: string[] = [];
    const units: AccountUnits = {
      article: (i) => rows[i]!.article,
      outlet: (i) => `Outlet ${rows[i]!.article}`,
      text: (i) => rows[i]!.text,
      attribution: (i) => rows[i]!.attribution,
      stance: () => 'asserts',
      account: (i) => accounts.get(i),
    };
    rivalAccounts([[2, 0], [1]], units, () => true, () => true, (c, d, by) => out.push(`${c} ← ${by}: ${d.accounts.one.text} / ${d.accounts.other.text}`));
    expect(out).toEqual(['0 ← 1: Oshtaran troops fired first / Maredian soldiers had fired first', '1 ← 0: Maredian soldiers had fired first / Oshtaran troops fired first']);
    // An account with nobody behind it is no side.
    accounts.set(0, { ...accounts.get(0)!, actors: [], who: [] });
    accounts.set(2, { ...accounts.get(2)!, actors: [], who: [] });
    out.length = 0;
    rivalAccounts([[2, 0], [1]], units, () => true, () => true, (c, _d, by) => out.push(`${c} ← ${by}`));
    expect(out).toEqual([]);
  });

  it('no rivals: the same side in other words, other acts, other stories, denials, claims left out', () => {
    expect(found([maredia, { ...oshtara, text: 'Oshtara fired first' }], [[0], [1]])).toEqual([]);
    expect(found([maredia, { ...oshtara, text: 'Troops fired first' }], [[0], [1]])).toEqual([]); // whose troops?
    expect(found([maredia, { ...oshtara, text: 'Maredian jets struck first' }], [[0], [1]])).toEqual([]);
    expect(found([maredia, oshtara], [[0], [1]], () => false)).toEqual([]);
    expect(found([maredia, { ...oshtara, stance: 'denies' }], [[0], [1]])).toEqual([]);
    expect(found([maredia, oshtara], [[0], [1]], () => true, (c) => c === 0)).toEqual([]);
  });
});
