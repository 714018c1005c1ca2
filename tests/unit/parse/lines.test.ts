import { describe, it, expect } from 'vitest';
import { logicalLines, splitLines } from '../../../src/ingest/parse/lines.ts';
import { collapseSpace, endsOpen, endsSentence, isBlank, startsCapitalised, trimLine, wordCount } from '../../../src/ingest/parse/shape.ts';

describe('shape helpers', () => {
  it('treats U+00A0, zero-width spaces and the BOM as blank', () => {
    for (const s of ['', ' ', '\t', '\u00A0', '\u00A0 \u00A0', '\u200B', '\uFEFF', '\u2003\u3000']) expect(isBlank(s)).toBe(true);
    expect(isBlank('\u00A0a')).toBe(false);
  });

  it('trims only the ends', () => {
    expect(trimLine('\u00A0 a  b\u00A0c \u200B')).toBe('a  b\u00A0c');
  });

  it('counts words across any whitespace', () => {
    expect(wordCount('a\u00A0b  c')).toBe(3);
    expect(collapseSpace(' a\u00A0\u00A0b ')).toBe('a b');
  });

  it('sees sentence ends inside closing quotes', () => {
    expect(endsSentence('He said “no.”')).toBe(true);
    expect(endsSentence('Is it true?')).toBe(true);
    expect(endsSentence('U.S. denies report')).toBe(false);
    expect(endsSentence('Peskov says “false”')).toBe(false);
    expect(endsOpen('He said:')).toBe(true);
  });

  it('sees capitals after opening quotes', () => {
    expect(startsCapitalised('“It’s untrue”')).toBe(true);
    expect(startsCapitalised('2024 in review')).toBe(true);
    expect(startsCapitalised('iPhone sales')).toBe(false);
  });
});

describe('lines: split into trimmed logical lines', () => {
  it('splits on LF, CRLF and CR, with 1-based numbers', () => {
    expect(splitLines('a\r\nb\rc\nd').map((l) => l.text)).toEqual(['a', 'b', 'c', 'd']);
    expect(splitLines('a\n\nb').map((l) => l.n)).toEqual([1, 2, 3]);
  });

  it('keeps Unicode line and paragraph separators inside a line: they are text, and quotes stay verbatim', () => {
    expect(splitLines('d\u2028e\u2029f').map((l) => l.text)).toEqual(['d\u2028e\u2029f']);
  });

  it('drops blank lines, including lines of U+00A0 only', () => {
    expect(logicalLines('One\n\n\u00A0\n \u00A0 \nTwo\n\t\n')).toEqual([
      { n: 1, text: 'One' },
      { n: 5, text: 'Two' },
    ]);
  });

  it('keeps the inside of a line verbatim (quotes, double spaces, U+00A0)', () => {
    const line = '  “Simply false,”  he said\u00A0today.  ';
    expect(logicalLines(line)[0]?.text).toBe('“Simply false,”  he said\u00A0today.');
  });

  it('strips a leading BOM as whitespace', () => {
    expect(logicalLines('\uFEFFTitle here\nBody.').map((l) => l.text)).toEqual(['Title here', 'Body.']);
  });
});
