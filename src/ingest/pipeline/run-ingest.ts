/**
 * One ingest run: seeds/ → article records + claim pages under content/.
 *
 * Everything is computed in memory first; files are written only when the whole run succeeded,
 * each atomically and only if its bytes changed. A bad author edit stops the run before any
 * write, so content/ is never left half-updated.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readSeeds } from '../read-seeds.ts';
import { parseArticle } from '../parse/parse-article.ts';
import { splitArticle } from '../sentences/split-sentences.ts';
import { buildClaims, type ArticleWithSentences } from './build-claims.ts';
import { applyClaims } from '../merge/apply.ts';
import { writeIfChanged } from '../fs/atomic-write.ts';
import type { ArticleRecord } from '../../schema/article.ts';

export interface IngestOptions {
  seedsDir: string;
  contentDir: string;
}

export interface IngestResult {
  articles: number;
  claims: number;
  written: string[];
  warnings: string[];
  errors: string[];
}

/** Serialises an article record deterministically (stable key order, trailing newline). */
export function articleJson(record: ArticleRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

export function runIngest({ seedsDir, contentDir }: IngestOptions): IngestResult {
  const { seeds, warnings } = readSeeds(seedsDir);
  const corpus: ArticleWithSentences[] = [];
  const records: ArticleRecord[] = [];
  const seenIds = new Set<string>();
  for (const seed of seeds) {
    if (seenIds.has(seed.id)) {
      warnings.push(`${join(seedsDir, seed.file)}: skipped: another seed already has the id "${seed.id}"`);
      continue;
    }
    seenIds.add(seed.id);
    const article = parseArticle(seed);
    if (article.blocks.length === 0 && article.title === '') {
      warnings.push(`${join(seedsDir, seed.file)}: skipped: no article text left after removing page furniture`);
      continue;
    }
    const split = splitArticle(article);
    corpus.push({ article, sentences: split.sentences });
    records.push({
      ...article,
      titleSentences: split.titleSentences,
      blocks: article.blocks.map((b, i) => ({ ...b, sentences: split.blockSentences[i] ?? [] })),
    });
  }

  const generated = buildClaims(corpus);
  const claimsDir = join(contentDir, 'claims');
  const articlesDir = join(contentDir, 'articles');
  mkdirSync(claimsDir, { recursive: true });
  const applied = applyClaims(contentDir, generated);
  if (applied.errors.length > 0) {
    return { articles: records.length, claims: 0, written: [], warnings, errors: applied.errors.map(String) };
  }

  const written: string[] = [];
  mkdirSync(articlesDir, { recursive: true });
  const keep = new Set<string>();
  for (const record of records) {
    const path = join(articlesDir, `${record.id}.json`);
    keep.add(`${record.id}.json`);
    if (writeIfChanged(path, articleJson(record))) written.push(path);
  }
  // Article records are derived data: one whose seed is gone is removed (claim pages keep quotes).
  for (const name of readdirSync(articlesDir)) {
    if (name.endsWith('.json') && !keep.has(name)) rmSync(join(articlesDir, name));
  }
  for (const w of applied.writes) if (writeIfChanged(w.path, w.text)) written.push(w.path);
  return { articles: records.length, claims: generated.length, written, warnings, errors: [] };
}
