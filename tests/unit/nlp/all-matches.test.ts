import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../src/ingest/all-matches.ts';

const viaMatchAll = (re: RegExp, text: string): Array<[number, string]> => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
const viaAllMatches = (re: RegExp, text: string): Array<[number, string]> => allMatches(re, text).map((m) => [m.index, m[0]]);

describe('allMatches', () => {
  it.each([
    [/\b\p{Lu}\p{Ll}+/gu, 'Emir Hadžić met Zsófia Kálnay in Velčany.'],
    [/x*/g, 'axxb'],
    // An empty match before a character of two UTF-16 units steps over the whole pair.
    [/(?:)/gu, 'a🍕b'],
    [/(?:)/g, 'a🍕b'],
    [/said/gi, 'no match here'],
  ])('gives what matchAll gives for %s on %j', (re, text) => {
    expect(viaAllMatches(re, text)).toEqual(viaMatchAll(re, text));
  });

  it('leaves the regex at lastIndex 0, so the next call starts from the beginning', () => {
    const re = /a/g;
    allMatches(re, 'banana');
    expect(re.lastIndex).toBe(0);
    expect(allMatches(re, 'aa')).toHaveLength(2);
  });
});
