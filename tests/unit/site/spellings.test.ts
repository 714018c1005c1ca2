/** Other spellings of a page's names, for search (src/site/spellings.ts). */
import { describe, expect, it } from 'vitest';
import { otherSpellings } from '../../../src/site/spellings.ts';

describe('otherSpellings', () => {
  it('a page writing one spelling lists the others of that name', () => {
    expect(otherSpellings(['Kyiv had not been informed of any call.'])).toEqual(['Kiev']);
    expect(otherSpellings(['any early agreement would require Kiev to cede territory'])).toEqual(['Kyiv']);
    expect(otherSpellings(['Zelensky spoke to Trump.', 'Officials in Kyiv said'])).toEqual(['Kiev', 'Zelenskyy', 'Zelenskiy', 'Zelenski']);
  });

  it('nothing the page uses itself, nothing for names it does not have', () => {
    expect(otherSpellings(['Kyiv, or Kiev as it was spelt'])).toEqual([]);
    expect(otherSpellings(['The mayor of Harlow resigned.'])).toEqual([]);
  });

  it('whole names only, capitalised as written: a turkey, a word inside another, no name', () => {
    expect(otherSpellings(['The farm sold a turkey.', 'Kievan Rus was a state.'])).toEqual([]);
    expect(otherSpellings(['Turkey closed its airspace.'])).toEqual(['Türkiye']);
    // A name of two words, however the space is written.
    expect(otherSpellings(['The Czech Republic voted.'])).toEqual(['Czechia']);
    expect(otherSpellings(['al-Qaeda claimed it.'])).toEqual(['al-Qaida']);
  });
});
