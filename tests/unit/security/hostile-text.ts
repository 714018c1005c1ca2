/** Hostile text fragments and fast-check arbitraries shared by the security tests. */
import fc from 'fast-check';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { blockquote, emphasis, heading, link, list, paragraph, strong, text } from '../../../src/ingest/emit/claim-mdx.ts';

/** Text that means something to Markdown, MDX, GFM, HTML or YAML, or is awkward Unicode. */
export const HOSTILE_FRAGMENTS: readonly string[] = [
  // MDX ESM / expressions / JSX
  "import x from 'y'",
  'export const a = 1',
  'export default function X() { return 1 }',
  "import{a}from'b'",
  'export{a}',
  'import',
  'export ',
  '\nimport fs from "node:fs"\n',
  '\nexport const b = 2\n',
  '{process.exit(1)}',
  '{',
  '}',
  '{/* c */}',
  '${x}',
  '<script>alert(1)</script>',
  '<Verdict />',
  '<Verdict verdict="confirmed">x</Verdict>',
  '</p>',
  '<>',
  '</>',
  '<',
  '>',
  '<a href="javascript:alert(1)">x</a>',
  '<!-- -->',
  '<!--',
  '-->',
  // Markdown block syntax
  '---',
  '***',
  '___',
  '===',
  '# ',
  '#',
  '> ',
  '- ',
  '+ ',
  '* ',
  '1. ',
  '1) ',
  '    code',
  '```',
  '```js',
  '~~~',
  '[x](y)',
  '![i](j.png)',
  '[a]: /b',
  '[^1]',
  '[^1]: note',
  // inline syntax
  '*',
  '**',
  '_',
  '__',
  '`',
  '``',
  '\\',
  '\\\\',
  '\\n',
  '&amp;',
  '&#x69;',
  '&#105;',
  '&lt;script&gt;',
  '&copy',
  '&;',
  // GFM
  '|',
  '| a | b |',
  ':-:',
  '-:',
  ':-',
  '~',
  '~~x~~',
  '- [ ] task',
  // other extensions
  '$x$',
  '$$',
  '^',
  '=',
  ':::',
  '[[wiki]]',
  // YAML-looking
  'title: x',
  'a: b',
  '? x',
  '%YAML 1.2',
  '!!js/function',
  '&anchor',
  '*alias',
  '<<',
  'yes',
  'null',
  '~',
  '2024-12-02',
  '0x1F',
  '0o17',
  '1_000',
  '.inf',
  // whitespace and line ends
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\t',
  '  ',
  '    ',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u0085',
  '\ufeff',
  '\u000b',
  '\u000c',
  '\u0000',
  '\u200b',
  // emoji, RTL, combining marks
  '😀',
  '👍🏽',
  '👨‍👩‍👧',
  '🇺🇦',
  'שלום עולם',
  'مرحبا بالعالم',
  '\u202e',
  '\u200f',
  '\u2066',
  'e\u0301',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  '"',
  "'",
  '“simply false”',
  '’',
];

/**
 * Bare URLs and e-mail addresses. Sätteri (GFM) turns them into links read from the raw
 * source, so texts holding them are checked for safety but not for exact text under Sätteri;
 * they are kept rare so most documents get the exact check under both compilers.
 */
export const URL_FRAGMENTS: readonly string[] = [
  'www.example.com',
  'http://evil.example/x',
  'https://x.y/a_b~c*d',
  'a@b.co',
  '<http://x.y>',
];

/** Arbitrary well-formed Unicode text mixed with hostile fragments. */
export const hostileString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 400, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
      { weight: 200, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
      { weight: 100, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      { weight: 100, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 8 }) },
      { weight: 100, arbitrary: fc.constantFrom(' ', 'a', 'Peskov said', '.', ',') },
      { weight: 2, arbitrary: fc.constantFrom(...URL_FRAGMENTS) },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''));

const nonEmptyHostile = hostileString.filter((s) => s.length > 0);

const internalUrl = fc.constantFrom('/claims/a-claim/', '/articles/000_x/#s-3', '#s-12', '/', '/search/?q=a&b=c', "/x_(y)/");

const inlineNode: fc.Arbitrary<PhrasingContent> = fc.oneof(
  { weight: 4, arbitrary: hostileString.map((s) => text(s)) },
  { weight: 1, arbitrary: nonEmptyHostile.map((s) => strong(s)) },
  { weight: 1, arbitrary: nonEmptyHostile.map((s) => emphasis(s)) },
  { weight: 1, arbitrary: fc.tuple(internalUrl, nonEmptyHostile).map(([u, s]) => link(u, s)) },
);

const inlineRun = fc.array(inlineNode, { minLength: 1, maxLength: 4 });

const blockNode: fc.Arbitrary<RootContent> = fc.oneof(
  { weight: 5, arbitrary: inlineRun.map((run) => paragraph(...run)) },
  { weight: 2, arbitrary: fc.array(inlineRun, { minLength: 1, maxLength: 4 }).map((items) => list(items)) },
  {
    weight: 1,
    arbitrary: fc.array(inlineRun, { minLength: 1, maxLength: 3 }).map((items) => list(items, { ordered: true })),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(2, 3, 4) as fc.Arbitrary<2 | 3 | 4>, inlineRun).map(([d, run]) => heading(d, ...run)) },
  { weight: 1, arbitrary: fc.array(inlineRun, { minLength: 1, maxLength: 2 }).map((ps) => blockquote(...ps)) },
);

/** A claim body: 1–6 blocks of hostile text. */
export const hostileBody: fc.Arbitrary<Root> = fc
  .array(blockNode, { minLength: 1, maxLength: 6 })
  .map((children) => ({ type: 'root', children }));

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: isoDate },
);

const hostileKey = fc
  .oneof(fc.constantFrom('title', 'quote', 'y', 'n', 'yes', 'on', 'null', '<<', '? x', '- x', '#', 'a: b', ''), hostileString)
  .filter((k) => k !== '__proto__' && k !== 'layout');

/** Claim frontmatter in the shape of the schema, filled with hostile strings, plus loose keys. */
export const hostileFrontmatter: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    title: hostileString,
    verdict: fc.constantFrom('disputed', 'confirmed', 'unattributed'),
    status: fc.constantFrom('active', 'retired'),
    appearances: fc.array(
      fc.record({
        source: hostileString,
        quote: hostileString,
        sentence: fc.nat(),
        outlet: fc.option(hostileString, { nil: null }),
        date: fc.option(fc.oneof(hostileString, isoDate.map((d) => d.toISOString().slice(0, 10))), { nil: null }),
        speaker: fc.option(hostileString, { nil: null }),
        role: fc.option(hostileString, { nil: null }),
        attribution: fc.constantFrom('named', 'anonymous', 'none'),
        via: fc.option(hostileString, { nil: null }),
        stance: fc.constantFrom('asserts', 'reports', 'denies', 'declines'),
      }),
      { maxLength: 3 },
    ),
    reasons: fc.array(hostileString, { maxLength: 3 }),
    engine: fc.record({ verdict: fc.constantFrom('disputed', 'confirmed'), confidence: fc.double({ min: 0, max: 1, noNaN: true }) }),
    reviewed: fc.oneof(isoDate, hostileString),
    extra: fc.dictionary(hostileKey, fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), { maxKeys: 3 }),
  })
  .map(({ extra, ...known }) => {
    // Loose (author) keys first would reorder the known ones; put them after.
    const out: Record<string, unknown> = { ...known };
    for (const [k, v] of Object.entries(extra)) if (!(k in out)) out[k] = v;
    return out;
  });
