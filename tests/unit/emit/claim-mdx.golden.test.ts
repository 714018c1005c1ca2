/**
 * Golden files for the claim page emitter: input frontmatter + body → exact `.mdx` text in
 * tests/golden/emit/<name>.mdx. Regenerate with `UPDATE_GOLDEN=1 npx vitest run tests/unit/emit`.
 *
 * Each golden file is also read back under both MDX compilers (see mdx-harness.ts): no MDX
 * syntax, same structure, same text, same frontmatter.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Root } from 'mdast';
import {
  blockquote,
  emphasis,
  heading,
  link,
  list,
  paragraph,
  parseFrontmatterYaml,
  renderClaimMdx,
  strong,
  summaryToMdast,
  tidyBody,
} from '../../../src/ingest/emit/claim-mdx.ts';
import { expectedBlocks, FORBIDDEN_TYPES, readBack, shapeOf } from '../security/mdx-harness.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../golden/emit');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

interface GoldenCase {
  name: string;
  frontmatter: Record<string, unknown>;
  body: Root;
}

const appearance = {
  source: '000_162f6c77a6da3359',
  quote:
    'Kremlin spokesman Dmitry Peskov rejected the allegations on Monday as “simply false information,” following a Washington Post report suggesting Trump had urged Putin to avoid further escalation.',
  sentence: 3,
  outlet: 'TASS',
  date: '2024-12-02',
  speaker: 'Dmitry Peskov',
  role: 'Kremlin spokesman',
  attribution: 'named',
  via: null,
  stance: 'denies',
};

const CASES: GoldenCase[] = [
  {
    name: 'basic-claim',
    frontmatter: {
      title: 'Putin and Trump held a phone call about the Ukraine conflict',
      verdict: 'disputed',
      status: 'active',
      appearances: [appearance],
      reasons: ['The Kremlin denies the call.', 'The report relies on anonymous sources.'],
      related: [{ slug: 'trump-urged-putin-not-to-escalate', relation: 'related' }],
      engine: { verdict: 'disputed', confidence: 0.82 },
    },
    body: summaryToMdast([
      'The Washington Post reported the call, citing anonymous sources; the Kremlin called the report “simply false information.”',
      paragraph('Verdict: ', strong('disputed'), '. See ', link('/claims/trump-urged-putin-not-to-escalate/', 'the related claim'), '.'),
      heading(2, 'Why'),
      list(['The Kremlin denies the call.', ['The report relies on ', emphasis('anonymous'), ' sources.']]),
    ]),
  },
  {
    name: 'hostile-body',
    frontmatter: { title: 'Hostile text in the body', verdict: 'unattributed' },
    body: summaryToMdast([
      "import x from 'y'",
      'export const a = 1',
      'export default function Page() { return null }',
      '{process.exit(1)}',
      'Text with {an expression} inside and a } stray brace',
      '<script>alert(1)</script>',
      '<Verdict />',
      'Inline <Verdict verdict="confirmed" /> component',
      'www.example.com<Verdict />',
      '---',
      'title: not frontmatter\n---',
      '<!-- an HTML comment -->',
      '# not a heading',
      '> not a quote',
      '* not a list',
      '1. not a list either',
      '```js\nnot code\n```',
      '`not code`',
      '*not emphasis* and _not emphasis_ and **not strong**',
      '~~not deleted~~ ~nor this~',
      '| not | a table |\n| --- | --- |',
      'a\n:-:',
      '[not a link](javascript:alert(1)) and ![not an image](x.png)',
      '[^not-a-footnote]',
      '  leading spaces and trailing spaces  ',
      'back\\slash \\* \\\\ and entity-like &amp; &#x69; &lt;script&gt;',
      'line one\nimport y from "z"\nline three',
      'paragraph\n\nwith a blank line inside',
    ]),
  },
  {
    name: 'hostile-frontmatter',
    frontmatter: {
      title: 'He said "no" and \'yes\': #1 — it\'s “simply false”',
      verdict: 'confirmed',
      appearances: [
        {
          ...appearance,
          quote: "import x from 'y'\nexport const a = 1\n---\n{process.exit(1)}",
          outlet: '---',
          speaker: 'yes',
          role: 'null',
          via: '2024-12-02',
          date: null,
        },
      ],
      reasons: [
        '- looks like a list',
        '? looks like a key',
        'a: b',
        ' leading space',
        'trailing space ',
        '',
        '~',
        '0o17',
        '0b101',
        '1_000',
        '.inf',
        '*alias',
        '&anchor',
        '!!js/function',
        '%YAML 1.2',
        '<<',
        '+++',
        '...',
        'tab\there',
        'nul\u0000 and bell\u0007',
        'crlf\r\nline',
        'nel\u0085 ls\u2028 ps\u2029 bom\ufeff',
      ],
      reviewedBy: 'O’Brien',
      reviewed: new Date('2024-12-03T00:00:00Z'),
      'a key: with colon': 'loose author field',
      y: 'y',
    },
    body: summaryToMdast(['Body.']),
  },
  {
    name: 'long-quote',
    frontmatter: {
      title: 'A long quote is not folded',
      verdict: 'unattributed',
      appearances: [{ ...appearance, quote: `${'A very long sentence, '.repeat(40)}end.` }],
    },
    body: summaryToMdast([`${'A very long paragraph, '.repeat(40)}end.`]),
  },
  {
    name: 'unicode',
    frontmatter: {
      title: 'Emoji 😀👍🏽👨‍👩‍👧🇺🇦, RTL שלום עולם مرحبا, combining e\u0301 Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
      verdict: 'confirmed',
    },
    body: summaryToMdast([
      'Emoji 😀 👍🏽 👨‍👩‍👧 🇺🇦',
      'Right-to-left: שלום עולם and مرحبا بالعالم, with an override \u202e here\u202c.',
      'Combining marks: e\u0301 and Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
      'No-break\u00a0space, zero\u200bwidth, snake_case and ܐ_𐅹',
      paragraph(strong('«quoted»'), ' ', emphasis('𞻰')),
    ]),
  },
  {
    name: 'quote-block',
    frontmatter: { title: 'Quotes shown as quotes', verdict: 'disputed' },
    body: summaryToMdast([
      blockquote("import x from 'y'", ['Said ', strong('Peskov'), ': “simply false information”']),
      list(['first', '{second}', '<third />'], { ordered: true }),
    ]),
  },
  {
    name: 'empty-body',
    frontmatter: { title: 'No body', verdict: 'unattributed', appearances: [], reasons: [], related: [] },
    body: summaryToMdast([]),
  },
];

describe('renderClaimMdx golden files', () => {
  for (const c of CASES) {
    test(c.name, () => {
      const doc = renderClaimMdx(c.frontmatter, c.body);
      const file = join(GOLDEN_DIR, `${c.name}.mdx`);
      if (UPDATE || !existsSync(file)) {
        if (!UPDATE) throw new Error(`missing golden file ${file}; run with UPDATE_GOLDEN=1`);
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(file, doc);
      }
      expect(doc).toBe(readFileSync(file, 'utf8'));

      // Rendering is deterministic.
      expect(renderClaimMdx(c.frontmatter, c.body)).toBe(doc);

      // And what the file says is exactly what went in.
      const report = readBack(doc);
      const body = tidyBody(c.body);
      for (const view of [report.mdxjs, report.satteri]) {
        expect([...view.types].filter((t) => FORBIDDEN_TYPES.has(t))).toEqual([]);
      }
      expect(report.mdxjs.shape).toEqual(shapeOf(body));
      expect(report.mdxjs.blocks).toEqual(expectedBlocks(body));
      if (report.satteri.externalLinks === 0) {
        expect(report.satteri.shape).toEqual(shapeOf(body));
        expect(report.satteri.blocks).toEqual(expectedBlocks(body));
      }
      const yaml = /^---\n([\s\S]*?\n)---\n/.exec(doc)?.[1] ?? '';
      const parsed = parseFrontmatterYaml(yaml) as Record<string, unknown>;
      expect(parsed).toEqual(c.frontmatter);
      expect(Object.keys(parsed)).toEqual(Object.keys(c.frontmatter));
      expect(report.astroFrontmatter).toEqual(c.frontmatter);
    });
  }
});

describe("golden files through Astro's own MDX renderer", () => {
  test('compile to a module that imports only the JSX runtime and uses no component', async () => {
    // The processor astro.config.mjs sets (Sätteri, smart punctuation off), GFM on as in Astro.
    const renderer = await satteri({ features: { smartPunctuation: false } }).createMdxRenderer!(
      { syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: false },
      { optimize: false, srcDir: new URL('../../../src/', import.meta.url), sourcemap: false },
    );
    for (const c of CASES) {
      const doc = readFileSync(join(GOLDEN_DIR, `${c.name}.mdx`), 'utf8');
      const { frontmatter, content } = parseFrontmatter(doc, { frontmatter: 'empty-with-spaces' });
      const { code } = await renderer.process(content, `/site/content/claims/${c.name}.mdx`, frontmatter);
      const imports = code.split('\n').filter((line) => /^\s*import\b/.test(line));
      expect(imports.length, c.name).toBeGreaterThan(0);
      expect(imports.every((line) => line.endsWith('from "astro/jsx-runtime";')), c.name).toBe(true);
      expect(code, c.name).not.toMatch(/_missingMdxReference|const \{[^}]*\} = _components/);
    }
  });
});

