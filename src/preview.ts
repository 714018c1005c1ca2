/**
 * `npm run preview` (and the serving half of `npm start`): serves the built site in dist/ with
 * `astro preview` on 127.0.0.1; options are passed on (`npm start -- --port 4400`).
 *
 * Why not `astro preview` directly: with no built site it answers with a stack trace and the
 * advice to run `astro build`, which on its own would build without ingesting the seeds.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);

// Another config or output folder: astro preview knows where the site is, this does not.
const ownOutput = args.some((a) => /^--(outDir|config|root)(=|$)/.test(a));
if (!ownOutput && !args.includes('--help') && !existsSync(resolve(root, 'dist', 'index.html'))) {
  console.error('error: no built site in dist/: run `npm run build` first (or `npm start`, which builds and then serves).');
  process.exit(1);
}

// Local only, unless asked otherwise (`--host` alone listens on every address).
const host = args.some((a) => /^--host(=|$)/.test(a)) ? [] : ['--host', '127.0.0.1'];
const astro = spawn(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'preview', ...host, ...args], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => astro.kill(signal));
astro.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
