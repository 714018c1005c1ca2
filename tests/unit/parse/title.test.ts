import { describe, it, expect } from 'vitest';
import { looksLikeKicker, looksLikeTitle, takeTitle } from '../../../src/ingest/parse/title.ts';

describe('title: headline-shaped lines', () => {
  it.each([
    'Russia refutes reports of Putin-Trump call over Ukraine conflict',
    'No phone calls between Trump and Putin. The Kremlin denies it',
    'Kremlin says report is “simply false”',
    '“Simply false”: Kremlin denies call',
    "'We slept on the floor of Terminal 2': Stranded Norvale passengers describe a day without answers",
  ])('title: %s', (line) => {
    expect(looksLikeTitle(line)).toBe(true);
  });

  it.each([
    ['a full sentence', 'The Kremlin has denied US media reports that Putin spoke with Trump.'],
    ['ends inside quotes', 'Peskov called the report “false.”'],
    ['too many words', 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty 21 22 23'],
    ['too long', `Kremlin ${'x'.repeat(130)}`],
    ['lower-case start', 'and then the Kremlin denied it'],
    ['one word', 'Exclusive'],
    ['ends with a colon', 'Peskov told reporters:'],
  ])('not a title: %s', (_why, line) => {
    expect(looksLikeTitle(line)).toBe(false);
  });
});

describe('title: taking it from the text lines', () => {
  it('takes a headline from the top', () => {
    expect(takeTitle(['Kremlin denies call', 'The Kremlin denied it.'])).toEqual({
      title: 'Kremlin denies call',
      body: ['The Kremlin denied it.'],
    });
  });

  it("keeps a lede as the body's first paragraph", () => {
    const lines = ['The Kremlin denied it on Monday.', 'More text.'];
    expect(takeTitle(lines)).toEqual({ title: '', body: lines });
  });

  it('does not make a lone line a title', () => {
    expect(takeTitle(['Kremlin denies call'])).toEqual({ title: '', body: ['Kremlin denies call'] });
    expect(takeTitle([])).toEqual({ title: '', body: [] });
  });

  it('drops a one-word kicker above a headline', () => {
    expect(looksLikeKicker('EXCLUSIVE')).toBe(true);
    expect(takeTitle(['EXCLUSIVE', 'Court blocks pipeline', 'A court ruled.'])).toEqual({
      title: 'Court blocks pipeline',
      body: ['A court ruled.'],
    });
  });
});
