/**
 * The last run over a content folder that found everything up to date (wrote nothing),
 * remembered so that a run with the same inputs over untouched output does nothing at all:
 * being deterministic, it would again write nothing. Inputs are every seed by content hash (the
 * seed cache's keys) and the ingest code (codeVersion); output is every claim page and article record, by the stat signatures
 * the content cache recorded when it last wrote or read them, and the review state.
 *
 * Any doubt means a full run: a seed added, removed or changed, an author's edit or new page,
 * a deleted record, a page the cache has no signature for.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.ts';
import { REVIEW_STATE_PATH } from '../merge/review-state.ts';
import { statSignatureOf } from '../fs/stat-signature.ts';
import { codeVersion, type ContentCache } from './ingest-cache.ts';

export interface RunMemo {
  /** inputsKey() of the run. */
  inputs: string;
  articles: number;
  claims: number;
  /** The run's own warnings (skipped seeds), replayed as they were. */
  warnings: string[];
  /** Stat signature of the review state the run left. */
  review: string;
}

/** One key for the seeds (file name and cache key each, in order) and the ingest code. */
export function inputsKey(seeds: ReadonlyArray<{ file: string; key: string }>, version = codeVersion()): string {
  const h = createHash('sha256').update(version);
  for (const s of seeds) h.update(`\n${s.file}\u0000${s.key}`);
  return h.digest('hex');
}

const memoPath = (cacheDir: string, contentDir: string): string =>
  join(cacheDir, `run-${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 16)}.json`);

export function loadRunMemo(cacheDir: string, contentDir: string): RunMemo | null {
  try {
    const m = JSON.parse(readFileSync(memoPath(cacheDir, contentDir), 'utf8')) as RunMemo;
    const ok =
      typeof m.inputs === 'string' && Number.isInteger(m.articles) && Number.isInteger(m.claims) &&
      Array.isArray(m.warnings) && m.warnings.every((w) => typeof w === 'string') && typeof m.review === 'string';
    return ok ? m : null;
  } catch {
    return null; // none yet, or damaged: a full run
  }
}

/** Remember a run that wrote nothing (the review state must be on disk). */
export function saveRunMemo(cacheDir: string, contentDir: string, memo: Omit<RunMemo, 'review'>): void {
  const review = statSignatureOf(join(contentDir, REVIEW_STATE_PATH));
  const path = memoPath(cacheDir, contentDir);
  if (review === null) {
    rmSync(path, { force: true });
    return;
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileAtomic(path, `${JSON.stringify({ ...memo, review } satisfies RunMemo)}\n`);
}

/** Forget the run: a run that goes on to change content/ (or fails half-way) leaves no memo behind. */
export function clearRunMemo(cacheDir: string, contentDir: string): void {
  rmSync(memoPath(cacheDir, contentDir), { force: true });
}

/** Names in `dir` ending with `ext`, without it. */
function names(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length));
}

/**
 * True when content/ holds exactly what the remembered run left: the same claim pages and
 * article records, each with the signature the content cache has for it, and the same review state.
 */
export function outputUntouched(contentDir: string, memo: RunMemo, cache: ContentCache): boolean {
  if (statSignatureOf(join(contentDir, REVIEW_STATE_PATH)) !== memo.review) return false;
  const claimsDir = join(contentDir, 'claims');
  const slugs = names(claimsDir, '.mdx');
  if (slugs.length !== cache.pageCount()) return false;
  for (const slug of slugs) {
    const sig = cache.pageSignature(slug);
    if (sig === undefined || sig === '' || statSignatureOf(join(claimsDir, `${slug}.mdx`)) !== sig) return false;
  }
  const articlesDir = join(contentDir, 'articles');
  const records = names(articlesDir, '.json');
  if (records.length !== memo.articles || records.length !== cache.fileCount('articles/')) return false;
  for (const id of records) {
    const sig = cache.fileSignature(`articles/${id}.json`);
    if (sig === undefined || statSignatureOf(join(articlesDir, `${id}.json`)) !== sig) return false;
  }
  return true;
}
