/**
 * The hostile seed corpus (tests/fixtures/hostile): its manifest, README table and folder
 * agree; the seed reader's skip decisions match the manifest; and the text of every entry that
 * becomes a page goes through the MDX emitter as inert, exact text.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSeeds } from '../../../src/ingest/read-seeds.ts';
import type { ReadSeedsResult } from '../../../src/ingest/read-seeds.ts';
import { renderClaimMdx, summaryToMdast, tidyBody } from '../../../src/ingest/emit/claim-mdx.ts';
import {
  HOSTILE_ROOT,
  LONG_LINE_CHARS,
  loadManifest,
  materializeHostileCorpus,
} from '../../fixtures/hostile/corpus.ts';
import type { MaterializedCorpus } from '../../fixtures/hostile/corpus.ts';
import { expectedBlocks, FORBIDDEN_TYPES, readBack, shapeOf } from './mdx-harness.ts';

const manifest = loadManifest();
let target: string;
let corpus: MaterializedCorpus;
let read: ReadSeedsResult;

beforeAll(() => {
  target = mkdtempSync(join(tmpdir(), 'crosscheck-hostile-'));
  corpus = materializeHostileCorpus(target);
  // Root reads a mode-000 file anyway: then make that one read fail the way it would for a user.
  const readFile = (file: string): Uint8Array => {
    if (corpus.runningAsRoot && basename(file) === 'unreadable.txt') {
      throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
    }
    return readFileSync(file);
  };
  read = readSeeds(corpus.seedDir, { readFile });
});
afterAll(() => {
  rmSync(target, { recursive: true, force: true });
});

describe('hostile corpus', () => {
  test('has at least 15 entries, README table and manifest agree', () => {
    expect(manifest.entries.length).toBeGreaterThanOrEqual(15);
    const readme = readFileSync(join(HOSTILE_ROOT, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([^`]+)` \| [^|]+ \| (page|skipped|ignored) \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(manifest.entries.map((e) => [e.name, e.outcome]));
  });

  test('the folder holds exactly the manifest entries', () => {
    expect(readdirSync(corpus.seedDir).sort()).toEqual(manifest.entries.map((e) => e.name).sort());
    const committed = manifest.entries.filter((e) => e.origin === 'committed').map((e) => e.name);
    expect(readdirSync(join(HOSTILE_ROOT, 'seeds')).sort()).toEqual(committed.sort());
    const long = read.seeds.find((s) => s.file === 'long-line-100k.txt');
    expect(long?.text.split('\n').some((line) => line.length === LONG_LINE_CHARS)).toBe(true);
  });

  test("the seed reader's decisions match the manifest", () => {
    for (const entry of manifest.entries) {
      const seed = read.seeds.find((s) => s.file === entry.name);
      const warnings = read.warnings.filter((w) => w.includes(`/${entry.name}: `));
      switch (entry.outcome) {
        case 'page':
          expect(warnings, entry.name).toEqual([]);
          expect(seed, entry.name).toBeDefined();
          for (const literal of entry.literal ?? []) expect(seed!.text, `${entry.name}: ${literal}`).toContain(literal);
          expect(seed!.text).not.toMatch(/\r/);
          break;
        case 'skipped': {
          expect(seed, entry.name).toBeUndefined();
          expect(warnings, entry.name).toHaveLength(1);
          const reason = warnings[0]!.slice(warnings[0]!.indexOf(': skipped: ') + ': skipped: '.length);
          expect(reason, entry.name).toMatch(new RegExp(entry.reason ?? '^$'));
          break;
        }
        case 'ignored':
          expect(seed, entry.name).toBeUndefined();
          expect(warnings, entry.name).toEqual([]);
          break;
      }
    }
  });

  test('page entries: every paragraph, as body and as quoted frontmatter, comes out inert and exact', () => {
    const pages = manifest.entries.filter((e) => e.outcome === 'page');
    for (const entry of pages) {
      const seed = read.seeds.find((s) => s.file === entry.name);
      if (!seed) throw new Error(`${entry.name} was not read`);
      const paragraphs = seed.text.split(/\n{2,}/).filter((p) => p.trim() !== '');
      const frontmatter = {
        title: paragraphs[0]!.slice(0, 160),
        verdict: 'unattributed',
        appearances: paragraphs.map((quote, sentence) => ({ source: seed.id, quote, sentence, speaker: null })),
      };
      const body = summaryToMdast(paragraphs);
      const doc = renderClaimMdx(frontmatter, body);
      const report = readBack(doc);
      const tidy = tidyBody(body);
      for (const view of [report.mdxjs, report.satteri]) {
        expect([...view.types].filter((t) => FORBIDDEN_TYPES.has(t)), entry.name).toEqual([]);
      }
      expect(report.mdxjs.shape, entry.name).toEqual(shapeOf(tidy));
      expect(report.mdxjs.blocks, entry.name).toEqual(expectedBlocks(tidy));
      if (report.satteri.externalLinks === 0) {
        expect(report.satteri.blocks, entry.name).toEqual(expectedBlocks(tidy));
      }
      expect(report.astroFrontmatter, entry.name).toEqual(frontmatter);
    }
    expect(existsSync(manifest.canaryFile)).toBe(false);
  });
});
