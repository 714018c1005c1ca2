import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { fastFrontmatter, readFastFrontmatter } from '../../../src/ingest/emit/claim-mdx.ts';

const text = fc.oneof(
  fc.constantFrom(
    '', ' ', 'a', 'yes', 'No', 'null', '~', 'true', '1', '-1', '0.5', '1e3', '2024-12-02', 'a: b', 'x #y', '- a', '[]', '{}',
    '"a"', "'a'", 'a\nb', 'a \nb', '\t', '\u0000', '\u0085', '\u2028', '\ufeff', 'émile', '“Quoted,” he said.', 'a\\b',
    'k: v', 'key:', '  indented', '00073_91567078', '00016_b8a22a83',
  ),
  fc.string({ maxLength: 16 }),
);
const scalar = fc.oneof(text, fc.integer(), fc.constantFrom(0.6, 0.875, -0, 1e21, null, true, false));
const key = fc.constantFrom('title', 'verdict', 'appearances', 'source', 'quote', 'slug', 'engine', 'authored', 'x', 'y', 'a b', '1');
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    { weight: 4, arbitrary: scalar },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(key, tie('value'), { maxKeys: 3 }) },
  ),
})).value;
const frontmatter = fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 });

/** What readPage gets from the library for frontmatter text (null: errors). */
function libraryRead(yaml: string): unknown {
  const doc = parseDocument(yaml, { uniqueKeys: true });
  return doc.errors.length > 0 ? null : doc.toJS();
}

/** Small edits an author might make, or that break the layout. */
const edit = fc.record({
  at: fc.nat(),
  what: fc.constantFrom('# note\n', '\n', ' ', '  ', '- ', ': ', '"', "'", '#', 'x', 'extra: 1\n', '\t', '---\n', '[', '{}'),
  remove: fc.nat({ max: 3 }),
});

describe('reading frontmatter in the fast writer’s layout', () => {
  it('gives the data written, as the library reads it', () => {
    let read = 0;
    fc.assert(
      fc.property(frontmatter, (fm) => {
        const yaml = fastFrontmatter(fm);
        if (yaml === null) return;
        const data = readFastFrontmatter(yaml);
        expect(data).not.toBeNull();
        read++;
        expect(data).toEqual(libraryRead(yaml));
      }),
      { numRuns: 3000 },
    );
    expect(read).toBeGreaterThan(500);
  });

  it('reads edited text as the library does, or leaves it to the library', () => {
    let taken = 0;
    fc.assert(
      fc.property(frontmatter, fc.array(edit, { minLength: 1, maxLength: 3 }), (fm, edits) => {
        const written = fastFrontmatter(fm);
        if (written === null) return;
        let yaml: string = written;
        for (const e of edits) {
          const pos: number = e.at % (yaml.length + 1);
          yaml = yaml.slice(0, pos) + e.what + yaml.slice(pos + e.remove);
        }
        const data = readFastFrontmatter(yaml);
        if (data === null) return;
        taken++;
        expect(data).toEqual(libraryRead(yaml));
      }),
      { numRuns: 5000 },
    );
    expect(taken).toBeGreaterThan(50);
  });
});
