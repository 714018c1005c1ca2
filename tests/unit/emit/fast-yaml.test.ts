import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fastFrontmatter, serializeFrontmatter } from '../../../src/ingest/emit/claim-mdx.ts';
import { doubleQuoted } from '../../../src/ingest/emit/fast-yaml.ts';

function takesFastPath(fm: Record<string, unknown>): boolean {
  try {
    return fastFrontmatter(fm) !== null;
  } catch {
    return false;
  }
}

/** Both paths of serializeFrontmatter: the fast writer (when it takes the value) and the `yaml` library. */
function both(fm: Record<string, unknown>): [string | Error, string | Error] {
  const run = (fast: boolean): string | Error => {
    try {
      return serializeFrontmatter(fm, { fast });
    } catch (e) {
      return e as Error;
    }
  };
  return [run(true), run(false)];
}

const tricky = fc.constantFrom(
  '', ' ', 'a', 'yes', 'No', 'null', '~', 'true', 'NaN', '.inf', '1', '-1', '0x1F', '0o7', '1e3', '2024-12-02', '12:30',
  'a: b', 'x #y', '#x', '- a', '-', '?', '? a', ',a', '[a]', '{a}', '&a', '*a', '!a', '|a', '>a', "'a'", '"a"', '%a', '@a',
  '`a', 'a:', 'a ', ' a', '---', '...', '--- a', 'a\nb', 'a \nb', 'a\n b', '\n', '\t', 'a\tb', '\u0000', '\u0007', '\u000b',
  '\u001b', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ufffe', '\u007f', '\u0090', '“quoted”', 'it’s', 'O\'Brien',
  'Said “no”, he said.', 'A — b – c', '00019_bda23262', 'émile', '記事', '😀', 'a\\b', 'a"b', "a'b", 'a"b\'c', 'x: y: z', 'import x',
);
const text = fc.oneof(
  { weight: 3, arbitrary: tricky },
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.array(tricky, { maxLength: 4 }).map((a) => a.join(' ')) },
  { weight: 2, arbitrary: fc.array(tricky, { maxLength: 4 }).map((a) => a.join('')) },
);
const scalar = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 0.6, 0.875, 1e21, 5e-324, 123456789.125) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);
const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('title', 'verdict', 'source', 'quote', 'sentence', 'speaker', 'slug', 'engine', 'authored') },
  { weight: 1, arbitrary: text },
);
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: scalar },
    // Undefined: left out of objects, refused in arrays (both paths must agree).
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(key, tie('value'), { maxKeys: 3 }) },
  ),
})).value;
const frontmatter = fc.dictionary(key, value, { maxKeys: 5 });

describe('fast frontmatter writer', () => {
  it('writes the same bytes as the yaml library, or the same error', () => {
    let taken = 0;
    fc.assert(
      fc.property(frontmatter, (fm) => {
        if (takesFastPath(fm)) taken++;
        const [fast, slow] = both(fm);
        if (slow instanceof Error) expect(fast).toBeInstanceOf(Error);
        else expect(fast).toBe(slow);
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(500);
  });

  it('writes claim pages like the library', () => {
    let taken = 0;
    const appearance = fc.record({
      source: fc.oneof(text, fc.constantFrom('00019_bda23262', '000_162f6c77a6da3359')),
      quote: text,
      sentence: fc.nat(),
      outlet: fc.option(text),
      date: fc.option(fc.constantFrom('2023-09-17', '2024-12-02')),
      speaker: fc.option(text),
      role: fc.option(text),
      attribution: fc.constantFrom('named', 'anonymous', 'none'),
      via: fc.option(text),
      stance: fc.constantFrom('asserts', 'reports', 'denies', 'declines'),
    });
    const page = fc.record({
      title: text,
      verdict: fc.constantFrom('disputed', 'confirmed', 'unattributed'),
      appearances: fc.array(appearance, { maxLength: 3 }),
      reasons: fc.array(text, { maxLength: 3 }),
      related: fc.array(fc.record({ slug: text, relation: fc.constantFrom('disputes', 'disputed-by') }), { maxLength: 2 }),
      engine: fc.record({
        verdict: fc.constantFrom('disputed', 'confirmed', 'unattributed'),
        confidence: fc.constantFrom(0.6, 0.75, 0.8, 0.875, 1, 0.333),
        title: text,
        summaryHash: fc.stringMatching(/^[0-9a-f]{16}$/),
        authored: fc.option(fc.subarray(['title', 'verdict', 'body']), { nil: undefined }),
      }),
    });
    fc.assert(
      fc.property(page, (fm) => {
        if (takesFastPath(fm)) taken++;
        const [fast, slow] = both(fm);
        if (slow instanceof Error) expect(fast).toBeInstanceOf(Error);
        else expect(fast).toBe(slow);
      }),
      { numRuns: 2000 },
    );
    // Most generated pages must take the fast path, or this test proves little.
    expect(taken).toBeGreaterThan(1000);
  });

  it('takes data as given, leaving out undefined properties as the normalisation does', () => {
    const cases: Array<Record<string, unknown>> = [
      { a: undefined },
      { a: 1, b: undefined },
      { a: { b: undefined } },
      { a: { b: undefined, c: 'x' } },
      { a: [{ b: 1, c: undefined }] },
      { a: [{ b: undefined }] },
      { a: [undefined] },
      { a: [1, , 2] }, // eslint-disable-line no-sparse-arrays
      { a: Number.NaN },
      { a: 'x\uD800' },
      JSON.parse('{"__proto__": 1}') as Record<string, unknown>,
      Object.assign(Object.create(null) as Record<string, unknown>, { a: 'b' }),
      { a: new Date(0) },
    ];
    for (const fm of cases) {
      const [fast, slow] = both(fm);
      if (slow instanceof Error) expect(fast).toBeInstanceOf(Error);
      else expect(fast).toBe(slow);
    }
  });

  it('double-quotes like yaml: short escapes, escaped space before a newline', () => {
    expect(doubleQuoted('a \nb')).toBe('"a\\ \\nb"');
    expect(doubleQuoted('\u0000\u0007\u000b\u001b\u0001\u00a0')).toBe('"\\0\\a\\v\\e\\x01\u00a0"');
  });
});
