/**
 * The whole ingest over the hostile corpus (tests/fixtures/hostile): every entry either becomes
 * an article whose text is kept literally, or is skipped with a warning naming the file and the
 * reason; no emitted page holds code; nothing runs; the same input gives the same bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadManifest, materializeHostileCorpus, type MaterializedCorpus } from '../../fixtures/hostile/corpus.ts';
import { runIngest, type IngestResult } from '../../../src/ingest/pipeline/run-ingest.ts';
import { seedId } from '../../../src/ingest/read-seeds.ts';
import { FORBIDDEN_TYPES, readBack } from './mdx-harness.ts';
import type { ArticleRecord } from '../../../src/schema/article.ts';

const manifest = loadManifest();
let root: string;
let corpus: MaterializedCorpus;
let first: IngestResult;
let second: IngestResult;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cc-hostile-'));
  corpus = materializeHostileCorpus(root);
  first = runIngest({ seedsDir: corpus.seedDir, contentDir: join(root, 'content-a') });
  second = runIngest({ seedsDir: corpus.seedDir, contentDir: join(root, 'content-b') });
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const idOf = seedId;
const articleText = (dir: string, id: string): string | null => {
  const path = join(dir, 'articles', `${id}.json`);
  if (!existsSync(path)) return null;
  const record = JSON.parse(readFileSync(path, 'utf8')) as ArticleRecord;
  return [record.title, ...record.blocks.map((b) => b.text)].join('\n');
};

describe('each hostile seed gets its stated outcome', () => {
  it('ingest finishes without errors', () => {
    expect(first.errors).toEqual([]);
  });

  for (const entry of manifest.entries) {
    it(`${entry.name}: ${entry.outcome}`, () => {
      const warning = first.warnings.find((w) => w.includes(entry.name));
      if (entry.outcome === 'skipped') {
        // Root reads a mode-000 file; the reader's refusal is tested with an injected failure.
        if (entry.name === 'unreadable.txt' && corpus.runningAsRoot) return;
        expect(warning, `a warning names ${entry.name}`).toBeDefined();
        const reason = warning!.slice(warning!.indexOf(': skipped: ') + ': skipped: '.length);
        expect(reason).toMatch(new RegExp(entry.reason!));
      } else if (entry.outcome === 'page') {
        const text = articleText(join(root, 'content-a'), idOf(entry.name));
        expect(text, `an article record for ${entry.name}`).not.toBeNull();
        for (const literal of entry.literal ?? []) expect(text).toContain(literal);
      } else {
        expect(warning).toBeUndefined();
        expect(articleText(join(root, 'content-a'), idOf(entry.name))).toBeNull();
      }
    });
  }
});

describe('no seed text becomes code', () => {
  it('every claim page compiles as MDX with no ESM, expression or JSX node', () => {
    const dir = join(root, 'content-a', 'claims');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const report = readBack(readFileSync(join(dir, page), 'utf8'));
      for (const view of [report.mdxjs, report.satteri]) {
        for (const type of view.types) expect(FORBIDDEN_TYPES.has(type), `${page}: ${type}`).toBe(false);
      }
    }
  });

  it('the canary file a successful injection would write does not exist', () => {
    expect(existsSync(manifest.canaryFile)).toBe(false);
    expect(existsSync(join(root, manifest.canaryFile))).toBe(false);
  });
});

describe('determinism', () => {
  it('the same seeds give byte-identical content in two folders', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => statSync(join(dir, f)).isFile())
        .sort();
    const a = join(root, 'content-a');
    const b = join(root, 'content-b');
    expect(files(b)).toEqual(files(a));
    for (const f of files(a)) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
    expect(second.warnings).toEqual(first.warnings);
  });
});
