/**
 * `npm run build`: ingest the seeds, then build the site with Astro (Pagefind indexes it in
 * astro:build:done, see integrations/pagefind.ts).
 *
 * The two overlap: the ingest runs in a child process while this one loads Astro, the config
 * and Vite, which reads nothing from content/; the await-ingest integration holds Astro at its
 * first read of content/ until the ingest has exited. On two cores that hides most of Astro's
 * start-up (about 1.5 s) behind the ingest. A failed ingest fails the build and nothing is built.
 *
 * Options (as `astro build` names them): --config <file>, --outDir <dir>. CROSSCHECK_SEEDS_DIR /
 * CROSSCHECK_CONTENT_DIR point ingest and site at other folders; CROSSCHECK_INGEST=0 builds the
 * site from content/ as it is.
 */
import { spawn } from 'node:child_process';
import { relative, resolve } from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import { commandLine, type Command } from './cli-args.ts';
import { awaitIngest } from './integrations/await-ingest.ts';

const COMMAND = {
  usage: 'npm run build -- [options]',
  summary: 'Ingests the seeds (npm run ingest), then builds the static site into dist/ with Astro and indexes it for search with Pagefind.',
  options: { config: { type: 'string' }, outDir: { type: 'string' } },
  help: [
    ['--config <file>', 'Astro config file (default: astro.config.mjs)'],
    ['--outDir <dir>', 'where the site goes (default: dist)'],
  ],
  notes: [
    'Environment: CROSSCHECK_SEEDS_DIR and CROSSCHECK_CONTENT_DIR point ingest and site at other folders;',
    'CROSSCHECK_INGEST=0 builds the site from content/ as it is.',
  ],
} satisfies Command<ParseArgsOptionsConfig>;

const root = resolve(import.meta.dirname, '..');
const { values } = commandLine(COMMAND);

function startIngest(): Promise<void> {
  if (process.env['CROSSCHECK_INGEST'] === '0') return Promise.resolve();
  const seeds = resolve(root, process.env['CROSSCHECK_SEEDS_DIR'] ?? 'seeds');
  const content = resolve(root, process.env['CROSSCHECK_CONTENT_DIR'] ?? 'content');
  const child = spawn(process.execPath, [resolve(root, 'src/ingest/cli.ts'), '--seeds', seeds, '--content', content], {
    cwd: root,
    stdio: 'inherit',
  });
  return new Promise((done, fail) => {
    child.on('error', (error) => fail(new Error(`ingest could not start: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) done();
      else fail(new Error(`ingest failed (${signal ?? `exit code ${code}`}); the site was not built`));
    });
  });
}

const ingested = startIngest();
// Awaited by the integration later; until then a failure must not count as unhandled.
ingested.catch(() => undefined);

const { build } = await import('astro');
try {
  // Astro joins configFile to root.
  const configFile = values.config ? { configFile: relative(root, resolve(values.config)) } : {};
  const outDir = values.outDir ? { outDir: resolve(values.outDir) } : {};
  await build({ root, ...configFile, ...outDir, integrations: [awaitIngest(ingested)] });
} catch (error) {
  // Let a running ingest finish its (atomic) writes before reporting.
  await ingested.catch(() => undefined);
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
process.exit(0);
