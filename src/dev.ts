/**
 * `npm run dev`: live editing. Ingests the seeds once, starts `astro dev`, and re-runs the ingest
 * (debounced) whenever a file in seeds/ changes. Astro's dev server reloads pages by itself when
 * the MDX and JSON files in content/ change, so author edits to claim pages show up at once too.
 *
 * Options after `--` go to `astro dev` (e.g. `npm run dev -- --port 3000`).
 * CROSSCHECK_SEEDS_DIR / CROSSCHECK_CONTENT_DIR point at other folders.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { resolve } from 'node:path';
import { helpText } from './cli-args.ts';

if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
  console.log(
    helpText({
      usage: 'npm run dev -- [astro dev options]',
      summary:
        'Ingests the seeds, serves the site with live reload (astro dev), and ingests again whenever a file in the seeds folder changes; edits to claim pages show at once.',
      options: {},
      help: [
        ['--port <n>', 'port to serve on (astro dev; every option is passed to it)'],
        ['--host [address]', 'listen on the network too (astro dev)'],
      ],
      notes: ['Environment: CROSSCHECK_SEEDS_DIR and CROSSCHECK_CONTENT_DIR point at other folders.'],
    }),
  );
  process.exit(0);
}

const root = resolve(import.meta.dirname, '..');
const seedsDir = resolve(root, process.env['CROSSCHECK_SEEDS_DIR'] ?? 'seeds');
const contentDir = resolve(root, process.env['CROSSCHECK_CONTENT_DIR'] ?? 'content');
const DEBOUNCE_MS = 300;

function log(message: string): void {
  console.log(`[dev] ${message}`);
}

/** Run the ingest CLI in a child process with this Node; resolves with its exit code. */
function ingest(): Promise<number> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve(root, 'src/ingest/cli.ts'), '--seeds', seedsDir, '--content', contentDir], {
      cwd: root,
      stdio: 'inherit',
    });
    child.on('error', (error) => {
      log(`ingest could not start: ${error.message}`);
      done(1);
    });
    child.on('close', (code) => {
      const ms = Math.round(performance.now() - started);
      if (code === 0) log(`ingest done in ${ms} ms`);
      else log(`ingest failed (exit code ${code}); the site keeps the last good content`);
      done(code ?? 1);
    });
  });
}

/** Re-run ingest after a quiet period; never two at once (a change during a run queues one more). */
function debouncedIngest(): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      await ingest();
    } while (again);
    running = false;
  };
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };
}

function startAstro(): ChildProcess {
  const astroBin = resolve(root, 'node_modules/astro/bin/astro.mjs');
  return spawn(process.execPath, [astroBin, 'dev', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CROSSCHECK_CONTENT_DIR: contentDir },
  });
}

async function main(): Promise<void> {
  if (!existsSync(seedsDir)) {
    console.error(`[dev] no seeds folder at ${seedsDir}`);
    process.exit(1);
  }
  await ingest();
  const astro = startAstro();
  const schedule = debouncedIngest();
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(seedsDir, { recursive: true }, (_event, file) => {
      if (file && /(^|\/)\.|~$|\.swp$/.test(String(file))) return; // editor temp files
      log(`seeds changed${file ? ` (${String(file)})` : ''}; re-ingesting`);
      schedule();
    });
  } catch (error) {
    log(`cannot watch ${seedsDir}: ${error instanceof Error ? error.message : String(error)}`);
  }
  log(`watching ${seedsDir}`);

  const stop = (code: number) => {
    watcher?.close();
    if (astro.exitCode === null) astro.kill('SIGTERM');
    process.exit(code);
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  astro.on('exit', (code) => {
    watcher?.close();
    process.exit(code ?? 0);
  });
}

await main();
