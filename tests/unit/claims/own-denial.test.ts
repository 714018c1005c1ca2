/**
 * A denial in the speaker's own words (src/ingest/claims/units.ts, ownDenial): "‘We reject these
 * claims entirely,’ said the spokeswoman" is her denial, not a claim she asserts.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

describe('a denial in the speaker’s own words', () => {
  it('“We reject …”, “I deny …”, “My client denies …” are the speaker’s denials, told of the speaker', () => {
    expect(rows(seedUnits(['The union says 1,500 jobs will go.', '‘We reject these claims entirely,’ said Maria Lopez, the company’s spokeswoman.']))).toContainEqual([
      'Maria Lopez rejected these claims entirely',
      'Maria Lopez',
      'named',
      'denies',
    ]);
    expect(rows(seedUnits(['“I deny every one of these allegations,” Senator Tom Reyes said.']))).toEqual([['Tom Reyes denied every one of these allegations', 'Tom Reyes', 'named', 'denies']]);
    expect(rows(seedUnits(['‘My client denies every one of these allegations,’ said Margaret de Vries KC, who is representing him.']))).toEqual([
      ['Margaret de Vries denied every one of these allegations', 'Margaret de Vries', 'named', 'denies'],
    ]);
    expect(rows(seedUnits(['“We call these reports completely false,” the company said.']))).toEqual([['The company called these reports completely false', 'the company', 'named', 'denies']]);
  });

  it('not when what is denied speaks of “we” (who “we” are, the words do not say), nor another’s denial quoted', () => {
    expect(rows(seedUnits(['“I reject absolutely the suggestion that we under-reported this breach,” Adrian Kessler told the Chronicle.']))).toEqual([
      ['I reject absolutely the suggestion that we under-reported this breach', 'Adrian Kessler', 'named', 'asserts'],
    ]);
    expect(rows(seedUnits(['“The minister denies everything, but the papers say otherwise,” said Ana Costa.'])).map((r) => r[3])).not.toContain('denies');
  });
});
