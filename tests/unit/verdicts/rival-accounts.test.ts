import { describe, expect, it } from 'vitest';
import { firstAct, rivalAccounts, sameActor, type AccountUnits } from '../../../src/ingest/verdicts/rival-accounts.ts';
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

  it('no rivals: the same side in other words, other acts, other stories, denials, claims left out', () => {
    expect(found([maredia, { ...oshtara, text: 'Oshtara fired first' }], [[0], [1]])).toEqual([]);
    expect(found([maredia, { ...oshtara, text: 'Troops fired first' }], [[0], [1]])).toEqual([]); // whose troops?
    expect(found([maredia, { ...oshtara, text: 'Maredian jets struck first' }], [[0], [1]])).toEqual([]);
    expect(found([maredia, oshtara], [[0], [1]], () => false)).toEqual([]);
    expect(found([maredia, { ...oshtara, stance: 'denies' }], [[0], [1]])).toEqual([]);
    expect(found([maredia, oshtara], [[0], [1]], () => true, (c) => c === 0)).toEqual([]);
  });
});
