import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decidedWithoutParsing, isPlainSafe, isPlainSafeByParsing, plainVerdict } from '../../../src/ingest/emit/plain-scalar.ts';
import { serializeFrontmatter } from '../../../src/ingest/emit/claim-mdx.ts';

/** The prose rule predates the parse and is kept as it was (it quotes `yEs`); every other answer is the parse's. */
const PROSE = /^\p{L}[\p{L}\p{M}\p{N} ,.’‘“”()\-–—$;?/]*(?<! )$/u;

const pieces = fc.constantFrom(
  ...'aZé記0179 :#-?,[]{}&*!|>\'"%@`~.+_<=\\/()“”‘’…—–«»'.split(''),
  '\t', '\n', '\r', '\u0000', '\u0085', '\u00a0', '\u2028', '\u200b', '\ufeff', '\u3000', '😀', '\u0301',
  'yes', 'No', 'ON', 'null', 'Null', 'true', 'FALSE', 'y', 'n', '.inf', '.NaN', '0x1F', '0o7', '0b101', '1_000',
  '12:30', '1e3', '2024-12-02', '2024-12-02T10:00:00Z', '00073_91567078', '00016_b8a22a83', '<<', '---', '...',
  ': ', ' #', 'import', 'said: “no”', '+0o17', '-0o7', '0x_1F', '+0b1_0', '0o', '0x', '1:20', '1_2:3',
);
const candidate = fc.oneof(
  { weight: 4, arbitrary: fc.array(pieces, { maxLength: 6 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

describe('plain scalars decided without a parse', () => {
  it('give the parse’s answer', () => {
    fc.assert(
      fc.property(candidate, (value) => {
        if (PROSE.test(value)) return;
        expect(isPlainSafe(value)).toBe(isPlainSafeByParsing(value));
      }),
      { numRuns: 20_000 },
    );
  });

  it('call simple only what the library writes plain as it is', () => {
    let simple = 0;
    fc.assert(
      fc.property(candidate, (value) => {
        if (plainVerdict(value) !== 'simple') return;
        simple++;
        expect(isPlainSafeByParsing(value)).toBe(true);
        expect(serializeFrontmatter({ k: value }, { fast: false })).toBe(`k: ${value}\n`);
      }),
      { numRuns: 5_000 },
    );
    expect(simple).toBeGreaterThan(500);
  });

  it('quote what Astro’s reader (js-yaml) alone takes for a number or a date', () => {
    for (const value of ['+0o17', '-0o7', '0x_1F', '+0x1F', '-0b101', '+0b1_0', '2001-12-14t21:59:43.10-05:00']) {
      expect(isPlainSafeByParsing(value)).toBe(false);
      expect(isPlainSafe(value)).toBe(false);
      expect(serializeFrontmatter({ k: value })).toBe(`k: "${value}"\n`);
    }
  });

  it('write plain no short string of the characters numbers, nulls and booleans are made of that a parse reads otherwise', () => {
    // Every string of up to three of these characters and a few others: "e7" is prose to the rule
    // for prose, and a float to YAML 1.1. (The rules may quote more than the parse asks: "oN".)
    const chars = ['-', '+', '.', '~', '<', '0', '7', 'n', 'N', 't', 'T', 'f', 'F', 'a', 'x', 'o', 'b', 'e', '_', ':', ' ', 'I', 'u', 'l', 'y', 'Y'];
    const wrong: string[] = [];
    const visit = (s: string): void => {
      if (s !== '' && isPlainSafe(s) && !isPlainSafeByParsing(s)) wrong.push(s);
      if (s.length < 3) for (const c of chars) visit(s + c);
    };
    visit('');
    expect(wrong).toEqual([]);
  });

  it('may skip keywords longer than the longest: lower-casing never shortens a string', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (c.toLowerCase().length < c.length) throw new Error(`U+${cp.toString(16)} gets shorter`);
    }
    expect('ΣΑΣ'.toLowerCase().length).toBe(3); // final sigma: context, same length
  });

  it('take prose for simple plain text', () => {
    const prose = fc.array(fc.constantFrom(...'aZé記0 ,.’‘“”()-–—$;?/'.split(''), 'ü', 'ـ'), { maxLength: 12 }).map((cs) => `A${cs.join('')}`);
    fc.assert(
      fc.property(prose, (value) => {
        if (!PROSE.test(value)) return;
        const verdict = plainVerdict(value);
        expect(verdict).not.toBe('quoted');
        if (verdict === 'simple') expect(serializeFrontmatter({ k: value }, { fast: false })).toBe(`k: ${value}\n`);
      }),
      { numRuns: 3000 },
    );
  });

  it('cover what claim pages hold', () => {
    const values = [
      '“There are no specific plans at the moment,” said Stenport Palace spokeswoman Sabine Halilovic.',
      'Mr. Brenovic said: “There are no concrete plans at the moment.”',
      'He called it "a lie" [sic] & more…',
      '00016_b8a22a83',
      '00073_91567078',
      '2023-09-16',
      'The Kesvale Observer',
    ];
    for (const value of values) {
      expect(decidedWithoutParsing(value) || /^\d/.test(value)).toBe(true);
      expect(isPlainSafe(value)).toBe(isPlainSafeByParsing(value));
    }
    expect(decidedWithoutParsing('“Quoted,” he said.')).toBe(true);
    expect(decidedWithoutParsing('00016_b8a22a83')).toBe(true);
    expect(decidedWithoutParsing('said: “no”')).toBe(true);
  });
});
