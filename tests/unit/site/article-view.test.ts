import { describe, expect, it } from 'vitest';
import {
  DERIVED_TITLE_MAX,
  displayTitle,
  firstSentenceEnd,
  formatDate,
  ledeSentence,
  segmentText,
  shorten,
  sortArticles,
} from '../../../src/site/article-view.ts';

type Block = { kind: 'paragraph' | 'subheading'; text: string; sentences: { n: number; start: number; end: number }[] };
const para = (text: string, sentences: Block['sentences'] = []): Block => ({ kind: 'paragraph', text, sentences });

describe('segmentText', () => {
  const text = 'One sentence. Two sentence.';

  it('wraps each sentence and keeps the gaps, losing no character', () => {
    const segs = segmentText(text, [
      { n: 4, start: 0, end: 13 },
      { n: 5, start: 14, end: 27 },
    ]);
    expect(segs).toEqual([{ text: 'One sentence.', n: 4 }, { text: ' ' }, { text: 'Two sentence.', n: 5 }]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('renders plain text when there are no offsets', () => {
    expect(segmentText(text, [])).toEqual([{ text }]);
    expect(segmentText('', [])).toEqual([{ text: '' }]);
  });

  it('ignores out-of-range, empty and overlapping offsets', () => {
    const segs = segmentText(text, [
      { n: 1, start: 0, end: 13 },
      { n: 2, start: 5, end: 20 },
      { n: 3, start: 20, end: 99 },
      { n: 4, start: 14, end: 14 },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.n !== undefined).map((s) => s.n)).toEqual([1]);
  });
});

describe('display titles', () => {
  it('uses the headline when there is one', () => {
    expect(displayTitle({ id: 'a', title: '  Kremlin denies call ', blocks: [] })).toBe('Kremlin denies call');
  });

  it('derives a title from the lede by sentence offsets', () => {
    const lede = 'Putin denies reports of a call. The Post had claimed it.';
    const t = displayTitle({ id: 'a', title: '', blocks: [para(lede, [{ n: 0, start: 0, end: 31 }, { n: 1, start: 32, end: 56 }])] });
    expect(t).toBe('Putin denies reports of a call');
  });

  it('derives a title heuristically without offsets, skipping abbreviations', () => {
    const lede = 'The U.S. and Mr. Smith met in 2024. Then nothing happened.';
    expect(ledeSentence({ blocks: [para(lede)] })).toBe('The U.S. and Mr. Smith met in 2024.');
    expect(firstSentenceEnd('No end here')).toBe(11);
  });

  it('skips subheadings and empty blocks to find the lede', () => {
    const blocks: Block[] = [{ kind: 'subheading', text: 'Heading', sentences: [] }, para('  '), para('Real lede. More.')];
    expect(displayTitle({ id: 'a', title: '', blocks })).toBe('Real lede');
  });

  it('shortens long ledes at a word boundary with an ellipsis', () => {
    const long = `${'word '.repeat(40)}end.`;
    const t = displayTitle({ id: 'a', title: '', blocks: [para(long)] });
    expect(t.length).toBeLessThanOrEqual(DERIVED_TITLE_MAX);
    expect(t.endsWith('word…')).toBe(true);
    expect(shorten('short')).toBe('short');
  });

  it('falls back to the id when there is no text at all', () => {
    expect(displayTitle({ id: 'x1', title: '', blocks: [] })).toBe('Article x1');
  });
});

describe('dates and order', () => {
  it('formats ISO dates in UTC', () => {
    expect(formatDate('2024-12-02')).toBe('2 December 2024');
    expect(formatDate(null)).toBeNull();
  });

  it('sorts newest first, undated last, ties by id', () => {
    const sorted = sortArticles([
      { id: 'c', date: null },
      { id: 'b', date: '2024-11-11' },
      { id: 'a', date: '2024-12-02' },
      { id: 'a0', date: null },
      { id: 'b0', date: '2024-11-11' },
    ]);
    expect(sorted.map((a) => a.id)).toEqual(['a', 'b', 'b0', 'a0', 'c']);
  });
});
