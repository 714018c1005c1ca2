/**
 * `npm run ingest`: reads seeds/, writes content/articles/*.json and content/claims/*.mdx.
 *
 * Options: see COMMAND below (`npm run ingest -- --help`). Exit code 1 with one message per
 * problem when an author's page is invalid, the seeds folder is missing or gives no article, or
 * the content folder cannot be written — and then nothing is written; 2 for a usage error.
 * Warnings about unreadable or empty seeds go to stderr and the run goes on with the others.
 */
import { spawn } from 'node:child_process';
import module from 'node:module';
import { availableParallelism, constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParseArgsOptionsConfig } from 'node:util';
import { commandLine, usageError, wholeNumber, type Command } from '../cli-args.ts';

// Node's on-disk compile cache (keyed by each file's source hash, so never stale): a rerun skips
// stripping types from and compiling the pipeline's modules again, which halves start-up. Set
// in the environment so the re-executed process and its worker threads use it too.
process.env['NODE_COMPILE_CACHE'] ??= join(tmpdir(), 'crosscheck-compile-cache');
module.enableCompileCache?.(process.env['NODE_COMPILE_CACHE']);

const COMMAND = {
  usage: 'npm run ingest -- [options]',
  summary: 'Reads the seed articles, finds and matches their claims, and writes content/articles/*.json and one fact-check page per claim in content/claims/*.mdx, keeping what authors edited there.',
  options: {
    seeds: { type: 'string', default: process.env['CROSSCHECK_SEEDS_DIR'] || 'seeds' },
    content: { type: 'string', default: process.env['CROSSCHECK_CONTENT_DIR'] || 'content' },
    cache: { type: 'string', default: process.env['CROSSCHECK_INGEST_CACHE'] || '.cache/ingest' },
    'no-cache': { type: 'boolean', default: false },
    workers: { type: 'string', default: 'auto' },
  },
  help: [
    ['--seeds <dir>', 'folder of seed articles (default: seeds, or $CROSSCHECK_SEEDS_DIR)'],
    ['--content <dir>', 'folder for articles/ and claims/ (default: content, or $CROSSCHECK_CONTENT_DIR)'],
    ['--cache <dir>', 'per-seed cache (default: .cache/ingest, or $CROSSCHECK_INGEST_CACHE)'],
    ['--no-cache', 'compute everything; read and write no cache'],
    ['--workers <n|auto>', 'threads analysing seeds besides the main one (auto: one per further core, when many seeds changed)'],
  ],
  notes: ['CROSSCHECK_TIMINGS=1 prints how long each stage took.'],
} satisfies Command<ParseArgsOptionsConfig>;

const { values } = commandLine(COMMAND);
for (const flag of ['seeds', 'content', 'cache'] as const) {
  if (values[flag].trim() === '') usageError(COMMAND, `--${flag} needs a folder`);
}
let workers: number | 'auto' = 'auto';
let workersWarning = '';
if (values.workers !== 'auto') {
  const n = wholeNumber('--workers', values.workers, 0);
  if (typeof n === 'string') usageError(COMMAND, `${n} (or "auto")`);
  // More threads than cores only adds start-up time and memory (each loads the language model).
  workers = Math.min(n, availableParallelism());
  if (workers < n) workersWarning = `warning: --workers ${n}: this machine has ${availableParallelism()} cores; using ${workers}`;
}

// V8 sizes the young generation by the machine's memory (128 MB on a large machine); a smaller
// one keeps ingest's resident memory down at no cost in speed. Such flags must be given at start,
// so the CLI starts itself once more with them (unless already given, or CROSSCHECK_INGEST_REEXEC=0).
// `--expose-gc` lets the pipeline collect garbage between its stages (pipeline/run-ingest.ts),
// so the heap does not have to grow to hold one stage's garbage and the next stage's data.
const FLAGS = ['--max-semi-space-size=16', '--expose-gc'];
if (!process.execArgv.some((a) => a.startsWith('--max-semi-space-size')) && process.env['CROSSCHECK_INGEST_REEXEC'] !== '0') {
  const child = spawn(process.execPath, [...process.execArgv, ...FLAGS, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  // A signal to this process is the run's (a supervisor's SIGTERM, a time limit): passed on, so
  // no ingest outlives the command that started it.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  const code = await new Promise<number>((resolve) => child.on('exit', (status, signal) => resolve(status ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1))));
  process.exit(code);
}

if (workersWarning) console.warn(workersWarning);
const { runIngest } = await import('./pipeline/run-ingest.ts');
const { cannotWrite } = await import('./fs/folders.ts');

const started = performance.now();
let result: ReturnType<typeof runIngest>;
try {
  result = runIngest({
    seedsDir: values.seeds,
    contentDir: values.content,
    cacheDir: values['no-cache'] ? null : values.cache,
    workers,
    progress: true,
  });
} catch (error) {
  // A folder that became unwritable mid-run (the disk filled up, was remounted read-only):
  // the staged files are gone, the pages on disk are as they were.
  const message = cannotWrite(error);
  if (message === null) throw error;
  console.error(`error: ${message}`);
  console.error('ingest failed; nothing was written.');
  process.exit(1);
}
for (const w of result.warnings) console.warn(`warning: ${w}`);
if (result.errors.length > 0) {
  for (const e of result.errors) console.error(`error: ${e}`);
  console.error(`ingest failed: ${result.errors.length} problem(s); nothing was written.`);
  process.exit(1);
}
const ms = Math.round(performance.now() - started);
console.log(
  `ingest: ${result.articles} articles → ${result.claims} claims; ${result.written.length} file(s) changed (${ms} ms)`,
);
