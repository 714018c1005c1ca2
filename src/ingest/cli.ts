/**
 * `npm run ingest`: reads seeds/, writes content/articles/*.json and content/claims/*.mdx.
 *
 * Options: --seeds <dir> (default seeds), --content <dir> (default content),
 * --cache <dir> (default .cache/ingest, or $CROSSCHECK_INGEST_CACHE; see pipeline/ingest-cache.ts),
 * --no-cache (compute everything; read and write no cache), --workers <n|auto> (worker threads
 * analysing seeds besides the main thread; auto: one per further core when many seeds need it).
 * Exit code 1 with one message per problem when an author's page is invalid; warnings about
 * unreadable or empty seeds go to stderr and the run continues with the other seeds.
 */
import { spawnSync } from 'node:child_process';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// Node's on-disk compile cache (keyed by each file's source hash, so never stale): a rerun skips
// stripping types from and compiling the pipeline's modules again, which halves start-up. Set
// in the environment so the re-executed process and its worker threads use it too.
process.env['NODE_COMPILE_CACHE'] ??= join(tmpdir(), 'crosscheck-compile-cache');
module.enableCompileCache?.(process.env['NODE_COMPILE_CACHE']);

// V8 sizes the young generation by the machine's memory (128 MB on a large machine); a smaller
// one keeps ingest's resident memory down at no cost in speed. Such flags must be given at start,
// so the CLI starts itself once more with them (unless already given, or CROSSCHECK_INGEST_REEXEC=0).
// `--expose-gc` lets the pipeline collect garbage between its stages (pipeline/run-ingest.ts),
// so the heap does not have to grow to hold one stage's garbage and the next stage's data.
const FLAGS = ['--max-semi-space-size=16', '--expose-gc'];
if (!process.execArgv.some((a) => a.startsWith('--max-semi-space-size')) && process.env['CROSSCHECK_INGEST_REEXEC'] !== '0') {
  const child = spawnSync(process.execPath, [...process.execArgv, ...FLAGS, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(child.status ?? 1);
}

const { runIngest } = await import('./pipeline/run-ingest.ts');

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    content: { type: 'string', default: 'content' },
    cache: { type: 'string', default: process.env['CROSSCHECK_INGEST_CACHE'] || '.cache/ingest' },
    'no-cache': { type: 'boolean', default: false },
    workers: { type: 'string', default: 'auto' },
  },
});

const workers = values.workers === 'auto' ? 'auto' : Number(values.workers);
if (workers !== 'auto' && !(Number.isInteger(workers) && workers >= 0)) {
  console.error(`error: --workers takes a whole number or "auto", not "${values.workers}"`);
  process.exit(2);
}
const started = performance.now();
const result = runIngest({
  seedsDir: values.seeds,
  contentDir: values.content,
  cacheDir: values['no-cache'] ? null : values.cache,
  workers,
  progress: true,
});
for (const w of result.warnings) console.warn(`warning: ${w}`);
if (result.errors.length > 0) {
  for (const e of result.errors) console.error(`error: ${e}`);
  console.error(`ingest failed: ${result.errors.length} problem(s) in content/; nothing was written.`);
  process.exit(1);
}
const ms = Math.round(performance.now() - started);
console.log(
  `ingest: ${result.articles} articles → ${result.claims} claims; ${result.written.length} file(s) changed (${ms} ms)`,
);
