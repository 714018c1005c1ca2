import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSeeds } from '../../../src/ingest/read-seeds.ts';
import { parseArticle } from '../../../src/ingest/parse/parse-article.ts';
import { isFurniture } from '../../../src/ingest/parse/furniture.ts';
import { parseMetaLine } from '../../../src/ingest/parse/metadata.ts';

/**
 * Golden records: for every seed in seeds/, tests/golden/articles/<id>.json holds the
 * expected ParsedArticle. Run with UPDATE_GOLDEN=1 to rewrite them — then read the diff.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const seedDir = path.join(root, 'seeds');
const goldenDir = path.join(root, 'tests/golden/articles');
const update = process.env['UPDATE_GOLDEN'] === '1';
const { seeds, warnings } = readSeeds(seedDir);

describe('golden: seeds/ → ParsedArticle', () => {
  it('reads every seed cleanly', () => {
    expect(warnings).toEqual([]);
    expect(seeds.length).toBeGreaterThan(0);
  });

  it('has no golden file without a seed', () => {
    const ids = new Set(seeds.map((s) => s.id));
    const orphans = fs.existsSync(goldenDir)
      ? fs.readdirSync(goldenDir).filter((f) => f.endsWith('.json') && !ids.has(f.slice(0, -5)))
      : [];
    expect(orphans).toEqual([]);
  });

  for (const seed of seeds) {
    const goldenFile = path.join(goldenDir, `${seed.id}.json`);

    it(`${seed.file} matches its golden record`, () => {
      const actual = parseArticle(seed);
      if (update) {
        fs.mkdirSync(goldenDir, { recursive: true });
        fs.writeFileSync(goldenFile, `${JSON.stringify(actual, null, 2)}\n`);
        return;
      }
      expect(fs.existsSync(goldenFile), `missing ${goldenFile}; run with UPDATE_GOLDEN=1`).toBe(true);
      expect(actual).toEqual(JSON.parse(fs.readFileSync(goldenFile, 'utf8')));
    });

    it(`${seed.file}: body is verbatim, with no furniture or metadata`, () => {
      const a = parseArticle(seed);
      const lines = seed.text.split('\n');
      for (const text of [a.title, ...a.blocks.map((b) => b.text)].filter((t) => t !== '')) {
        expect(lines.some((l) => l.includes(text)), text).toBe(true);
        expect(isFurniture(text), text).toBe(false);
        expect(parseMetaLine(text), text).toBeNull();
      }
      if (a.dateText !== null) expect(seed.text).toContain(a.dateText);
      for (const field of [a.outlet, a.via, a.byline, ...a.credits]) if (field !== null) expect(seed.text).toContain(field);
    });
  }
});
