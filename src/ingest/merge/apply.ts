/**
 * The merge stage: existing pages in content/claims + this run's GeneratedClaims → page texts.
 *
 * 1. Read and validate every existing page. Any error → nothing is written; the caller fails
 *    ingest with the messages (formatPageError).
 * 2. Match claims to pages (identity.ts), merge or create each page, retire pages whose claim is gone.
 * 3. Only then write, atomically, and only files whose text changed.
 */
import { mkdirSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { writeIfChanged } from '../fs/atomic-write.ts';
import { dirname, join, relative, isAbsolute } from 'node:path';
import type { GeneratedClaim } from '../types.ts';
import { assignSlugs, baseSlug } from './identity.ts';
import type { PageIdentity } from './identity.ts';
import { mergePage, newPage, retirePage, summarizeRaw } from './merge-page.ts';
import type { PageSummary } from './merge-page.ts';
import { readPage } from './read-page.ts';
import type { ExistingPage, PageError } from './read-page.ts';
import { REVIEW_STATE_PATH, buildReviewState, serializeReviewState } from './review-state.ts';
import type { ReviewState } from './review-state.ts';

export interface FileWrite {
  path: string;
  text: string;
}

export interface ApplyResult {
  /** Files whose text changes (new pages, merged pages, review state); empty when there are errors. */
  writes: FileWrite[];
  report: ReviewState;
  errors: PageError[];
  /** Every page after the merge, by slug (for callers that want to inspect). */
  pages: PageSummary[];
}

export interface ApplyOptions {
  /** Also write the changed files (default false: the caller writes `writes`, e.g. with writeIfChanged). */
  write?: boolean;
}

/** Path for messages: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Reads and validates every page of `<contentDir>/claims`, sorted by slug. */
export function readAllPages(contentDir: string): ExistingPage[] {
  const dir = join(contentDir, 'claims');
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const known = new Set(files.map((f) => f.slice(0, -4)));
  return files.map((f) => {
    const path = join(dir, f);
    return readPage(displayPath(path), f.slice(0, -4), readFileSync(path, 'utf8'), { knownSlugs: known });
  });
}

function identityOf(p: ExistingPage): PageIdentity {
  const raw = p.raw ?? {};
  const engine = raw['engine'] && typeof raw['engine'] === 'object' ? (raw['engine'] as Record<string, unknown>) : undefined;
  return {
    slug: p.slug,
    title: p.data?.title ?? '',
    engineTitle: typeof engine?.['title'] === 'string' ? engine['title'] : undefined,
    appearances: p.data?.appearances ?? [],
    handWritten: engine === undefined,
  };
}

/** Computes (and with `write: true` writes) the merge of `generated` into `<contentDir>/claims`. */
export function applyClaims(contentDir: string, generated: readonly GeneratedClaim[], options: ApplyOptions = {}): ApplyResult {
  const pages = readAllPages(contentDir);
  const errors = pages.flatMap((p) => p.errors);
  const statePath = join(contentDir, REVIEW_STATE_PATH);
  if (errors.length > 0) {
    const current = pages.map((p) => summarizeRaw(p.slug, p.raw ?? {}));
    return { writes: [], report: buildReviewState(current, new Set()), errors, pages: current };
  }

  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  const ids = assignSlugs(pages.map(identityOf), generated, bySlug.keys());
  // Proposed slug (as the engine uses it in `related`) → final slug. First claim wins on duplicates.
  const slugMap = new Map<string, string>();
  generated.forEach((c, i) => {
    for (const proposed of [c.slug, baseSlug(c.title)]) if (!slugMap.has(proposed)) slugMap.set(proposed, ids.slugs[i]!);
  });

  const out = new Map<string, { text: string; summary: PageSummary; old: string | null }>();
  const newSlugs = new Set<string>();
  generated.forEach((claim, i) => {
    const slug = ids.slugs[i]!;
    const page = bySlug.get(slug);
    if (page) {
      out.set(slug, { ...mergePage(page, claim, slugMap), old: page.text });
    } else {
      newSlugs.add(slug);
      out.set(slug, { ...newPage(claim, slug, slugMap), old: null });
    }
  });
  for (const page of pages) {
    if (out.has(page.slug)) continue;
    out.set(page.slug, { ...retirePage(page), old: page.text });
  }

  const dir = join(contentDir, 'claims');
  const writes: FileWrite[] = [];
  for (const slug of [...out.keys()].sort()) {
    const o = out.get(slug)!;
    if (o.text !== o.old) writes.push({ path: join(dir, `${slug}.mdx`), text: o.text });
  }
  const summaries = [...out.values()].map((o) => o.summary).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const report = buildReviewState(summaries, newSlugs);
  const stateText = serializeReviewState(report);
  const oldState = existsSync(statePath) ? readFileSync(statePath, 'utf8') : null;
  if (stateText !== oldState) {
    writes.push({ path: statePath, text: stateText });
    // Callers write `writes` with writeIfChanged, which expects the directory to exist.
    mkdirSync(dirname(statePath), { recursive: true });
  }

  if (options.write === true) writeAll(writes);
  return { writes, report, errors: [], pages: summaries };
}

/**
 * Writes the files of a merge, each atomically and only when its bytes changed (writeIfChanged).
 * Returns the paths actually written.
 */
export function writeAll(writes: readonly FileWrite[]): string[] {
  const written: string[] = [];
  for (const w of writes) {
    mkdirSync(dirname(w.path), { recursive: true });
    if (writeIfChanged(w.path, w.text)) written.push(w.path);
  }
  return written;
}
