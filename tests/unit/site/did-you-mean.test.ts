import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../../src/site/did-you-mean.ts';
import { searchableTexts, wordsByFrequency } from '../../../src/site/search-words.ts';
import { buildSiteModel } from '../../../src/site/model.ts';
import { article, claim } from './records.ts';

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

  it('come from the active claims (titles, quotes, speakers, outlets) and the articles, not retired claims', () => {
    const model = buildSiteModel(
      [
        claim('call', { title: 'Putin and Trump spoke', appearances: [{ source: 'a', quote: 'Peskov denied the call.', sentence: 1, speaker: 'Dmitry Peskov', attribution: 'named', stance: 'denies', outlet: 'Reuters' }] }),
        claim('gone', { title: 'Retiredword claim', status: 'retired', appearances: [{ source: 'a', quote: 'Retiredword here.', sentence: 2, speaker: null, attribution: 'none', stance: 'asserts' }] }),
      ],
      [article('a', { title: 'Kremlin call report' })],
    );
    const words = new Set(wordsByFrequency(searchableTexts(model), 1000));
    for (const w of ['putin', 'trump', 'peskov', 'dmitry', 'reuters', 'kremlin', 'report']) expect(words.has(w), w).toBe(true);
    expect(words.has('retiredword')).toBe(false);
  });
});

describe('did you mean', () => {
  const vocabulary = ['the', 'peskov', 'kremlin', 'putin', 'trump', 'pesky', 'zelensky', 'kyiv', 'call', 'mar', 'lago'];

  it('corrects each unknown word to the most frequent word a slip away, keeping capitals and the rest', () => {
    expect(didYouMean('Peskv', vocabulary)).toBe('Peskov');
    expect(didYouMean('peskov denied the kremln call', [...vocabulary, 'denied'])).toBe('peskov denied the kremlin call');
    expect(didYouMean('Zelenksy', vocabulary)).toBe('Zelensky'); // two letters swapped: one slip
    expect(didYouMean('Kremlin Putn', vocabulary)).toBe('Kremlin Putin');
  });

  it('leaves known words, short words and words far from any alone (null when nothing changes)', () => {
    expect(didYouMean('Putin Trump', vocabulary)).toBeNull();
    expect(didYouMean('xq', vocabulary)).toBeNull();
    expect(didYouMean('Bundestag', vocabulary)).toBeNull();
    expect(didYouMean('kyv', vocabulary)).toBe('kyiv');
    expect(didYouMean('kyvv', vocabulary)).toBe('kyiv'); // a short word: one slip only
    expect(didYouMean('kvvv', vocabulary)).toBeNull();
  });
});
