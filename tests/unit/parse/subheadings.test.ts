import { describe, it, expect } from 'vitest';
import { looksLikeSubheading, toBlocks } from '../../../src/ingest/parse/subheadings.ts';

describe('subheadings: shape', () => {
  it.each([
    'No signals from the West, says Kremlin',
    'Putin Denies talks amid war escalation',
    'Kremlin Denies Ukrainian Territory Held With Trump',
    'Zelensky’s Stand Against The Concessions',
    'What happens next',
    'Background',
  ])('subheading: %s', (line) => {
    expect(looksLikeSubheading(line)).toBe(true);
  });

  it.each([
    'Forecasters expect more rain on Monday.',
    'Is this the end?',
    'He added:',
    'and the talks continue',
    'One two three four five six seven eight nine ten eleven twelve thirteen',
  ])('paragraph: %s', (line) => {
    expect(looksLikeSubheading(line)).toBe(false);
  });
});

describe('subheadings: position in the body', () => {
  it('marks short headings between paragraphs, keeps text verbatim', () => {
    expect(toBlocks(['Lede text.', 'A Heading Here', 'More  text\u00A0here.'])).toEqual([
      { kind: 'paragraph', text: 'Lede text.' },
      { kind: 'subheading', text: 'A Heading Here' },
      { kind: 'paragraph', text: 'More  text\u00A0here.' },
    ]);
  });

  it('a run of short lines is not a run of headings', () => {
    expect(toBlocks(['Lede text.', 'Olga Ivshina', 'BBC Russian', 'Body text here.']).map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'subheading',
      'paragraph',
    ]);
  });

  it('never makes the lede or the last line a subheading', () => {
    expect(toBlocks(['Short first line', 'Body.', 'Short last line']).map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });
});
