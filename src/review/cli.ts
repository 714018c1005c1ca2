/**
 * `npm run review`: what an editor should look at after a build.
 *
 * Reads content/claims (live, so edits made since the build count) and the review state the last
 * ingest wrote (content/.crosscheck/review.json, for which pages that build created), then prints
 * tables: pages awaiting review (the new ones first), engine/author disagreements, author-held
 * titles and notes the build has generated anew since, low-confidence verdicts, retired pages,
 * validation errors.
 * Exits 0 whatever it finds: it reports, it does not gate; 2 for a usage error or when there is
 * no claims folder to review.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import { commandLine, usageError, wholeNumber, type Command } from '../cli-args.ts';
import { displayPath, readAllPages } from '../ingest/merge/apply.ts';
import { summarizeRaw } from '../ingest/merge/merge-page.ts';
import type { PageSummary } from '../ingest/merge/merge-page.ts';
import { formatPageError, meantField } from '../ingest/merge/read-page.ts';
import { LOW_CONFIDENCE, REVIEW_STATE_PATH, awaitsReview, isDisagreement, isLowConfidence, isOutdated } from '../ingest/merge/review-state.ts';
import type { ReviewState } from '../ingest/merge/review-state.ts';

const COMMAND = {
  usage: 'npm run review -- [options]',
  summary:
    'Lists what an editor should look at after a build: new claims, engine/author disagreements, low-confidence verdicts, retired pages and invalid pages (read live from the claim pages).',
  options: { content: { type: 'string' }, limit: { type: 'string', default: '50' }, all: { type: 'boolean', default: false } },
  help: [
    ['--content <dir>', 'the content folder holding claims/ (default: content, or $CROSSCHECK_CONTENT_DIR)'],
    ['--limit <n>', 'rows shown per table (default 50)'],
    ['--all', 'show every row'],
  ],
} satisfies Command<ParseArgsOptionsConfig>;

const { values } = commandLine(COMMAND);
// CROSSCHECK_CONTENT is the variable's earlier name, still read.
const contentDir = values.content ?? (process.env['CROSSCHECK_CONTENT_DIR'] || process.env['CROSSCHECK_CONTENT'] || 'content');
const limit = values.all ? Infinity : wholeNumber('--limit', values.limit, 1);
if (typeof limit === 'string') usageError(COMMAND, limit);
const claimsDir = join(contentDir, 'claims');
if (!existsSync(claimsDir) || !statSync(claimsDir).isDirectory()) {
  usageError(COMMAND, `no claims folder at ${displayPath(claimsDir)}: give --content the folder that ingest writes (it holds claims/), or run npm run ingest first`);
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

function table(headers: string[], rows: string[][]): string[] {
  if (rows.length === 0) return ['  (none)'];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    `  ${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')}`.trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

const conf = (p: PageSummary): string => (p.engine ? p.engine.confidence.toFixed(2) : '—');

const pages = readAllPages(contentDir);
const errors = pages.flatMap((p) => p.errors);
// A page with errors is listed under Validation errors only: its verdict may be "maybe", its
// status anything, so it counts as neither active nor retired, nor as a disagreement.
const summaries = pages.filter((p) => p.raw !== null && p.errors.length === 0).map((p) => summarizeRaw(p.slug, p.raw!));

let state: ReviewState | null = null;
const statePath = join(contentDir, REVIEW_STATE_PATH);
if (existsSync(statePath)) {
  try {
    state = JSON.parse(readFileSync(statePath, 'utf8')) as ReviewState;
  } catch (error) {
    // Ingest writes it whole (atomically): a broken one was edited or damaged; the next ingest rewrites it.
    console.error(`warning: ${displayPath(statePath)}: cannot be read (${error instanceof Error ? error.message : String(error)}); which pages the last build created is not known until the next ingest rewrites it`);
    state = null;
  }
}

const out: string[] = [];
const active = summaries.filter((s) => s.status === 'active').length;
const invalid = pages.length - summaries.length;
out.push(
  `Crosscheck review: ${displayPath(join(contentDir, 'claims'))} — ${pages.length} page(s), ${active} active, ${summaries.length - active} retired` +
    (invalid > 0 ? `, ${invalid} with errors (see Validation errors)` : ''),
);

/** The line saying how many of `count` rows were left out, if any. */
const overflow = (count: number): string[] => (count > limit ? [`  … and ${count - limit} more (npm run review -- --all)`] : []);
const section = (title: string, headers: string[], rows: string[][]): void => {
  out.push('', `${title} (${rows.length})`, ...table(headers, rows.slice(0, limit)), ...overflow(rows.length));
};

// Every generated page no editor has decided or reviewed yet, read live from the pages (a page
// reviewed since the build leaves the list at once); those the last build created come first.
const created = new Set((state?.newClaims ?? []).map((e) => e.slug));
const waiting = summaries.filter(awaitsReview).sort((a, b) => Number(created.has(b.slug)) - Number(created.has(a.slug)));
section(
  'Awaiting review',
  ['SLUG', 'NEW', 'VERDICT', 'CONF', 'TITLE'],
  waiting.map((s) => [s.slug, created.has(s.slug) ? 'new' : '', s.verdict, conf(s), clip(s.title, 64)]),
);
section(
  'Engine/author disagreements',
  ['SLUG', 'AUTHOR', 'ENGINE', 'CONF', 'TITLE'],
  summaries.filter(isDisagreement).map((s) => [s.slug, s.verdict, s.engine!.verdict, conf(s), clip(s.title, 60)]),
);
// The author's title or body stands; the build has since generated a new one (engine.outdated):
// worth a look, in case the evidence moved. Deleting the entry from the page clears it.
section(
  'Your title or notes: the build has generated a new version since',
  ['SLUG', 'CHANGED', 'TITLE'],
  summaries.filter(isOutdated).map((s) => [s.slug, s.outdated!.join(', '), clip(s.title, 64)]),
);
section(
  `Low-confidence verdicts (< ${LOW_CONFIDENCE})`,
  ['SLUG', 'VERDICT', 'CONF', 'TITLE'],
  summaries.filter(isLowConfidence).map((s) => [s.slug, s.verdict, conf(s), clip(s.title, 70)]),
);
section(
  'Retired (no seed carries the claim any more)',
  ['SLUG', 'VERDICT', 'TITLE'],
  summaries.filter((s) => s.status === 'retired').map((s) => [s.slug, s.verdict, clip(s.title, 70)]),
);
// A field of the author's own that is one slip from a known one (`reviewer:` beside
// `reviewedBy`) passes ingest — it may well be meant — but may not say what the author thinks.
const nearMisses = pages.flatMap((p) =>
  Object.keys(p.raw ?? {}).flatMap((key) => {
    const meant = meantField(key);
    return meant?.how === 'typo' ? [[p.slug, key, meant.field]] : [];
  }),
);
if (nearMisses.length > 0) section('Fields of your own that look like known ones (the build ignores them)', ['SLUG', 'FIELD', 'DID YOU MEAN'], nearMisses);
out.push('', `Validation errors (${errors.length})`);
if (errors.length === 0) out.push('  (none)');
else out.push(...errors.slice(0, limit).map((e) => `  ${formatPageError(e)}`), ...overflow(errors.length));

console.log(out.join('\n'));
process.exitCode = 0;
