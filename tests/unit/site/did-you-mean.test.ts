import { describe, expect, it } from 'vitest';
import { didYouMean, vocabularyOf } from '../../../src/site/did-you-mean.ts';
import { wordsByFrequency } from '../../../src/site/search-words.ts';

describe('the words the search knows', () => {
  it('are the distinct words of the texts, lower-cased, most frequent first, short ones left out', () => {
    expect(wordsByFrequency(['Peskov said the call never happened.', 'PESKOV denied it; Peskov’s office', 'Zelensky in Kyiv'], 10)).toEqual([
      'peskov',
      'call',
      'denied',
      'happened',
      'kyiv',
      'never',
      'office',
      'said',
      'the',
      'zelensky',
    ]);
    expect(wordsByFrequency(['São Tomé and Zürich', 'a b c d'], 3)).toEqual(['and', 'são', 'tomé']);
  });
});

describe('did you mean', () => {
  // Most frequent first, as the site's vocabulary is.
  const words = vocabularyOf(['the', 'trump', 'putin', 'kremlin', 'peskov', 'confirmed', 'claims', 'denied', 'washington', 'zelensky', 'kyiv', 'call', 'post', 'lines', 'jake', 'report']);

  it('corrects a misspelt name to the most frequent word a slip away, keeping the rest as written', () => {
    expect(didYouMean('Peskv', words)).toBe('Peskov');
    expect(didYouMean('PESKV', words)).toBe('PESKOV');
    expect(didYouMean('Zelenksy', words)).toBe('Zelensky'); // two letters swapped: one slip
    expect(didYouMean('Washingon Post', words)).toBe('Washington Post');
    expect(didYouMean('peskov denied the kremln call', words)).toBe('peskov denied the kremlin call');
    expect(didYouMean('Kremlim, Pesckov?', words)).toBe('Kremlin, Peskov?');
  });

  it('leaves alone what is no slip: a known word, the beginning of one, a short word, another form of a word', () => {
    expect(didYouMean('Putin Trump', words)).toBeNull();
    expect(didYouMean('Wash', words)).toBeNull(); // typing "Washington": Pagefind finds it by its beginning
    expect(didYouMean('claim', words)).toBeNull();
    expect(didYouMean('fake lies', words)).toBeNull(); // four letters: too many words are a slip from another
    expect(didYouMean('truth', words)).toBeNull(); // two slips from "trump": too many for five letters
    expect(didYouMean('unconfirmed', words)).toBeNull(); // "confirmed" with letters added: another word
    expect(didYouMean('Putins', words)).toBeNull();
    expect(didYouMean('record', words)).toBeNull();
    expect(didYouMean('Bundestag Київ', words)).toBeNull();
  });

  it('looks at a few unknown words of a long search, not all', () => {
    const long = Array.from({ length: 300 }, () => 'Peskv').join(' ');
    const out = didYouMean(long, words)!.split(' ');
    expect(out.filter((w) => w === 'Peskov')).toHaveLength(8);
  });
});
